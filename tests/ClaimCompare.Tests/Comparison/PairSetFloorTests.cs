using ClaimCompare.Evaluation;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// Floors on the project's own multi-domain pair set (Comparison/Data/pairs.txt: 161 pairs from 8 domains, each
/// sentence run as an article through the whole engine). Measured before any grouping change (session 4):
/// grouping recall 66.0, false groupings 26.6, conflict recall 82.4, false alarms 11.0, updates 30.0. After claims
/// need place evidence to group across articles (most pairs here are one placeless sentence each, so they meet only
/// on a shared event word and day): grouping recall 29.9, false groupings 7.8, conflict recall 38.2, false alarms 3.1.
/// The floors hold the precision gained; recall is what place evidence from extraction would win back. With main's
/// extraction merged (casualty, quantities): grouping 36.1, false groupings 7.8, conflict recall 44.1, false alarms 3.1.
/// </summary>
[TestFixture]
public sealed class PairSetFloorTests
{
    private static readonly Lazy<Scoreboard> Board = new(() => PairSetEvaluation.Score(
        PairSetEvaluation.Load(Path.Combine(TestPaths.RepoRoot, PairSetEvaluation.RelativePath))));

    [Test]
    public void The_set_has_150_pairs_from_8_domains()
    {
        var pairs = PairSetEvaluation.Load(Path.Combine(TestPaths.RepoRoot, PairSetEvaluation.RelativePath));
        pairs.Should().HaveCountGreaterThanOrEqualTo(150);
        pairs.Select(p => p.Domain).Distinct().Should().HaveCount(8);
        pairs.Where(p => p.Same).Should().HaveCountGreaterThanOrEqualTo(60).And.Subject.Should().Contain(p => p.Relation == "update");
        pairs.Where(p => !p.Same).Should().HaveCountGreaterThanOrEqualTo(50);
    }

    // 160 of 161: since the casualty extraction merged, an age ("the 29-year-old man", a different-quantity pair) is
    // rightly no claim at all.
    [TestCase("both figures found", 99.0)]
    [TestCase("grouping recall (same quantity)", 35.0)]
    [TestCase("conflict recall", 44.0)]
    public void Stays_at_or_above(string metric, double floor) =>
        Board.Value.Get(PairSetEvaluation.Name, metric).Should().BeGreaterThanOrEqualTo(floor);

    [TestCase("false groupings (different quantity)", 8.0)]
    [TestCase("false alarms", 3.2)]
    public void Stays_at_or_below(string metric, double ceiling) =>
        Board.Value.Get(PairSetEvaluation.Name, metric).Should().BeLessThanOrEqualTo(ceiling);
}
