using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using ClaimCompare.Model;
using ClaimCompare.Sources;

namespace ClaimCompare.Store;

/// <summary>
/// Incremental comparison. The comparer never groups claims of different blocks, nor claims of one block whose
/// day ranges (widened by <c>ChainDays</c>) do not chain, so re-comparing every stored claim that chains with an
/// added or retired claim, in the order a full comparison of the articles sorted by id would see them, gives
/// exactly the groups and discrepancies that full comparison gives for that part of the store.
/// </summary>
public abstract partial class DbClaimStore
{
    private const string ClaimColumns = "claim_key, article_id, article_hash, ordinal, block, first_day, last_day, group_id, body";

    private async Task CompareAsync(long run, BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rows = new Dictionary<string, ClaimRow>(StringComparer.Ordinal);
        foreach (var (block, seeds) in work.Seeds)
        {
            await LoadChainedAsync(block, seeds, rows, transaction, cancellationToken).ConfigureAwait(false);
        }

        // Every claim of a new article too: a part larger than its total is found within one sentence, whatever the blocks.
        foreach (var (id, hash) in work.NewArticles)
        {
            await foreach (var row in ClaimRowsAsync("article_id = @id AND article_hash = @h", transaction, cancellationToken, ("@id", id), ("@h", hash)).ConfigureAwait(false))
            {
                rows.TryAdd(row.Key, row);
            }
        }

        Timings.Add("load chained claims", clock);
        Timings.Count("claims re-compared", rows.Count);
        var ordered = rows.Values.OrderBy(r => r.ArticleId, StringComparer.Ordinal).ThenBy(r => r.Ordinal).ToList();
        var claims = ordered.Select(r => StoredJson.Read<Claim>(r.Body)).ToList();
        var articles = new List<Article>();
        var aliases = new List<StatedAlias>();
        foreach (var id in ordered.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal))
        {
            await using var command = Command("SELECT hash, outlet, title, published, path, aliases FROM cc_articles WHERE id = @id AND is_current = 1", transaction, ("@id", id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var published = reader.IsDBNull(3) ? (DateOnly?)null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                articles.Add(new Article(id, reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), published, string.Empty));
                aliases.AddRange(StoredJson.Read<ImmutableArray<StatedAlias>>(reader.GetString(5)));
            }
        }

        Timings.Add("read claims and articles", clock);
        cancellationToken.ThrowIfCancellationRequested();
        var resolution = _resolver.Resolve(claims, aliases);
        Timings.Add("resolve sources", clock);
        var result = _comparer.Compare(resolution.Claims, articles, resolution.Sources);
        Timings.Add("compare", clock);
        cancellationToken.ThrowIfCancellationRequested();

        var groupIds = await WriteGroupsAsync(run, work, rows, result.Groups, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write groups", clock);
        await WriteDiscrepanciesAsync(run, work, rows, groupIds, result.Discrepancies, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write discrepancies", clock);
        await WriteSourcesAsync(run, work, resolution, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write sources", clock);
    }

    /// <summary>Loads every current claim of the block that chains, directly or through others, with a seed's range.</summary>
    private async Task LoadChainedAsync(string block, List<Seed> seeds, Dictionary<string, ClaimRow> rows, DbTransaction transaction, CancellationToken cancellationToken)
    {
        long maxSpan = 0;
        long undated = 0;
        await using (var command = Command("SELECT max_span, undated FROM cc_blocks WHERE block = @b", transaction, ("@b", block)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                maxSpan = reader.GetInt64(0);
                undated = reader.GetInt64(1);
            }
        }

        if (undated > 0 || seeds.Exists(s => s.First is null))
        {
            // An undated claim sorts first and keeps its group open for good: the whole block is one chain.
            await foreach (var row in ClaimRowsAsync("block = @b AND is_current = 1", transaction, cancellationToken, ("@b", block)).ConfigureAwait(false))
            {
                rows.TryAdd(row.Key, row);
            }

            return;
        }

        long chain = _comparer.ChainDays;
        var hulls = Merge(seeds.Select(s => ((long)s.First!.Value, (long)s.Last!.Value + chain)));
        while (true)
        {
            var grown = new List<(long Low, long High)>();
            foreach (var (low, high) in hulls)
            {
                var (l, h) = (low, high);
                await foreach (var (first, last) in RangesAsync(block, low - chain - maxSpan, high, transaction, cancellationToken).ConfigureAwait(false))
                {
                    if (last + chain >= low)
                    {
                        (l, h) = (Math.Min(l, first), Math.Max(h, last + chain));
                    }
                }

                grown.Add((l, h));
            }

            grown = Merge(grown);
            if (grown.SequenceEqual(hulls))
            {
                break;
            }

            hulls = grown;
        }

        foreach (var (low, high) in hulls)
        {
            await foreach (var row in ClaimRowsAsync("block = @b AND is_current = 1 AND first_day >= @lo AND first_day <= @hi", transaction, cancellationToken, ("@b", block), ("@lo", low - chain - maxSpan), ("@hi", high)).ConfigureAwait(false))
            {
                if (row.LastDay + chain >= low)
                {
                    rows.TryAdd(row.Key, row);
                }
            }
        }
    }

    private static List<(long Low, long High)> Merge(IEnumerable<(long Low, long High)> ranges)
    {
        var merged = new List<(long Low, long High)>();
        foreach (var (low, high) in ranges.OrderBy(r => r.Low))
        {
            if (merged.Count > 0 && low <= merged[^1].High)
            {
                merged[^1] = (merged[^1].Low, Math.Max(merged[^1].High, high));
            }
            else
            {
                merged.Add((low, high));
            }
        }

        return merged;
    }

    private async IAsyncEnumerable<(long First, long Last)> RangesAsync(string block, long from, long to, DbTransaction transaction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT first_day, last_day FROM cc_claims WHERE block = @b AND is_current = 1 AND first_day >= @lo AND first_day <= @hi", transaction, ("@b", block), ("@lo", from), ("@hi", to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return (reader.GetInt64(0), reader.GetInt64(1));
        }
    }

    private async IAsyncEnumerable<ClaimRow> ClaimRowsAsync(string where, DbTransaction? transaction, [EnumeratorCancellation] CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command("SELECT " + ClaimColumns + " FROM cc_claims WHERE " + where, transaction, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new ClaimRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : (int)reader.GetInt64(5),
                reader.IsDBNull(6) ? null : (int)reader.GetInt64(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8));
        }
    }

