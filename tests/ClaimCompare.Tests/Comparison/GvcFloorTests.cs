using ClaimCompare.Evaluation;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// Ceilings on gvc-dev incident mixing (../shared/benchmarks/gvc-dev, measures (b) and (c); docs/comparison.md).
/// Before claims needed place evidence (session 4), even / odd halves: groups mixing incidents 25.0 / 17.4 (random),
/// 31.4 / 42.4 (same day), 69.4 / 67.4 (undated); cross-incident discrepancies per 100 articles 46 / 29, 107 / 111,
/// 5861 / 6253. After, on the extraction of the time: 3.9 / 3.6, 1.5 / 5.5, 1.4 / 0.9; 2.4 / 2.8, 3.2 / 5.6, 0.8 / 0.7.
/// With main's later extraction merged (more casualty claims carry an event word, so more placeless claims meet on
/// the same day): 9.9 / 8.7, 5.5 / 11.8, 1.7 / 0.9; 5.6 / 6.2, 6.4 / 11.3, 0.8 / 0.7.
/// Session 5 (tallies and the article's own place as claim fields, parts of totals, ages and ordinals not counts):
/// 0.0 / 0.0, 0.0 / 0.0, 2.4 / 1.3; 0.0 / 0.0, 0.0 / 0.0, 0.8 / 0.7; all-Chicago batch 0.0 / 5.0 and 0.0 / 2.9.
/// The random and same-day ceilings were tightened to the targets. The undated ceiling moved from 2.0 to 3.0
/// although its one mixing group is the same as before (a tally of several South Side shootings against one
/// nightclub shooting): parts, ages and ordinals no longer form groups, so the denominator fell from 65 to 41 groups.
/// </summary>
[TestFixture]
[Category(TestCategories.Benchmarks)]
public sealed class GvcFloorTests
{
    private static readonly Lazy<Scoreboard> Board = new(() => GvcEvaluation.Run(TestPaths.Benchmarks));

    [TestCase("mixed-random", "groups mixing incidents", 3.0)]
    [TestCase("mixed-sameday", "groups mixing incidents", 5.0)]
    [TestCase("mixed-random-undated", "groups mixing incidents", 3.0)]
    [TestCase("mixed-city", "groups mixing incidents", 5.0)]
    [TestCase("mixed-random", "cross-incident discrepancies per 100 articles", 1.0)]
    [TestCase("mixed-sameday", "cross-incident discrepancies per 100 articles", 1.0)]
    [TestCase("mixed-random-undated", "cross-incident discrepancies per 100 articles", 1.0)]
    [TestCase("mixed-city", "cross-incident discrepancies per 100 articles", 3.0)]
    public void Stays_at_or_below_in_both_halves(string batch, string metric, double ceiling)
    {
        foreach (var half in new[] { "even (tuned on)", "odd (check)" })
        {
            Board.Value.Get($"{GvcEvaluation.Name} {batch}, {half}", metric).Should().BeLessThanOrEqualTo(ceiling, half);
        }
    }

    [Test]
    public void Within_one_incident_fewer_than_half_the_articles_raise_a_figure_or_internal_flag_per_kind()
    {
        foreach (var half in new[] { "even (tuned on)", "odd (check)" })
        {
            var name = $"{GvcEvaluation.Name} clusters alone, {half}";
            Board.Value.Get(name, "figure discrepancies per 100 articles").Should().BeLessThanOrEqualTo(50.0, half);
            Board.Value.Get(name, "internal discrepancies per 100 articles").Should().BeLessThanOrEqualTo(55.0, half);
        }
    }
}
