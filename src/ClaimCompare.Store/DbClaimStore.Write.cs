using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using ClaimCompare.Model;
using ClaimCompare.Sources;

namespace ClaimCompare.Store;

/// <summary>
/// Writing what a batch changed, many rows per statement: a round trip per row is what makes a server database slow
/// (and costs SQLite a statement each). Nothing just written is read back.
/// </summary>
public abstract partial class DbClaimStore
{
    // Values per IN list and parameters per statement: well under both databases' limits (SQLite 32,766, PostgreSQL 65,535).
    private const int InListSize = 500;
    private const int ParametersPerStatement = 2000;

    /// <summary>Writes the changed groups; returns the comparer's group ids mapped to stable ids.</summary>
    private async Task<Dictionary<string, string>> WriteGroupsAsync(long run, BatchWork work, CompareState state, List<List<string>> formedKeys, List<List<string>> changedNew, List<List<string>> changedOld, ImmutableArray<ClaimGroup> groups, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var old = new HashSet<string>(work.RetiredGroups, StringComparer.Ordinal);
        old.UnionWith(changedOld.Concat(changedNew).SelectMany(g => g).Select(k => state.Items[k].GroupId).OfType<string>());
        var stable = new Dictionary<string, string>(StringComparer.Ordinal);
        var memberOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(string Id, string Block, ImmutableArray<string> Members, string Hash, ClaimGroup Group, long? FirstDay, long? LastDay)>();
        foreach (var group in groups)
        {
            // Stable while its earliest claim (in report order) stays in it: members may join.
            var block = state.Items[group.ClaimIds[0]].Block ?? string.Empty;
            var id = "g" + StoredJson.Hash(15, "group", block, group.ClaimIds[0]);
            stable[group.Id] = id;
            var members = group.ClaimIds.Order(StringComparer.Ordinal).ToImmutableArray();
            foreach (var key in members)
            {
                memberOf[key] = id;
            }

            // Its earliest member's day and the latest of its members' last days: what a later restore finds it by.
            // Min and Max over nullable days skip the members with none and give null when no member has one.
            rows.Add((id, block, members, StoredJson.Hash(16, [.. members]), group, members.Min(k => state.Items[k].FirstDay), members.Max(k => state.Items[k].LastDay)));
        }

        var existing = await PairsAsync("SELECT id, members_hash FROM cc_groups WHERE removed_run IS NULL AND id IN ({0})", rows.Select(r => r.Id), transaction, cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync(
            "INSERT INTO cc_groups (id, block, members, members_hash, label, consensus, first_run, changed_run, last_run, removed_run, first_day, last_day)",
            """
            ON CONFLICT (id) DO UPDATE SET members = excluded.members, members_hash = excluded.members_hash, label = excluded.label,
              consensus = excluded.consensus, changed_run = excluded.changed_run, last_run = excluded.last_run, removed_run = NULL,
              first_day = excluded.first_day, last_day = excluded.last_day
            """,
            rows.Where(r => existing.GetValueOrDefault(r.Id) != r.Hash).Select(r => new object?[]
            {
                r.Id, r.Block, StoredJson.Write(r.Members), r.Hash, r.Group.Label,
                r.Group.Consensus is null ? null : StoredJson.Write(r.Group.Consensus), run, run, run, null, r.FirstDay, r.LastDay,
            }).ToList(),
            transaction,
            cancellationToken).ConfigureAwait(false);

        var gone = old.Where(g => !stable.ContainsValue(g)).ToList();
        await ExecuteInAsync("UPDATE cc_groups SET removed_run = @r, changed_run = @r WHERE removed_run IS NULL AND id IN ({0})", gone, transaction, cancellationToken, ("@r", run)).ConfigureAwait(false);

        // Claims whose group changed (new claims have none yet).
        var moves = changedNew.SelectMany(g => g)
            .Select(k => (Key: k, Group: memberOf.GetValueOrDefault(k)))
            .Where(m => m.Group != state.Items[m.Key].GroupId)
            .Select(m => new object?[] { m.Key, m.Group })
            .ToList();
        await UpdateRowsAsync("cc_claims", "claim_key", ["group_id"], moves, transaction, cancellationToken).ConfigureAwait(false);

        work.RetiredGroups.UnionWith(old);
        return stable;
    }

    private async Task WriteDiscrepanciesAsync(long run, BatchWork work, CompareState state, Dictionary<string, string> groupIds, ImmutableArray<Discrepancy> found, IReadOnlyDictionary<string, string> sources, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var old = new HashSet<string>(StringComparer.Ordinal);
        old.UnionWith((await PairsAsync("SELECT id, id FROM cc_discrepancies WHERE removed_run IS NULL AND group_id IN ({0})", work.RetiredGroups, transaction, cancellationToken).ConfigureAwait(false)).Keys);
        old.UnionWith((await PairsAsync("SELECT id, id FROM cc_discrepancies WHERE removed_run IS NULL AND article_key IN ({0})", work.RetiredArticleKeys, transaction, cancellationToken).ConfigureAwait(false)).Keys);

        var rows = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var d in found)
        {
            string? articleKey = null;
            if (d.GroupId is null)
            {
                // A part larger than its total, within one sentence: it belongs to its article's version (only new
                // versions' claims are searched for them).
                var item = state.Items[d.ClaimIds[0]];
                articleKey = ArticleKey(item.ArticleId, item.ArticleHash);
            }

            var keys = d.ClaimIds.Order(StringComparer.Ordinal).ToImmutableArray();
            var id = "d" + StoredJson.Hash(15, ["discrepancy", d.Kind.ToString(), .. keys]);
            var group = d.GroupId is null ? null : groupIds[d.GroupId];
            var severity = d.Severity.ToString("R", CultureInfo.InvariantCulture);
            // A change is material when the figures set against each other, their sources or the severity change (the
            // kind and the claims are the id). Where it sits does not count: the group's id (a regrouping that leaves
            // these claims together), its place in the report, the wording of the explanation (another reprint listed).
            var positions = d.Positions.Select(p => string.Join(',', p.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
            var voices = keys.Select(k => sources.GetValueOrDefault(k) ?? string.Empty);
            var content = StoredJson.Hash(16, [severity, string.Join(';', positions), .. voices]);
            rows[id] = [id, d.Kind.ToString(), d.Severity, d.Explanation, StoredJson.Write(keys), group, articleKey, content, run, run, run, null];
        }

        var existing = new Dictionary<string, (string Content, string Explanation, string? Group)>(StringComparer.Ordinal);
        foreach (var chunk in rows.Keys.Chunk(InListSize))
        {
            var (list, parameters) = InList("@i", chunk);
            await using var command = Command("SELECT id, content_hash, explanation, group_id FROM cc_discrepancies WHERE removed_run IS NULL AND id IN (" + list + ")", transaction, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existing[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            }
        }

        var write = new List<object?[]>();
        var moved = new List<object?[]>();
        foreach (var (id, row) in rows)
        {
            if (existing.TryGetValue(id, out var stored) && stored.Content == (string)row[7]!)
            {
                // The same discrepancy: kept as it was reported, its wording and group brought up to date silently.
                if (stored.Explanation != (string)row[3]! || stored.Group != (string?)row[5])
                {
                    moved.Add([id, row[3], row[5]]);
                }

                continue;
            }

            write.Add(row);
        }

        await UpdateRowsAsync("cc_discrepancies", "id", ["explanation", "group_id"], moved, transaction, cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync(
            "INSERT INTO cc_discrepancies (id, kind, severity, explanation, claim_keys, group_id, article_key, content_hash, first_run, changed_run, last_run, removed_run)",
            """
            ON CONFLICT (id) DO UPDATE SET severity = excluded.severity, explanation = excluded.explanation, group_id = excluded.group_id,
              article_key = excluded.article_key, content_hash = excluded.content_hash, changed_run = excluded.changed_run, last_run = excluded.last_run, removed_run = NULL
            """,
            write,
            transaction,
            cancellationToken).ConfigureAwait(false);
        await ExecuteInAsync("UPDATE cc_discrepancies SET removed_run = @r, changed_run = @r WHERE id IN ({0})", old.Where(id => !rows.ContainsKey(id)).ToList(), transaction, cancellationToken, ("@r", run)).ConfigureAwait(false);
    }

    // Sources are recorded as the new articles' claims name them; a name seen before gains any new aliases.
    private async Task WriteSourcesAsync(long run, BatchWork work, SourceResolution resolution, IReadOnlyDictionary<string, Source> byId, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var named = resolution.Claims
            .Where(c => c.SourceId is not null && work.NewArticles.ContainsKey(c.ArticleId))
            .Select(c => byId.GetValueOrDefault(c.SourceId!))
            .OfType<Source>()
            .DistinctBy(s => s.Id)
            .GroupBy(s => s.Name.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => (Key: g.Key, First: g.First(), Aliases: g.SelectMany(s => s.Aliases.Append(s.Name)).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var stored = await PairsAsync("SELECT name_key, aliases FROM cc_sources WHERE name_key IN ({0})", named.Select(n => n.Key), transaction, cancellationToken).ConfigureAwait(false);
        var inserts = new List<object?[]>();
        var grown = new List<object?[]>();
        var seen = new List<string>();
        foreach (var (key, first, aliases) in named)
        {
            if (!stored.TryGetValue(key, out var json))
            {
                inserts.Add([key, first.Name, first.Kind.ToString(), StoredJson.Write(aliases.Order(StringComparer.Ordinal).ToImmutableArray()), run, run, run]);
                continue;
            }

            var known = StoredJson.Read<ImmutableArray<string>>(json).ToHashSet(StringComparer.Ordinal);
            if (aliases.IsSubsetOf(known))
            {
                seen.Add(key);
                continue;
            }

            known.UnionWith(aliases);
            grown.Add([key, StoredJson.Write(known.Order(StringComparer.Ordinal).ToImmutableArray()), run, run]);
        }

        await InsertRowsAsync("INSERT INTO cc_sources (name_key, name, kind, aliases, first_run, changed_run, last_run)", string.Empty, inserts, transaction, cancellationToken).ConfigureAwait(false);
        await UpdateRowsAsync("cc_sources", "name_key", ["aliases", "changed_run", "last_run"], grown, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteInAsync("UPDATE cc_sources SET last_run = @r WHERE name_key IN ({0})", seen, transaction, cancellationToken, ("@r", run)).ConfigureAwait(false);
    }

    /// <summary>"@p0, @p1, ..." and its parameters.</summary>
    private static (string List, (string Name, object? Value)[] Parameters) InList(string prefix, IReadOnlyList<string> values)
    {
        var parameters = new (string, object?)[values.Count];
        var list = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            list.Append(i == 0 ? string.Empty : ", ").Append(name);
            parameters[i] = (name, values[i]);
        }

        return (list.ToString(), parameters);
    }

    /// <summary>Two-column results of a query whose "{0}" is an IN list of the values, in chunks.</summary>
    private async Task<Dictionary<string, string>> PairsAsync(string sql, IEnumerable<string> values, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in values.Distinct(StringComparer.Ordinal).Chunk(InListSize))
        {
            var (list, parameters) = InList("@i", chunk);
            await using var command = Command(string.Format(CultureInfo.InvariantCulture, sql, list), transaction, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pairs[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return pairs;
    }

    /// <summary>Runs a statement whose "{0}" is an IN list of the values, in chunks.</summary>
    private async Task ExecuteInAsync(string sql, IReadOnlyList<string> values, DbTransaction transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] extra)
    {
        foreach (var chunk in values.Chunk(InListSize))
        {
            var (list, parameters) = InList("@i", chunk);
            await ExecuteAsync(string.Format(CultureInfo.InvariantCulture, sql, list), transaction, cancellationToken, [.. parameters, .. extra]).ConfigureAwait(false);
        }
    }

    /// <summary>INSERT of many rows per statement: <paramref name="head"/> VALUES (...), (...) <paramref name="tail"/>.</summary>
    private async Task InsertRowsAsync(string head, string tail, IReadOnlyList<object?[]> rows, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        foreach (var chunk in rows.Chunk(Math.Max(1, ParametersPerStatement / rows[0].Length)))
        {
            var (values, parameters) = Values(chunk);
            await ExecuteAsync(head + " VALUES " + values + " " + tail, transaction, cancellationToken, parameters).ConfigureAwait(false);
        }
    }

    /// <summary>Sets columns of many rows per statement by key: each row is the key, then the new values in column order.</summary>
    private async Task UpdateRowsAsync(string table, string key, string[] columns, IReadOnlyList<object?[]> rows, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", columns.Select((_, i) => "c" + i.ToString(CultureInfo.InvariantCulture)));
        var sets = string.Join(", ", columns.Select((c, i) => c + " = v.c" + i.ToString(CultureInfo.InvariantCulture)));
        foreach (var chunk in rows.Chunk(Math.Max(1, ParametersPerStatement / rows[0].Length)))
        {
            var (values, parameters) = Values(chunk);
            await ExecuteAsync($"WITH v(k, {names}) AS (VALUES {values}) UPDATE {table} SET {sets} FROM v WHERE {table}.{key} = v.k", transaction, cancellationToken, parameters).ConfigureAwait(false);
        }
    }

    private static (string Sql, (string Name, object? Value)[] Parameters) Values(object?[][] rows)
    {
        var sql = new StringBuilder();
        var parameters = new List<(string, object?)>(rows.Length * rows[0].Length);
        for (var r = 0; r < rows.Length; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@v{r}_{c}");
                sql.Append(c == 0 ? string.Empty : ", ").Append(name);
                parameters.Add((name, rows[r][c]));
            }

            sql.Append(')');
        }

        return (sql.ToString(), [.. parameters]);
    }
}
