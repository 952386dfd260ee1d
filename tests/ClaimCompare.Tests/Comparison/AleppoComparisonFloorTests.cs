using ClaimCompare.Evaluation;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// Floors on the Aleppo comparison scores. Measured: oracle conflict recall 92.3, false alarms 1.1, grouping
/// recall 95.0, updates 100; end to end (with the merged extraction, attribution and source stages) 100.0, 1.1,
/// 90.0, 96.1 (session 2).
/// </summary>
[TestFixture]
[Category(TestCategories.Benchmarks)]
public sealed class AleppoComparisonFloorTests
{
    private static readonly Lazy<Scoreboard> Board = new(() => AleppoComparisonEvaluation.Run(TestPaths.Benchmarks));

    [TestCase("conflict recall", 90.0, TestName = "Oracle conflict recall stays at or above 90%")]
    [TestCase("grouping recall", 92.0, TestName = "Oracle grouping recall stays at or above 92%")]
    [TestCase("updates not flagged as figure", 95.0, TestName = "Oracle updates are not flagged as figure conflicts")]
    public void Oracle_floor(string metric, double floor)
    {
        Board.Value.Get(AleppoComparisonEvaluation.Oracle, metric).Should().BeGreaterThanOrEqualTo(floor);
    }

    [Test]
    public void Oracle_false_alarms_stay_at_or_below_three_percent()
    {
        Board.Value.Get(AleppoComparisonEvaluation.Oracle, "false alarms").Should().BeLessThanOrEqualTo(3.0);
    }

    [TestCase("conflict recall", 98.0, TestName = "End-to-end conflict recall stays at or above 98%")]
    [TestCase("grouping recall", 88.0, TestName = "End-to-end grouping recall stays at or above 88%")]
    [TestCase("updates not flagged as figure", 95.0, TestName = "End-to-end updates are not flagged as figure conflicts")]
    public void End_to_end_floor(string metric, double floor)
    {
        Board.Value.Get(AleppoComparisonEvaluation.EndToEnd, metric).Should().BeGreaterThanOrEqualTo(floor);
    }

    [Test]
    public void End_to_end_false_alarms_stay_at_or_below_two_percent()
    {
        Board.Value.Get(AleppoComparisonEvaluation.EndToEnd, "false alarms").Should().BeLessThanOrEqualTo(2.0);
    }
}
