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
