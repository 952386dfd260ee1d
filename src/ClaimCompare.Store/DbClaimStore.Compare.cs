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
        var names = resolution.Sources.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var voices = resolution.Claims.Where(c => c.SourceId is not null && names.ContainsKey(c.SourceId))
            .GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => names[g.First().SourceId!], StringComparer.Ordinal);
        await WriteDiscrepanciesAsync(run, work, state, groupIds, result.Discrepancies, voices, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write discrepancies", clock);
        await WriteSourcesAsync(run, work, resolution, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write sources", clock);
    }

    /// <summary>Re-sweeps the stretches of one block around its events; adds the groups formed differently to the lists.</summary>
    private async Task ResumeBlockAsync(string block, List<Item> events, CompareState state, List<List<string>> changedNew, List<List<string>> changedOld, DbTransaction transaction, CancellationToken cancellationToken)
    {
        events.Sort(SweepOrder);
        var options = _options.Pipeline.Comparison;
        var partition = new SweepPartition();
        var members = new Dictionary<string, List<ClaimRow>>(StringComparer.Ordinal);
        var fed = new List<Item>();
        var i = 0;
        while (i < events.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = new Grouping.Sweep(options);
            var after = new Grouping.Sweep(options);
            var names = new Dictionary<IReadOnlyList<ClaimFacts>, string>(ReferenceEqualityComparer.Instance);
            var stretch = new List<Item>();
            int? day;
            if (events[i].FirstDay is { } first)
            {
                await RestoreAsync(block, first, events, state, partition, members, fed, names, before, after, transaction, cancellationToken).ConfigureAwait(false);
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

                Feed(undated.Concat(events.Skip(i).Take(end - i)), state, partition, stretch, before, after);
                i = end;
                day = await NextDayAsync(block, int.MinValue, events, i, transaction, cancellationToken).ConfigureAwait(false);
            }

            // Whole days at a time, so the two sweeps can be compared between days; a stretch that goes on reads
            // more days per query (up to about two months), since each query is a round trip to a server.
            var span = DaysPerRead;
            var alike = false;
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

                Feed(stored.Concat(events.Skip(i).Take(end - i)), state, partition, stretch, before, after);
                i = end;
                before.CloseBefore(to);
                after.CloseBefore(to);
                var quiet = i >= events.Count || events[i].FirstDay >= to + DaysPerRead;
                var difference = quiet ? SweepPartition.Difference(before, after, state.Added.Contains, k => state.Items[k].Role == ItemRole.Retired) : "events";
                Timings.Count("checks differing in " + (difference ?? "nothing"), 1);
                if (difference is null)
                {
                    // From here on both sweeps decide alike until the next event, where the state is rebuilt (a closer
                    // event is simply swept on to); the stored claims in between stay with their groups' continuations.
                    alike = true;
                    break;
                }

                day = stored.Count > 0 || (i < events.Count && events[i].FirstDay < to + DaysPerRead)
                    ? to
                    : await NextDayAsync(block, to, events, i, transaction, cancellationToken).ConfigureAwait(false);
            }

            // Name what the new sweep formed: each fed claim joined a group; a group open at the end continues the
            // stored group open beside it.
            var fedNow = stretch.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var group in after.Groups)
            {
                if (!names.TryGetValue(group, out var name))
                {
                    names[group] = name = partition.NewGroup();
                }

                foreach (var member in group.Where(m => fedNow.Contains(m.Id)))
                {
                    partition.Joined(member.Id, name);
                }
            }

            if (alike)
            {
                foreach (var (old, now) in before.Open.Zip(after.Open))
                {
                    var item = state.Items[old[0].Id];
                    partition.Union(names[now], SweepPartition.Tag(item.Key, item.GroupId));
                }
            }

            fed.AddRange(stretch);
            Timings.Count("stretches", 1);
            Timings.Count("stretches ended early", alike ? 1 : 0);
        }

        await CollectAsync(partition, members, fed, state, changedNew, changedOld, transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The groups the new sweep formed differently from the stored ones, whole: fed claims by the group they joined,
    /// the other stored members of the groups involved by the group that continues theirs.
    /// </summary>
    private async Task CollectAsync(SweepPartition partition, Dictionary<string, List<ClaimRow>> members, List<Item> fed, CompareState state, List<List<string>> changedNew, List<List<string>> changedOld, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var groups = partition.StoredTags.Concat(fed.Where(f => f.Role != ItemRole.Added).Select(f => SweepPartition.Tag(f.Key, f.GroupId)))
            .Where(t => !members.ContainsKey(t) && t.StartsWith("g:", StringComparison.Ordinal)).Select(t => t[2..]).Distinct(StringComparer.Ordinal).ToList();
        await LoadMembersAsync(groups, state, members, transaction, cancellationToken).ConfigureAwait(false);
        var claims = new Dictionary<string, (string? GroupId, ItemRole Role, ClaimRow Row)>(StringComparer.Ordinal);
        foreach (var item in fed)
        {
            claims[item.Key] = (item.GroupId, item.Role, item.Row);
        }

        foreach (var row in members.Values.SelectMany(m => m))
        {
            claims.TryAdd(row.Key, (row.GroupId, ItemRole.Stored, row));
        }

        var oldGroups = claims.Where(c => c.Value.Role != ItemRole.Added)
            .GroupBy(c => SweepPartition.Tag(c.Key, c.Value.GroupId), StringComparer.Ordinal)
            .Select(g => g.Select(c => c.Key).Order(StringComparer.Ordinal).ToList()).ToList();
        var newGroups = claims
            .Select(c => (c.Key, Group: partition.GroupOf(c.Key, c.Value.GroupId, c.Value.Role == ItemRole.Retired)))
            .Where(c => c.Group is not null)
            .GroupBy(c => c.Group!, StringComparer.Ordinal)
            .Select(g => g.Select(c => c.Key).Order(StringComparer.Ordinal).ToList()).ToList();
        var oldSet = oldGroups.Select(g => string.Join('\n', g)).ToHashSet(StringComparer.Ordinal);
        var newSet = newGroups.Select(g => string.Join('\n', g)).ToHashSet(StringComparer.Ordinal);
        var formed = newGroups.Where(g => !oldSet.Contains(string.Join('\n', g))).ToList();
        var gone = oldGroups.Where(g => !newSet.Contains(string.Join('\n', g))).ToList();

        // The changed groups are analysed and written: their claims need their facts.
        var rows = formed.Concat(gone).SelectMany(g => g).Distinct(StringComparer.Ordinal).Where(k => !state.Items.ContainsKey(k)).Select(k => claims[k].Row).ToList();
        await ItemsAsync(state, rows, ItemRole.Stored, transaction, cancellationToken).ConfigureAwait(false);
        changedNew.AddRange(formed);
        changedOld.AddRange(gone);
    }

    /// <summary>The current members of stored groups (key columns only), by tag, less this batch's added claims.</summary>
    private async Task LoadMembersAsync(List<string> groups, CompareState state, Dictionary<string, List<ClaimRow>> members, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var chunk in groups.Where(g => !members.ContainsKey("g:" + g)).Chunk(InListSize))
        {
            foreach (var group in chunk)
            {
                members["g:" + group] = [];
            }

            var (list, parameters) = InList("@g", chunk);
            foreach (var row in await RowsAsync(state, "group_id IN (" + list + ") AND is_current = 1", transaction, cancellationToken, parameters).ConfigureAwait(false))
            {
                members["g:" + row.GroupId].Add(row);
            }
        }
    }

    // Days read per query while sweeping: about the comparer's day window, so a stretch ends soon after it converges.
    private int DaysPerRead => _comparer.ChainDays + 1;

    private const int MaxDaysPerRead = 64;

    /// <summary>
    /// Rebuilds the groups held open before <paramref name="day"/>: in the stored sweep as stored, in the new sweep as
    /// the new sweep has them so far (the stored group, or what continues it after an earlier stretch of this batch).
    /// </summary>
    private async Task RestoreAsync(string block, int day, List<Item> events, CompareState state, SweepPartition partition, Dictionary<string, List<ClaimRow>> members, List<Item> fed, Dictionary<IReadOnlyList<ClaimFacts>, string> names, Grouping.Sweep before, Grouping.Sweep after, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // A group is open before the day when a member before it keeps it open that long (its last day within the
        // comparer's window): short claims start within LongSpanDays of that, long ones are found by their last day.
        // Undated claims come before every day.
        var window = (long)_comparer.ChainDays;
        var candidates = await StoredAsync(
            state,
            "block = @b AND is_current = 1 AND first_day >= @lo AND first_day < @d AND last_day >= @x",
            transaction,
            cancellationToken,
            ("@b", block),
            ("@lo", day - window - Schema.LongSpanDays),
            ("@d", (long)day),
            ("@x", day - window)).ConfigureAwait(false);

        // Separately: an OR with the range would make the index read the whole block.
        candidates.AddRange(await StoredAsync(state, "block = @b AND is_current = 1 AND first_day IS NULL", transaction, cancellationToken, ("@b", block)).ConfigureAwait(false));
        candidates.AddRange(await StoredAsync(
            state,
            "block = @b AND is_current = 1 AND last_day - first_day > " + Schema.LongSpanText + " AND last_day >= @x AND first_day < @lo",
            transaction,
            cancellationToken,
            ("@b", block),
            ("@x", day - window),
            ("@lo", day - window - Schema.LongSpanDays)).ConfigureAwait(false));

        // Claims of replaced versions are no longer current in the table; they are in memory, as events.
        var retired = events.Where(e => e.Role == ItemRole.Retired && (e.FirstDay is null || e.FirstDay < day)).ToList();
        candidates.AddRange(retired.Where(e => e.FirstDay is null || e.LastDay >= day - window));

        var groups = candidates.Select(c => c.GroupId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        await LoadMembersAsync(groups, state, members, transaction, cancellationToken).ConfigureAwait(false);
        var early = groups.SelectMany(g => members["g:" + g]).Where(r => r.FirstDay is null || r.FirstDay < day).ToList();
        var stored = await ItemsAsync(state, early, ItemRole.Stored, transaction, cancellationToken).ConfigureAwait(false);
        var open = groups.ToHashSet(StringComparer.Ordinal);
        var clusters = candidates.Where(c => c.GroupId is null).Select(c => new List<Item> { c })
            .Concat(stored.Concat(retired.Where(r => r.GroupId is not null && open.Contains(r.GroupId))).GroupBy(m => m.GroupId!, StringComparer.Ordinal).Select(g => g.ToList()))
            .Select(c => c.DistinctBy(m => m.Key).Order(SweepOrder).ToList())
            .OrderBy(c => c[0], SweepOrder)
            .ToList();

        // What the new sweep holds of each: the fed claims that joined what continues it, and the stored members of
        // the groups it continues that no stretch has fed.
        await LoadMembersAsync(partition.StoredTags.Where(t => t.StartsWith("g:", StringComparison.Ordinal)).Select(t => t[2..]).ToList(), state, members, transaction, cancellationToken).ConfigureAwait(false);
        var fedByGroup = fed.Where(f => f.Role != ItemRole.Retired).ToLookup(f => partition.GroupOf(f.Key, f.GroupId, left: false)!, StringComparer.Ordinal);
        var tagsByGroup = members.Keys.Where(partition.Touched).ToLookup(partition.Find, StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            before.Restore(cluster.Select(m => m.Facts!));
            var tag = SweepPartition.Tag(cluster[0].Key, cluster[0].GroupId);
            if (cluster[0].GroupId is null)
            {
                members.TryAdd(tag, [cluster[0].Row]);
            }

            List<Item> now;
            if (!partition.Touched(tag))
            {
                now = cluster.Where(m => m.Role != ItemRole.Retired).ToList();
            }
            else
            {
                var root = partition.Find(tag);
                var rows = tagsByGroup[root].SelectMany(t => members[t]).Where(r => !partition.WasFed(r.Key) && (r.FirstDay is null || r.FirstDay < day)).ToList();
                now = [.. fedByGroup[root].Where(f => f.FirstDay is null || f.FirstDay < day), .. await ItemsAsync(state, rows, ItemRole.Stored, transaction, cancellationToken).ConfigureAwait(false)];
                now = now.DistinctBy(m => m.Key).Order(SweepOrder).ToList();
            }

            if (now.Count > 0)
            {
                after.Restore(now.Select(m => m.Facts!));
                var name = partition.NewGroup();
                names[after.Groups.Last()] = name;
                partition.Union(name, tag);
            }
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
    private static void Feed(IEnumerable<Item> claims, CompareState state, SweepPartition partition, List<Item> stretch, Grouping.Sweep before, Grouping.Sweep after)
    {
        foreach (var item in claims.Order(SweepOrder))
        {
            state.Swept++;
            partition.Fed(item.Key);
            stretch.Add(item);
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

    /// <summary>Current stored claims matching the condition, less this batch's added ones (they are events).</summary>
    private async Task<List<Item>> StoredAsync(CompareState state, string where, DbTransaction transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await ItemsAsync(state, await RowsAsync(state, where, transaction, cancellationToken, parameters).ConfigureAwait(false), ItemRole.Stored, transaction, cancellationToken).ConfigureAwait(false);

    /// <summary>The key columns of the current stored claims matching the condition, less this batch's added ones.</summary>
    private async Task<List<ClaimRow>> RowsAsync(CompareState state, string where, DbTransaction transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
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

        return rows;
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
    private sealed record Item(string Key, string ArticleId, string ArticleHash, long Ordinal, string? Block, int? FirstDay, int? LastDay, string? GroupId, Claim Claim, ItemRole Role, ClaimFacts? Facts)
    {
        public ClaimRow Row => new(Key, ArticleId, ArticleHash, Ordinal, Block, FirstDay, LastDay, GroupId, null);
    }

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
