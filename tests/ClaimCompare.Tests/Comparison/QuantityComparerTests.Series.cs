using ClaimCompare.Comparison;
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
}
