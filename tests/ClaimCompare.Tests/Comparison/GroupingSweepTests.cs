using System.Globalization;
using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// The property the claim store's incremental comparison rests on: the date sweep stopped at any claim and
/// rebuilt from the groups as they stood there (their members before that claim) forms the same groups as one
/// sweep from the start.
/// </summary>
public sealed class GroupingSweepTests
{
    [Test]
    public void A_sweep_restored_at_any_claim_forms_the_groups_of_a_full_sweep()
    {
        var options = ComparisonOptions.Default;
        var block = Block(options);
        var full = Canonical(Grouping.Form(block, options));
        full.Should().Contain(g => g.Contains(',', StringComparison.Ordinal), "the claims must form groups, or the test proves nothing");
        full.Count(g => g.Contains(',', StringComparison.Ordinal)).Should().BeGreaterThan(3, "several groups, some closed before others open");

        var order = block.OrderBy(f => f.Anchor ?? int.MinValue).ThenBy(f => f.Index).ToList();
        var position = order.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var groups = Grouping.Form(block, options);
        for (var cut = 0; cut < order.Count; cut++)
        {
            var sweep = new Grouping.Sweep(options);
            foreach (var before in groups
                .Select(g => g.Where(m => position[m.Id] < cut).OrderBy(m => position[m.Id]).ToList())
                .Where(g => g.Count > 0)
                .OrderBy(g => position[g[0].Id]))
            {
                sweep.Restore(before);
            }

            if (order[cut].Anchor is { } day)
            {
                sweep.CloseBefore(day);
            }

            foreach (var claim in order.Skip(cut))
            {
                sweep.Add(claim);
            }

            Canonical(sweep.Groups.Select(g => g.ToList())).Should().BeEquivalentTo(full, "restored before claim {0} ({1})", cut, order[cut].Id);
        }
    }

    [Test]
    public void Two_sweeps_fed_alike_after_a_difference_hold_the_same_open_groups_once_it_has_closed()
    {
        // What the store checks to stop re-sweeping: an extra claim changes the groups open around its day, and
        // once those have closed both sweeps hold the same open groups again.
        var options = ComparisonOptions.Default;
        var block = Block(options).Where(f => f.Anchor is not null).OrderBy(f => f.Anchor).ThenBy(f => f.Index).ToList();
        var extra = block[block.Count / 3];
        var before = new Grouping.Sweep(options);
        var after = new Grouping.Sweep(options);
        var differed = false;
        var convergedAfterDiffering = false;
        foreach (var claim in block)
        {
            if (!ReferenceEquals(claim, extra))
            {
                before.Add(claim);
            }

            after.Add(claim);
            var same = Open(before).SequenceEqual(Open(after), StringComparer.Ordinal);
            differed |= !same;
            convergedAfterDiffering |= differed && same;
        }

        differed.Should().BeTrue("the extra claim joins or opens a group");
        convergedAfterDiffering.Should().BeTrue("claims months later meet none of the groups it touched");
    }

    private static IEnumerable<string> Open(Grouping.Sweep sweep) => sweep.Open.Select(g => string.Join(',', g.Select(m => m.Id)));

    private static List<string> Canonical(IEnumerable<List<ClaimFacts>> groups) =>
        groups.Select(g => string.Join(',', g.Select(m => m.Id).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();

    // One block (civilians killed) over half a year in two towns and none: daily tolls that chain into series, week
    // windows, rival figures, quiet weeks that close every group, and two undated reports.
    private static List<ClaimFacts> Block(ComparisonOptions options)
    {
        var rng = new Random(42);
        var claims = new List<Claim>();
        var articles = new List<Article>();
        var start = new DateOnly(2019, 3, 1);
        for (var i = 0; i < 90; i++)
        {
            var day = start.AddDays((i / 6 * 5) + rng.Next(0, 3) + (i >= 45 ? 40 : 0));
            var place = (i % 3) switch { 0 => "Westbury", 1 => "Eastmoor", _ => null };
            var id = string.Create(CultureInfo.InvariantCulture, $"a{i:D3}");
            var published = i % 30 == 29 ? null : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            articles.Add(Article(id, "Outlet " + (i % 5).ToString(CultureInfo.InvariantCulture), published));
            var window = i % 7 == 3 ? day.AddDays(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            claims.Add(Claim("c" + id, id, Exact(20 + rng.Next(0, 30)), "civilians", "killed", window, published, place: place));
        }

        var comparer = new QuantityComparer(options);
        var facts = comparer.Facts(claims, articles, new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
        return facts.Where(f => f.Key.Comparable).GroupBy(f => f.Key.Block, StringComparer.Ordinal).MaxBy(b => b.Count())!.ToList();
    }
}
