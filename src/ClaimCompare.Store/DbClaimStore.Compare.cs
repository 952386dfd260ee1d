using System.Data.Common;
using System.Diagnostics;
using ClaimCompare.Comparison;
using ClaimCompare.Model;

namespace ClaimCompare.Store;

/// <summary>
/// Incremental comparison by resuming the comparer's date sweep. Within a block the comparer sorts claims by day
/// and report order and each claim joins the first open group that accepts it, so the sweep's state before any day
/// is the set of groups open then, which the store holds. For each stretch of a block that the batch touches
/// (added claims, claims of replaced versions), the store rebuilds that state from the stored groups and runs two
/// sweeps from there with the comparer's own <see cref="Grouping.Sweep"/>: one over the claims as stored, one over
/// the claims as they are now. Once both hold the same open groups again, every later decision is the same as
/// before, so the stretch ends; the groups the two sweeps formed differently are the ones that changed. Only those
/// are analysed and written, so a batch costs its own claims and the groups they touch, not the whole block.
/// </summary>
public abstract partial class DbClaimStore
{
    private const string KeyColumns = "claim_key, article_id, article_hash, ordinal, block, first_day, last_day, group_id";
    private const string ClaimColumns = KeyColumns + ", body";

    private async Task CompareAsync(long run, BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var state = new CompareState(work);
        var changedNew = new List<List<string>>();
        var changedOld = new List<List<string>>();
        foreach (var (block, events) in work.Events.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            await ResumeBlockAsync(block, events, state, changedNew, changedOld, transaction, cancellationToken).ConfigureAwait(false);
        }

        Timings.Add("resume grouping", clock);
        Timings.Count("claims swept", state.Swept);
        Timings.Count("groups changed", changedNew.Count(g => g.Count >= 2));
        Timings.Count("claims in changed groups", changedNew.Where(g => g.Count >= 2).Sum(g => g.Count));
        cancellationToken.ThrowIfCancellationRequested();

        // The changed groups are analysed as a full comparison would: their claims (and every claim of the new
        // articles, for parts larger than their totals) in report order, sources resolved among them.
        var formedKeys = changedNew.Where(g => g.Count >= 2).ToList();
        var keys = new HashSet<string>(formedKeys.SelectMany(g => g), StringComparer.Ordinal);
        keys.UnionWith(work.NewClaims.Select(i => i.Key));
        var items = keys.Select(k => state.Items[k]).OrderBy(i => i.ArticleId, StringComparer.Ordinal).ThenBy(i => i.Ordinal).ToList();
        await LoadArticlesAsync(state, items.Where(i => !state.Articles.ContainsKey((i.ArticleId, i.ArticleHash))).Select(i => i.ArticleId).Distinct(StringComparer.Ordinal).ToList(), transaction, cancellationToken).ConfigureAwait(false);
        var aliases = items.Select(i => state.Articles[(i.ArticleId, i.ArticleHash)]).Distinct().SelectMany(a => a.Aliases).ToList();
        var resolution = _resolver.Resolve(items.Select(i => i.Claim).ToList(), aliases);
        var facts = new Dictionary<string, ClaimFacts>(StringComparer.Ordinal);
        for (var j = 0; j < items.Count; j++)
        {
            var article = state.Articles[(items[j].ArticleId, items[j].ArticleHash)];
            if (_comparer.FactsOf(j, resolution.Claims[j], article.Meta, article.Places) is { } f)
            {
                facts[items[j].Key] = f;
            }
        }

        var formed = formedKeys
            .Select(g => (IReadOnlyList<ClaimFacts>)g.Select(k => facts[k]).OrderBy(f => f.Index).ToList())
            .OrderBy(g => g[0].Index)
            .ToList();
        var parts = work.NewClaims.Select(i => facts.GetValueOrDefault(i.Key)).OfType<ClaimFacts>().OrderBy(f => f.Index).ToList();
        var result = _comparer.Analyse(formed, parts, resolution.Sources);
        Timings.Add("analyse changed groups", clock);
        cancellationToken.ThrowIfCancellationRequested();

        var groupIds = await WriteGroupsAsync(run, work, state, formedKeys, changedNew, changedOld, result.Groups, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write groups", clock);
        // One dictionary of the resolved sources serves the discrepancies' voices and the sources written.
        var sources = resolution.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var voices = resolution.Claims.Where(c => c.SourceId is not null && sources.ContainsKey(c.SourceId))
            .GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => sources[g.First().SourceId!].Name, StringComparer.Ordinal);
        await WriteDiscrepanciesAsync(run, work, state, groupIds, result.Discrepancies, voices, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write discrepancies", clock);
        await WriteSourcesAsync(run, work, resolution, sources, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write sources", clock);
    }

    /// <summary>Re-sweeps the stretches of one block around its events; adds the groups formed differently to the lists.</summary>
    private async Task ResumeBlockAsync(string block, List<Item> events, CompareState state, List<List<string>> changedNew, List<List<string>> changedOld, DbTransaction transaction, CancellationToken cancellationToken)
    {
        events.Sort(SweepOrder);
        var options = _options.Pipeline.Comparison;
        var i = 0;
        while (i < events.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = new Grouping.Sweep(options);
            var after = new Grouping.Sweep(options);
            int? day;
            if (events[i].FirstDay is { } first)
            {
                await RestoreAsync(block, first, state, before, after, transaction, cancellationToken).ConfigureAwait(false);
                day = first;
            }
            else
            {
                // An undated claim sorts before every dated one: the stretch starts at the block's beginning.
                var undated = await StoredAsync(state, "block = @b AND is_current = 1 AND first_day IS NULL", transaction, cancellationToken, ("@b", block)).ConfigureAwait(false);
                var end = i;
                while (end < events.Count && events[end].FirstDay is null)
                {
                    end++;
                }

                Feed(undated.Concat(events.Skip(i).Take(end - i)), state, before, after);
                i = end;
                day = await NextDayAsync(block, int.MinValue, events, i, transaction, cancellationToken).ConfigureAwait(false);
            }

            // Whole days at a time, so the two sweeps can be compared between days; a stretch that goes on reads
            // more days per query (up to about two months), since each query is a round trip to a server.
            var span = DaysPerRead;
            while (day is { } from)
            {
                var to = from + span;
                span = Math.Min(span * 2, MaxDaysPerRead);
                var stored = await StoredAsync(state, "block = @b AND is_current = 1 AND first_day >= @lo AND first_day < @hi", transaction, cancellationToken, ("@b", block), ("@lo", (long)from), ("@hi", (long)to)).ConfigureAwait(false);
                var end = i;
                while (end < events.Count && events[end].FirstDay < to)
                {
                    end++;
                }

                Feed(stored.Concat(events.Skip(i).Take(end - i)), state, before, after);
                i = end;
                before.CloseBefore(to);
                after.CloseBefore(to);
                if (SameOpenGroups(before, after) && (i >= events.Count || events[i].FirstDay >= to + DaysPerRead))
                {
                    // Converged: from here on both sweeps decide alike until the next event, where the stored state
                    // is read again (a closer event is simply swept on to).
                    Timings.Count("stretches converged", 1);
                    break;
                }

                day = stored.Count > 0 || (i < events.Count && events[i].FirstDay < to + DaysPerRead)
                    ? to
                    : await NextDayAsync(block, to, events, i, transaction, cancellationToken).ConfigureAwait(false);
            }

            Collect(before, after, changedNew, changedOld);
            Timings.Count("stretches", 1);
        }
    }

    // Days read per query while sweeping: about the comparer's day window, so a stretch ends soon after it converges.
    private int DaysPerRead => _comparer.ChainDays + 1;

    private const int MaxDaysPerRead = 64;

    /// <summary>Rebuilds, in both sweeps, the groups the stored sweep held open before <paramref name="day"/>.</summary>
    private async Task RestoreAsync(string block, int day, CompareState state, Grouping.Sweep before, Grouping.Sweep after, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // A group is open before the day when a member before it keeps it open that long: its last day within the
        // comparer's window of the day. A group's stored last day is the latest of its members' last days, so every
        // group open then has a last day from day - window on, and every group found so with a first day before the
        // day is open then (a group that had closed took no later member). Without a long member (day range over
        // LongSpanDays) its last day is under day + MaxSeriesDays + LongSpanDays, since a series' members are reported
        // within MaxSeriesDays of its first day, which is before the day: those groups are read by block and last day.
        // A group with a long member is found through that member (below).
        var window = (long)_comparer.ChainDays;
        var series = (long)_options.Pipeline.Comparison.MaxSeriesDays;
        var x = day - window;
        var opened = new List<string>();
        await using (var command = Command(
            "SELECT id FROM cc_groups WHERE block = @b AND removed_run IS NULL AND last_day >= @x AND last_day < @hi AND first_day < @d",
            transaction,
            ("@b", block),
            ("@x", x),
            ("@hi", day + series + Schema.LongSpanDays),
            ("@d", (long)day)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                opened.Add(reader.GetString(0));
            }
        }

        // Claims in no group are open alone, found by their own index; long claims by their last day (those reported
        // up to MaxSeriesDays after the day may belong to a group open before it); undated claims come before every
        // day. Each is a separate query: an OR would make the index read the whole block.
        var candidates = await StoredAsync(
            state,
            "block = @b AND is_current = 1 AND group_id IS NULL AND first_day >= @lo AND first_day < @d AND last_day >= @x",
            transaction,
            cancellationToken,
            ("@b", block),
            ("@lo", x - Schema.LongSpanDays),
            ("@d", (long)day),
            ("@x", x)).ConfigureAwait(false);
        candidates.AddRange(await StoredAsync(state, "block = @b AND is_current = 1 AND first_day IS NULL", transaction, cancellationToken, ("@b", block)).ConfigureAwait(false));
        candidates.AddRange(await StoredAsync(
            state,
            "block = @b AND is_current = 1 AND last_day - first_day > " + Schema.LongSpanText + " AND last_day >= @x AND first_day < @s",
            transaction,
            cancellationToken,
            ("@b", block),
            ("@x", x),
            ("@s", day + series)).ConfigureAwait(false));

        // Only the members before the day are read (by group and first day): the sweep reads the later ones as it
        // goes. Undated members are among the candidates.
        var groups = opened.Concat(candidates.Select(c => c.GroupId).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var members = candidates.Where(c => c.GroupId is not null && (c.FirstDay is null || c.FirstDay < day)).ToList();
        foreach (var chunk in groups.Chunk(InListSize))
        {
            var (list, parameters) = InList("@g", chunk);
            members.AddRange(await StoredAsync(state, "group_id IN (" + list + ") AND is_current = 1 AND first_day < @d", transaction, cancellationToken, [.. parameters, ("@d", (long)day)]).ConfigureAwait(false));
        }

        var clusters = candidates.Where(c => c.GroupId is null && (c.FirstDay is null || c.FirstDay < day)).Select(c => new List<Item> { c })
            .Concat(members.GroupBy(m => m.GroupId!, StringComparer.Ordinal).Select(g => g.ToList()))
            .Select(c => c.DistinctBy(m => m.Key).Order(SweepOrder).ToList())
            .OrderBy(c => c[0], SweepOrder)
            .ToList();
        foreach (var cluster in clusters)
        {
            before.Restore(cluster.Select(m => m.Facts!));
            after.Restore(cluster.Select(m => m.Facts!));
        }

        before.CloseBefore(day);
        after.CloseBefore(day);
    }

    /// <summary>The first day from <paramref name="from"/> on with a stored claim or an event, or null when none is left.</summary>
    private async Task<int?> NextDayAsync(string block, int from, List<Item> events, int next, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var stored = await ScalarAsync("SELECT MIN(first_day) FROM cc_claims WHERE block = @b AND is_current = 1 AND first_day >= @d", transaction, cancellationToken, ("@b", block), ("@d", (long)from)).ConfigureAwait(false);
        int? day = stored is null ? null : Convert.ToInt32(stored, System.Globalization.CultureInfo.InvariantCulture);
        if (next < events.Count && events[next].FirstDay is { } e && (day is null || e < day))
        {
            day = e;
        }

        return day;
    }

    /// <summary>Feeds claims in sweep order: stored ones to both sweeps, added ones to the new, retired ones to the old.</summary>
    private static void Feed(IEnumerable<Item> claims, CompareState state, Grouping.Sweep before, Grouping.Sweep after)
    {
        foreach (var item in claims.Order(SweepOrder))
        {
            state.Swept++;
            if (item.Role != ItemRole.Added)
            {
                before.Add(item.Facts!);
            }

            if (item.Role != ItemRole.Retired)
            {
                after.Add(item.Facts!);
            }
        }
    }

    private static bool SameOpenGroups(Grouping.Sweep before, Grouping.Sweep after)
    {
        using var a = before.Open.GetEnumerator();
        using var b = after.Open.GetEnumerator();
        while (true)
        {
            var moreA = a.MoveNext();
            if (moreA != b.MoveNext())
            {
                return false;
            }

            if (!moreA)
            {
                return true;
            }

            if (a.Current.Count != b.Current.Count || !a.Current.Select(m => m.Id).SequenceEqual(b.Current.Select(m => m.Id), StringComparer.Ordinal))
            {
                return false;
            }
        }
    }

    /// <summary>Groups (members) that one sweep formed and the other did not: the changes of the stretch.</summary>
    private static void Collect(Grouping.Sweep before, Grouping.Sweep after, List<List<string>> changedNew, List<List<string>> changedOld)
    {
        static List<string> Keys(IReadOnlyList<ClaimFacts> g) => g.Select(m => m.Id).Order(StringComparer.Ordinal).ToList();
        var old = before.Groups.Select(Keys).ToList();
        var now = after.Groups.Select(Keys).ToList();
        var oldSet = old.Select(g => string.Join('\n', g)).ToHashSet(StringComparer.Ordinal);
        var nowSet = now.Select(g => string.Join('\n', g)).ToHashSet(StringComparer.Ordinal);
        changedNew.AddRange(now.Where(g => !oldSet.Contains(string.Join('\n', g))));
        changedOld.AddRange(old.Where(g => !nowSet.Contains(string.Join('\n', g))));
    }

    /// <summary>Current stored claims matching the condition, less this batch's added ones (they are events).</summary>
    private async Task<List<Item>> StoredAsync(CompareState state, string where, DbTransaction transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<ClaimRow>();
        await using (var command = Command("SELECT " + KeyColumns + " FROM cc_claims WHERE " + where, transaction, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = reader.GetString(0);
                if (state.Added.Contains(key))
                {
                    continue;
                }

                rows.Add(ReadRow(reader));
            }
        }

        return await ItemsAsync(state, rows, ItemRole.Stored, transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Items for rows: the claim's facts come from this comparison, else from the store's cache of facts, else from
    /// its stored JSON (read in bulk for the rows without a body) and its article (also read in bulk).
    /// </summary>
    private async Task<List<Item>> ItemsAsync(CompareState state, List<ClaimRow> rows, ItemRole role, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        var unread = rows.Where(r => r.Body is null && !state.Items.ContainsKey(r.Key) && !_facts.Contains(r.Key)).Select(r => r.Key).ToList();
        foreach (var chunk in unread.Chunk(InListSize))
        {
            var (list, parameters) = InList("@k", chunk);
            await using var command = Command("SELECT claim_key, body FROM cc_claims WHERE claim_key IN (" + list + ")", transaction, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                bodies[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var missing = rows.Where(r => !state.Items.ContainsKey(r.Key) && !_facts.Contains(r.Key) && !state.Articles.ContainsKey((r.ArticleId, r.ArticleHash)))
            .Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        await LoadArticlesAsync(state, missing, transaction, cancellationToken).ConfigureAwait(false);
        var items = new List<Item>(rows.Count);
        foreach (var row in rows)
        {
            if (!state.Items.TryGetValue(row.Key, out var item))
            {
                var facts = _facts.Get(row.Key);
                if (facts is null)
                {
                    var claim = StoredJson.Read<Claim>(row.Body ?? bodies[row.Key]);
                    facts = Facts(claim, state.Articles[(row.ArticleId, row.ArticleHash)]);
                    _facts.Add(row.Key, facts);
                }

                item = new Item(row.Key, row.ArticleId, row.ArticleHash, row.Ordinal, row.Block, row.FirstDay, row.LastDay, row.GroupId, facts.Claim, role, facts);
                state.Items[row.Key] = item;
            }

            items.Add(item);
        }

        return items;
    }

    // Facts for the sweep: grouping reads neither sources nor report positions (the sweep is fed in order).
    private ClaimFacts Facts(Claim claim, StoredArticle article) =>
        _comparer.FactsOf(0, claim, article.Meta, article.Places)
        ?? throw new InvalidDataException($"Claim '{claim.Id}' has a comparison block but the comparer does not compare it: the store was written with other comparison options.");

    private async Task LoadArticlesAsync(CompareState state, List<string> ids, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var unplaced = new List<(string Id, string Hash)>();
        foreach (var chunk in ids.Chunk(InListSize))
        {
            var (list, parameters) = InList("@a", chunk);
            await using var command = Command("SELECT id, hash, outlet, title, published, path, aliases, places FROM cc_articles WHERE id IN (" + list + ")", transaction, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (reader.GetString(0), reader.GetString(1));
                if (state.Articles.ContainsKey(key))
                {
                    continue;
                }

                var published = reader.IsDBNull(4) ? (DateOnly?)null : DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                var meta = new Article(key.Item1, reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), published, string.Empty);
                var places = reader.IsDBNull(7) ? null : StoredJson.Read<HashSet<string>>(reader.GetString(7));
                state.Articles[key] = new StoredArticle(meta, places ?? [], reader.GetString(6));
                if (places is null)
                {
                    unplaced.Add(key);
                }
            }
        }

        // Articles stored by schema version 1 have no place list: it is worked out from their claims, once.
        foreach (var (id, hash) in unplaced)
        {
            var claims = new List<Claim>();
            await using (var command = Command("SELECT body FROM cc_claims WHERE article_id = @id AND article_hash = @h", transaction, ("@id", id), ("@h", hash)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    claims.Add(StoredJson.Read<Claim>(reader.GetString(0)));
                }
            }

            var places = QuantityComparer.ArticlePlaces(claims);
            state.Articles[(id, hash)] = state.Articles[(id, hash)] with { Places = places };
            await ExecuteAsync("UPDATE cc_articles SET places = @p WHERE id = @id AND hash = @h", transaction, cancellationToken, ("@p", StoredJson.Write(places.Order(StringComparer.Ordinal).ToList())), ("@id", id), ("@h", hash)).ConfigureAwait(false);
        }
    }

    private static ClaimRow ReadRow(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetInt64(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : (int)reader.GetInt64(5),
        reader.IsDBNull(6) ? null : (int)reader.GetInt64(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.FieldCount > 8 ? reader.GetString(8) : null);

    /// <summary>The comparer's sweep order within a block: anchor day (undated first), then report order (article id, position).</summary>
    private static readonly Comparer<Item> SweepOrder = Comparer<Item>.Create((a, b) =>
    {
        var c = (a.FirstDay ?? int.MinValue).CompareTo(b.FirstDay ?? int.MinValue);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.ArticleId, b.ArticleId);
        }

        return c != 0 ? c : a.Ordinal.CompareTo(b.Ordinal);
    });

    private sealed record ClaimRow(string Key, string ArticleId, string ArticleHash, long Ordinal, string? Block, int? FirstDay, int? LastDay, string? GroupId, string? Body);

    private enum ItemRole
    {
        /// <summary>Stored before the batch and still current.</summary>
        Stored,

        /// <summary>Made current by the batch.</summary>
        Added,

        /// <summary>Current before the batch, replaced by a new version.</summary>
        Retired,
    }

    /// <summary>A claim in the comparison: where it sorts, its stored group, and the comparer's facts.</summary>
    private sealed record Item(string Key, string ArticleId, string ArticleHash, long Ordinal, string? Block, int? FirstDay, int? LastDay, string? GroupId, Claim Claim, ItemRole Role, ClaimFacts? Facts);

    /// <summary>An article version as the comparison needs it.</summary>
    private sealed record StoredArticle(Article Meta, HashSet<string> Places, string AliasesJson)
    {
        public IEnumerable<Sources.StatedAlias> Aliases => StoredJson.Read<System.Collections.Immutable.ImmutableArray<Sources.StatedAlias>>(AliasesJson);
    }

    /// <summary>What one batch's comparison has read: claims by key (each parsed once) and article versions.</summary>
    private sealed class CompareState
    {
        public CompareState(BatchWork work)
        {
            foreach (var item in work.NewClaims)
            {
                Items[item.Key] = item;
                Added.Add(item.Key);
            }

            foreach (var item in work.Events.Values.SelectMany(e => e).Where(e => e.Role == ItemRole.Retired))
            {
                Items.TryAdd(item.Key, item);
            }

            foreach (var (key, article) in work.Articles)
            {
                Articles[key] = article;
            }
        }

        public Dictionary<string, Item> Items { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Added { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Id, string Hash), StoredArticle> Articles { get; } = [];

        public long Swept { get; set; }
    }
}
