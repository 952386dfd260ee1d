using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

public sealed partial class QuantityComparerTests
{
    [TestCase(7, true, TestName = "A toll reported a week later continues the series")]
    [TestCase(59, true, TestName = "A toll reported within the series span continues it")]
    [TestCase(200, false, TestName = "A toll reported months later starts a new series")]
    public void A_series_spans_at_most_MaxSeriesDays(int daysLater, bool sameGroup)
    {
        // Running totals reported every few days chain into one series; the chain stops at the span limit.
        var first = new DateOnly(2016, 10, 28);
        var claims = Enumerable.Range(0, (daysLater / 3) + 1)
            .Select(i => Math.Min(i * 3, daysLater))
            .Distinct()
            .Select((day, i) => Claim($"t{i}", $"a{i}", Exact(10 + i), "civilians", "killed", null, first.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();

        var result = Compare(claims);
        var last = claims[^1].Id;
        result.Groups.Any(g => g.ClaimIds.Contains("t0") && g.ClaimIds.Contains(last)).Should().Be(sameGroup);
        ComparisonOptions.Default.MaxSeriesDays.Should().Be(60);
    }

    [Test]
    public void A_growing_toll_is_one_update_listing_its_reports_in_order()
    {
        Claim[] claims =
        [
            Claim("late", "sohr2", Exact(74), "civilians", "killed", null, "2016-11-02", source: "sohr"),
            Claim("early", "sohr1", Exact(15), "civilians", "killed", null, "2016-10-28", source: "sohr"),
            Claim("middle", "ru", Exact(41), "civilians", "killed", null, "2016-10-30", source: "sohr"),
        ];

        var updates = Compare(claims).Discrepancies.Where(d => d.Kind == DiscrepancyKind.Update).ToList();
        updates.Should().ContainSingle("one series of growth is one story");
        updates[0].ClaimIds.Should().Equal("early", "middle", "late");
        updates[0].Explanation.Should().Contain("went from 15 as of 28 Oct 2016 to 74 as of 2 Nov 2016 over 3 reports");
    }
}
