using ClaimCompare.Evaluation;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Floors on gvc-dev count recall where the count is written in a casualty sentence (issue 11's measure; numbers in
/// docs/extraction.md), each a little under the measured score, for the tuning half (even clusters) and the check
/// half (odd clusters). A drop below a floor is a regression of the casualty readings.
/// </summary>
[TestFixture]
[Category(TestCategories.Benchmarks)]
public sealed class GvcRecallFloorTests
{
    private static readonly Lazy<Scoreboard> Gvc = new(() => GvcRecallEvaluation.Run(TestPaths.Benchmarks));

    [TestCase("even (tune)", "killed", 86.5)]
    [TestCase("even (tune)", "injured", 88.5)]
    [TestCase("odd (check)", "killed", 89.0)]
    [TestCase("odd (check)", "injured", 85.5)]
    public void Written_counts_are_recovered_with_their_predicate(string half, string count, double floor) =>
        Gvc.Value.Get($"gvc-dev count recall, {half}", $"{count}: written in a casualty sentence").Should().BeGreaterThanOrEqualTo(floor);
}