    /// <summary>Replaces the groups of the re-compared claims; returns the comparer's group ids mapped to stable ids.</summary>
    private async Task<Dictionary<string, string>> WriteGroupsAsync(long run, BatchWork work, Dictionary<string, ClaimRow> rows, ImmutableArray<ClaimGroup> groups, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var old = new HashSet<string>(work.RetiredGroups, StringComparer.Ordinal);
        old.UnionWith(rows.Values.Select(r => r.GroupId).OfType<string>());
        var stable = new Dictionary<string, string>(StringComparer.Ordinal);
        var memberOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            // Stable while its earliest claim (in the comparer's order) stays in it: members may join.
            var block = rows[group.ClaimIds[0]].Block ?? string.Empty;
            var id = "g" + StoredJson.Hash(15, "group", block, group.ClaimIds[0]);
            stable[group.Id] = id;
            var members = group.ClaimIds.Order(StringComparer.Ordinal).ToImmutableArray();
            foreach (var key in members)
            {
                memberOf[key] = id;
            }

            var membersHash = StoredJson.Hash(16, [.. members]);
            var existing = await ScalarAsync("SELECT members_hash FROM cc_groups WHERE id = @id AND removed_run IS NULL", transaction, cancellationToken, ("@id", id)).ConfigureAwait(false) as string;
            if (existing == membersHash)
            {
                // Unchanged: not rewritten, so a re-comparison that finds the same groups costs reads only.
                continue;
            }

            await ExecuteAsync(
                """
                INSERT INTO cc_groups (id, block, members, members_hash, label, consensus, first_run, changed_run, last_run, removed_run)
                VALUES (@id, @b, @m, @mh, @label, @c, @r, @r, @r, NULL)
                ON CONFLICT (id) DO UPDATE SET members = excluded.members, members_hash = excluded.members_hash, label = excluded.label,
                  consensus = excluded.consensus, changed_run = excluded.changed_run, last_run = excluded.last_run, removed_run = NULL
                """,
                transaction,
                cancellationToken,
                ("@id", id),
                ("@b", block),
                ("@m", StoredJson.Write(members)),
                ("@mh", membersHash),
                ("@label", group.Label),
                ("@c", group.Consensus is null ? null : StoredJson.Write(group.Consensus)),
                ("@r", run)).ConfigureAwait(false);
        }

