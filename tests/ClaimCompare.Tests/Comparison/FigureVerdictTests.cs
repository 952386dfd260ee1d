using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

[TestFixture]
public sealed class FigureVerdictTests
{
    private static IEnumerable<TestCaseData> Pairs()
    {
        yield return new TestCaseData(Exact(8461), About(8500), "Agree").SetName("8,461 and about 8,500 agree");
        yield return new TestCaseData(Nearly(18000), Exact(17971), "Agree").SetName("nearly 18,000 and 17,971 agree");
        yield return new TestCaseData(Nearly(10000), UpTo(20000), "Contradicting").SetName("nearly 10,000 and up to 20,000 contradict");
        yield return new TestCaseData(Exact(17971), Exact(18000, 1000), "WithinRounding").SetName("17,971 and a rounded 18,000 agree within rounding");
        yield return new TestCaseData(Exact(41), Exact(41), "Agree").SetName("same figure agrees");
        yield return new TestCaseData(Exact(41), Exact(74), "Contradicting").SetName("41 and 74 contradict");
        yield return new TestCaseData(AtLeast(15), Exact(5), "Contradicting").SetName("at least 15 and five contradict");
        yield return new TestCaseData(AtLeast(40), Exact(41), "Agree").SetName("more than 40 and 41 agree");
        yield return new TestCaseData(Vague(24, 99), AtLeast(41), "Agree").SetName("dozens covers at least 41");
        yield return new TestCaseData(About(100), Vague(105, 400), "Overlapping").SetName("about 100 and hundreds only overlap");
        yield return new TestCaseData(About(5000), AtLeast(2000), "Contradicting").SetName("around 5,000 and over 2,000 contradict");
    }

    [TestCaseSource(nameof(Pairs))]
    public void Verdict_follows_bounds_and_rounding(Quantity a, Quantity b, string verdict)
    {
        var expected = Enum.Parse<FigureVerdict>(verdict);
        Figures.Compare(a, b).Should().Be(expected);
        Figures.Compare(b, a).Should().Be(expected, "the verdict does not depend on order");
    }

    [Test]
    public void Strict_contradiction_is_more_severe_than_a_typical_one()
    {
        var strict = Figures.Severity(ClaimCompare.Comparison.Reading.Of(Exact(41)), ClaimCompare.Comparison.Reading.Of(AtLeast(84)));
        var typical = Figures.Severity(ClaimCompare.Comparison.Reading.Of(Nearly(10000)), ClaimCompare.Comparison.Reading.Of(UpTo(20000)));
        strict.Should().BeGreaterThan(typical);
        strict.Should().BeInRange(0.7, 1.0);
        typical.Should().BeInRange(0.4, 0.7);
    }
}
