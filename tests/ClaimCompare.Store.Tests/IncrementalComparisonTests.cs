using ClaimCompare.Model;
using FluentAssertions;

namespace ClaimCompare.Store.Tests;

/// <summary>
/// The guard of incremental comparison: whatever order and batches articles arrive in, the store holds the
/// groups and discrepancies that comparing all current articles at once gives. It also guards the blocking key
/// against changes to the grouping rules, since the store asks the comparer for it.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class IncrementalComparisonTests
{
    [TestCase(StoreHarness.Sqlite, 1)]
    [TestCase(StoreHarness.Sqlite, 2)]
    [TestCase(StoreHarness.Sqlite, 3)]
    [TestCase(StoreHarness.Postgres, 4)]
    public async Task Batches_in_any_order_give_the_from_scratch_result(string kind, int order)
    {
        using var folder = new TempFolder();
        var articles = StoreTestData.Seeds.Concat(StoreTestData.Generated(60)).ToList();
        var shuffled = articles.OrderBy(a => StableShuffle(a.Id, order)).ToList();

        await using var store = await StoreHarness.Open(StoreHarness.NewLocation(kind, folder.Path));
        foreach (var batch in shuffled.Chunk(shuffled.Count / 4 + 1))
        {
            await store.AddAsync(batch);
        }

        var expected = StoreHarness.FromScratch(articles);
        expected.Groups.Should().NotBeEmpty("the generated stories must group, or the test proves nothing");
        expected.Discrepancies.Should().Contain(d => d.StartsWith("Figure", StringComparison.Ordinal), "redrawn figures must disagree");
        var actual = await StoreHarness.Current(store);
        actual.Groups.Should().BeEquivalentTo(expected.Groups);
        actual.Discrepancies.Should().BeEquivalentTo(expected.Discrepancies);
    }

    [TestCase(StoreHarness.Sqlite)]
    [TestCase(StoreHarness.Postgres)]
    public async Task Small_overlapping_batches_in_different_orders_give_the_same_store(string kind)
    {
        // Small batches re-compare a small part of each stored article, so anything the grouping reads from the
        // rest of an article (the place names it states) must reach the comparison as in a full run. The files
        // are cut into batches of 8 and added one file after another, in reverse, and taking turns between the
        // files as concurrent processes do.
        using var folder = new TempFolder();
        var articles = StoreTestData.Seeds.Concat(StoreTestData.Generated(35, seed: 5)).ToList();
        var files = new[] { articles.Take(20), articles.Skip(20), articles.Where((_, i) => i % 3 == 0), articles.Skip(10).Take(20) }
            .Select((b, i) => StoreTestData.WriteJsonl(b, Path.Combine(folder.Path, $"batch{i}.jsonl")))
            .Select(path => new ClaimCompare.Reading.ArticleReader().ReadAll([path]).Articles.Chunk(8).ToList())
            .ToList();
        var inTurns = Enumerable.Range(0, files.Max(f => f.Count)).SelectMany(i => files.Where(f => i < f.Count).Select(f => f[i])).ToList();
        var orders = new[] { files.SelectMany(f => f).ToList(), files.AsEnumerable().Reverse().SelectMany(f => f).ToList(), inTurns, inTurns.AsEnumerable().Reverse().ToList() };
        var expected = StoreHarness.FromScratch(files.SelectMany(f => f).SelectMany(b => b).DistinctBy(a => a.Id));
        expected.Groups.Should().NotBeEmpty("the generated stories must group, or the test proves nothing");

        for (var o = 0; o < orders.Length; o++)
        {
            var sub = Path.Combine(folder.Path, "order" + o.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            await using var store = await StoreHarness.Open(StoreHarness.NewLocation(kind, sub), batchSize: 8);
            foreach (var batch in orders[o])
            {
                await store.AddAsync(batch);
            }

            var actual = await StoreHarness.Current(store);
            actual.Groups.Should().BeEquivalentTo(expected.Groups, "order {0}", o);
            actual.Discrepancies.Should().BeEquivalentTo(expected.Discrepancies, "order {0}", o);
        }
    }

    [TestCase(StoreHarness.Sqlite)]
    [TestCase(StoreHarness.Postgres)]
    public async Task New_versions_replace_old_claims_in_the_comparison(string kind)
    {
        using var folder = new TempFolder();
        var articles = StoreTestData.Seeds.Concat(StoreTestData.Generated(30)).ToList();
        await using var store = await StoreHarness.Open(StoreHarness.NewLocation(kind, folder.Path));
        await store.AddAsync(articles);

        // Three articles change text: their old claims leave the comparison, the new ones enter it.
        var revised = articles.Where((_, i) => i % 11 == 3).Select(StoreTestData.Revised).ToList();
        var result = await store.AddAsync(revised);
        result.Changed.Should().Be(revised.Count);

        var current = articles.Select(a => revised.FirstOrDefault(r => r.Id == a.Id) ?? a).ToList();
        var expected = StoreHarness.FromScratch(current);
        var actual = await StoreHarness.Current(store);
        actual.Groups.Should().BeEquivalentTo(expected.Groups);
        actual.Discrepancies.Should().BeEquivalentTo(expected.Discrepancies);

        // Putting the old texts back makes the old versions current again: the first result returns.
        (await store.AddAsync(articles.Where(a => revised.Any(r => r.Id == a.Id)))).Changed.Should().Be(revised.Count);
        var back = await StoreHarness.Current(store);
        var original = StoreHarness.FromScratch(articles);
        back.Groups.Should().BeEquivalentTo(original.Groups);
        back.Discrepancies.Should().BeEquivalentTo(original.Discrepancies);
    }

    [Test]
    public async Task Claims_far_apart_in_time_are_compared_apart_and_still_match()
    {
        // Two runs of stories a year apart: the second batch must not disturb the first's groups (their ids stay).
        using var folder = new TempFolder();
        var early = StoreTestData.Generated(20, seed: 3, prefix: "early");
        var late = StoreTestData.Generated(20, seed: 4, prefix: "late").Select(a => a with { Published = a.Published!.Value.AddYears(1) }).ToList();
        await using var store = await StoreHarness.Open(StoreHarness.NewLocation(StoreHarness.Sqlite, folder.Path));
        await store.AddAsync(early);
        var before = await StoreHarness.CurrentIds(store);
        await store.AddAsync(late);
        var after = await StoreHarness.CurrentIds(store);

        after.Groups.Should().Contain(before.Groups);
        after.Discrepancies.Should().Contain(before.Discrepancies);
        var lastRun = await store.ChangesAsync(StoreSince.LastRun);
        lastRun.Groups.Should().OnlyContain(g => g.Status == ChangeStatus.New && !before.Groups.Contains(g.Id));
        var expected = StoreHarness.FromScratch(early.Concat(late));
        (await StoreHarness.Current(store)).Should().BeEquivalentTo(expected);
    }

    [TestCase(StoreHarness.Sqlite, "by id")]
    [TestCase(StoreHarness.Sqlite, "oldest first")]
    [TestCase(StoreHarness.Sqlite, "newest first")]
    [TestCase(StoreHarness.Sqlite, "interleaved")]
    [TestCase(StoreHarness.Postgres, "newest first")]
    [TestCase(StoreHarness.Postgres, "interleaved")]
    public async Task Resumed_sweeps_equal_a_full_comparison_for_stories_spread_over_months(string kind, string order)
    {
        // Stories at four times (weeks and months apart) plus a few undated copies, added ten at a time: a batch
        // lands before, between, inside and after stored stretches, so the sweep is resumed from stored groups,
        // converges and jumps to the next stretch (or starts at the block's beginning for an undated claim).
        using var folder = new TempFolder();
        var articles = new[] { 0, 9, 45, 200 }
            .SelectMany((shift, n) => StoreTestData.Generated(18, seed: 11 + n, prefix: "m" + shift.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Select(a => a with { Published = a.Published!.Value.AddDays(shift) }))
            .Concat(StoreTestData.Generated(3, seed: 17, prefix: "undated").Select(a => a with { Published = null }))
            .ToList();
        var ordered = order switch
        {
            "by id" => articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            "oldest first" => articles.OrderBy(a => a.Published ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            "newest first" => articles.OrderByDescending(a => a.Published ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            _ => articles.Select((a, i) => (a, i)).OrderBy(x => x.i % 2).ThenBy(x => x.i).Select(x => x.a).ToList(),
        };

        await using var store = await StoreHarness.Open(StoreHarness.NewLocation(kind, folder.Path), batchSize: 10);
        long swept = 0;
        foreach (var batch in ordered.Chunk(10))
        {
            await store.AddAsync(batch);
            swept = (long)((DbClaimStore)store).Timings.Take().FirstOrDefault(t => t.Key == "claims swept").Value;
        }

        var expected = StoreHarness.FromScratch(articles);
        expected.Groups.Should().NotBeEmpty("the generated stories must group, or the test proves nothing");
        var actual = await StoreHarness.Current(store);
        actual.Groups.Should().BeEquivalentTo(expected.Groups);
        actual.Discrepancies.Should().BeEquivalentTo(expected.Discrepancies);
        if (order == "oldest first")
        {
            // The last batch (the latest stories) must not re-sweep the whole store.
            var stats = await store.StatsAsync();
            swept.Should().BeLessThan(stats.Claims / 2, "a batch sweeps the stretches it touches, not every claim");
        }
    }

    private static int StableShuffle(string id, int order) => HashCode.Combine(order, string.GetHashCode(id, StringComparison.Ordinal)) & 0x7fffffff;
}

/// <summary>A temp folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcompare-store-" + Guid.NewGuid().ToString("N")[..10]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed on purpose may still hold the file for a moment; the OS cleans temp.
        }
    }
}