        var formed = memberOf.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in old.Where(g => !formed.Contains(g)))
        {
            await ExecuteAsync("UPDATE cc_groups SET removed_run = @r, changed_run = @r WHERE id = @id AND removed_run IS NULL", transaction, cancellationToken, ("@r", run), ("@id", gone)).ConfigureAwait(false);
        }

        foreach (var row in rows.Values)
        {
            var group = memberOf.GetValueOrDefault(row.Key);
            if (group != row.GroupId)
            {
                await ExecuteAsync("UPDATE cc_claims SET group_id = @g WHERE claim_key = @k", transaction, cancellationToken, ("@g", group), ("@k", row.Key)).ConfigureAwait(false);
            }
        }

        work.RetiredGroups.UnionWith(old);
        return stable;
    }

    private async Task WriteDiscrepanciesAsync(long run, BatchWork work, Dictionary<string, ClaimRow> rows, Dictionary<string, string> groupIds, ImmutableArray<Discrepancy> found, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var old = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in work.RetiredGroups)
        {
            await using var command = Command("SELECT id FROM cc_discrepancies WHERE group_id = @g AND removed_run IS NULL", transaction, ("@g", group));
            old.UnionWith(await ReadStringsAsync(command, cancellationToken).ConfigureAwait(false));
        }

        foreach (var articleKey in work.RetiredArticleKeys)
        {
            await using var command = Command("SELECT id FROM cc_discrepancies WHERE article_key = @a AND removed_run IS NULL", transaction, ("@a", articleKey));
            old.UnionWith(await ReadStringsAsync(command, cancellationToken).ConfigureAwait(false));
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in found)
        {
            string? articleKey = null;
            if (d.GroupId is null)
            {
                // A part larger than its total, within one sentence: it belongs to its article's version, and is
                // written when that version is new (older articles' ones are already stored).
                var row = rows[d.ClaimIds[0]];
                if (!work.NewArticles.TryGetValue(row.ArticleId, out var hash) || hash != row.ArticleHash)
                {
                    continue;
                }

                articleKey = ArticleKey(row.ArticleId, row.ArticleHash);
            }

            var keys = d.ClaimIds.Order(StringComparer.Ordinal).ToImmutableArray();
            var id = "d" + StoredJson.Hash(15, ["discrepancy", d.Kind.ToString(), .. keys]);
            var group = d.GroupId is null ? null : groupIds[d.GroupId];
            var severity = d.Severity.ToString("R", CultureInfo.InvariantCulture);
            var content = StoredJson.Hash(16, severity, d.Explanation, group);
            kept.Add(id);
            var existing = await ScalarAsync("SELECT content_hash FROM cc_discrepancies WHERE id = @id AND removed_run IS NULL", transaction, cancellationToken, ("@id", id)).ConfigureAwait(false) as string;
            if (existing == content)
            {
                continue;
            }

            await ExecuteAsync(
                """
                INSERT INTO cc_discrepancies (id, kind, severity, explanation, claim_keys, group_id, article_key, content_hash, first_run, changed_run, last_run, removed_run)
                VALUES (@id, @k, @s, @e, @c, @g, @a, @h, @r, @r, @r, NULL)
                ON CONFLICT (id) DO UPDATE SET severity = excluded.severity, explanation = excluded.explanation, group_id = excluded.group_id,
                  article_key = excluded.article_key, content_hash = excluded.content_hash, changed_run = excluded.changed_run, last_run = excluded.last_run, removed_run = NULL
                """,
                transaction,
                cancellationToken,
                ("@id", id),
                ("@k", d.Kind.ToString()),
                ("@s", d.Severity),
                ("@e", d.Explanation),
                ("@c", StoredJson.Write(keys)),
                ("@g", group),
                ("@a", articleKey),
                ("@h", content),
                ("@r", run)).ConfigureAwait(false);
        }

        foreach (var gone in old.Where(id => !kept.Contains(id)))
        {
            await ExecuteAsync("UPDATE cc_discrepancies SET removed_run = @r, changed_run = @r WHERE id = @id", transaction, cancellationToken, ("@r", run), ("@id", gone)).ConfigureAwait(false);
        }
    }

    // Sources are recorded as the new articles' claims name them; a name seen before gains any new aliases.
    private async Task WriteSourcesAsync(long run, BatchWork work, SourceResolution resolution, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var byId = resolution.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var named = resolution.Claims
            .Where(c => c.SourceId is not null && work.NewArticles.ContainsKey(c.ArticleId))
            .Select(c => byId.GetValueOrDefault(c.SourceId!))
            .OfType<Source>()
            .DistinctBy(s => s.Id)
            .ToList();
        foreach (var source in named)
        {
            var key = source.Name.ToLowerInvariant();
            var aliases = source.Aliases.Append(source.Name).ToHashSet(StringComparer.Ordinal);
            var stored = await ScalarAsync("SELECT aliases FROM cc_sources WHERE name_key = @k", transaction, cancellationToken, ("@k", key)).ConfigureAwait(false) as string;
            if (stored is null)
            {
                await ExecuteAsync(
                    "INSERT INTO cc_sources (name_key, name, kind, aliases, first_run, changed_run, last_run) VALUES (@k, @n, @kind, @a, @r, @r, @r)",
                    transaction,
                    cancellationToken,
                    ("@k", key),
                    ("@n", source.Name),
                    ("@kind", source.Kind.ToString()),
                    ("@a", StoredJson.Write(aliases.Order(StringComparer.Ordinal).ToImmutableArray())),
                    ("@r", run)).ConfigureAwait(false);
                continue;
            }

            var known = StoredJson.Read<ImmutableArray<string>>(stored).ToHashSet(StringComparer.Ordinal);
            var grew = !aliases.IsSubsetOf(known);
            known.UnionWith(aliases);
            await ExecuteAsync(
                grew ? "UPDATE cc_sources SET aliases = @a, changed_run = @r, last_run = @r WHERE name_key = @k" : "UPDATE cc_sources SET last_run = @r WHERE name_key = @k",
                transaction,
                cancellationToken,
                ("@a", StoredJson.Write(known.Order(StringComparer.Ordinal).ToImmutableArray())),
                ("@r", run),
                ("@k", key)).ConfigureAwait(false);
        }
    }

    private static async Task<List<string>> ReadStringsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    private sealed record ClaimRow(string Key, string ArticleId, string ArticleHash, long Ordinal, string? Block, int? FirstDay, int? LastDay, string? GroupId, string Body);
}
