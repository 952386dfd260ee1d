using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

[TestFixture]
public sealed partial class QuantityComparerTests
{
    private static readonly Article[] Articles =
    [
        Article("sohr1", "Reuters", "2016-10-31"),
        Article("army", "SANA", "2016-10-31"),
        Article("sohr2", "AFP", "2016-11-04"),
        Article("ru", "Sputnik", "2016-11-03"),
    ];

    // The issue's example: SOHR 41 then 74, the army at least 84 in three days, the General Staff 127 in a week.
    private static readonly Claim[] Aleppo =
    [
        Claim("c1", "sohr1", Exact(41), "civilians", "killed", "2016-10-28", "2016-10-31", true, "western Aleppo", "sohr"),
        // The army's figure names the city: with no place in its article it could be any incident (IncidentEvidence).
        Claim("c2", "army", AtLeast(84), "people", "killed", "2016-10-28", "2016-10-30", true, "Aleppo", "army"),
        // No place in its sentence; its article's headline names the city (Claim.ArticlePlace).
        Claim("c3", "sohr2", Exact(74), "civilians", "killed", "2016-10-28", "2016-11-04", true, null, "sohr") with { ArticlePlace = "Aleppo" },
        Claim("c4", "ru", Exact(127), "civilians", "killed", "2016-10-27", "2016-11-03", true, "western Aleppo", "gs"),
    ];

    private static ComparisonResult Compare(IReadOnlyList<Claim> claims, ComparisonOptions? options = null) =>
        new QuantityComparer(options).Compare(claims, Articles, SourceList("sohr", "army", "gs"));

    private static bool Flags(ComparisonResult result, DiscrepancyKind kind, string a, string b) =>
        result.Discrepancies.Any(d => d.Kind == kind && d.ClaimIds.Contains(a) && d.ClaimIds.Contains(b));

    [Test]
    public void Issue_example_forms_one_group()
    {
        var result = Compare(Aleppo);
        result.Groups.Should().ContainSingle().Which.ClaimIds.Should().Equal("c1", "c2", "c3", "c4");
    }

    [TestCase("c1", "c2", DiscrepancyKind.Figure, true, TestName = "41 against at least 84 in the same days is a figure conflict")]
    [TestCase("c3", "c4", DiscrepancyKind.Figure, true, TestName = "74 against 127 for the same week is a figure conflict")]
    [TestCase("c1", "c3", DiscrepancyKind.Figure, false, TestName = "41 then 74 four days later is not a figure conflict")]
    [TestCase("c1", "c3", DiscrepancyKind.Update, true, TestName = "41 then 74 four days later is an update")]
    [TestCase("c2", "c4", DiscrepancyKind.Figure, false, TestName = "84 by 30 Oct then 127 by 3 Nov is not a conflict")]
    public void Issue_example_verdicts(string a, string b, DiscrepancyKind kind, bool expected)
    {
        Flags(Compare(Aleppo), kind, a, b).Should().Be(expected);
    }

    [Test]
    public void Explanations_name_sources_outlets_and_claims()
    {
        var conflict = Compare(Aleppo).Discrepancies.First(d => d.Kind == DiscrepancyKind.Figure && d.ClaimIds.Contains("c1") && d.ClaimIds.Contains("c2"));
        conflict.Explanation.Should().Contain("SOHR").And.Contain("Reuters").And.Contain("ARMY").And.Contain("SANA").And.Contain("[c1]").And.Contain("[c2]");
        conflict.Severity.Should().BeInRange(0.7, 1.0, "a strict reading of 41 cannot reach 84");
        conflict.GroupId.Should().Be("g1");
    }

    [Test]
    public void Discrepancies_are_ordered_by_severity_with_sequential_ids()
    {
        var result = Compare(Aleppo);
        result.Discrepancies.Select(d => d.Severity).Should().BeInDescendingOrder();
        result.Discrepancies.Select(d => d.Id).Should().Equal(Enumerable.Range(1, result.Discrepancies.Length).Select(i => $"d{i}"));
    }

    private static IEnumerable<TestCaseData> UnlikePairs()
    {
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(41), "civilians", "killed", "2016-10-28", "2016-10-31", true),
            Claim("b", "army", Exact(280), "civilians", "injured", "2016-10-28", "2016-10-31", true)).SetName("killed against injured");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(41), "civilians", "killed", "2016-10-28", "2016-10-31", true),
            Claim("b", "army", Exact(64), "rebels", "killed", "2016-10-28", "2016-10-31", true)).SetName("civilians against militants");
        yield return new TestCaseData(
            Claim("a", "ru", Exact(127), "civilians", "killed"),
            Claim("b", "army", AtLeast(3200), "militants", "killed")).SetName("127 civilians against more than 3,200 militants");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(3), "civilians", "killed", "2016-10-28", "2016-10-31", true, "rebel-held eastern Aleppo"),
            Claim("b", "army", Exact(41), "civilians", "killed", "2016-10-28", "2016-10-31", true, "western Aleppo")).SetName("east against west");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(6), "people", "killed", "2016-10-31", "2016-10-31", false),
            Claim("b", "army", Exact(41), "people", "killed", "2016-10-28", "2016-10-31", true)).SetName("a 24-hour count against a cumulative one");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(6), "people", "killed", "2016-10-30", "2016-10-30", false),
            Claim("b", "army", Exact(9), "people", "killed", "2016-10-31", "2016-10-31", false)).SetName("counts for two different days");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(10), "days", "pause in air strikes"),
            Claim("b", "army", Exact(10), "hours", "humanitarian pause")).SetName("ten days against ten hours");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(93), "soldiers and allied militiamen", "killed"),
            Claim("b", "army", Exact(46), "soldiers", "killed")).SetName("a coordination against one of its parts");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(21), "Hezbollah fighters", "killed"),
            Claim("b", "army", Exact(86), "fighters", "killed")).SetName("a named kind of fighter against all fighters");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(1), "people", "killed", place: "Latakia"),
            Claim("b", "army", AtLeast(15), "civilians", "killed", place: "western Aleppo")).SetName("two named places");
    }

    [TestCaseSource(nameof(UnlikePairs))]
    public void Never_compares_unlike_things(Claim a, Claim b)
    {
        var result = Compare([a, b]);
        result.Groups.Should().BeEmpty();
        result.Discrepancies.Should().BeEmpty();
    }

    private static IEnumerable<TestCaseData> LikePairs()
    {
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(2), "weeks", "humanitarian pause", sentence: "The offensive that occurred during the Russia-brokered two-week humanitarian pause killed 127."),
            Claim("b", "army", Exact(2), "weeks", "humanitarian pause", sentence: "A two-week-long humanitarian pause managed to save only several dozen residents.")).SetName("the two two-week humanitarian pauses");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(41), "civilians", "killed"),
            Claim("b", "army", AtLeast(40), "people", "died")).SetName("people died and civilians killed");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(18000, 1000), "civilians", "left"),
            Claim("b", "army", Exact(17971), "residents", "evacuated")).SetName("left and evacuated");
        yield return new TestCaseData(
            Claim("a", "sohr1", Exact(10), "days", "lull in air strikes"),
            Claim("b", "army", Exact(10), "days", "warplanes not used")).SetName("a lull and days without warplanes");
    }

    [TestCaseSource(nameof(LikePairs))]
    public void Groups_synonyms_as_agreeing(Claim a, Claim b)
    {
        var result = Compare([a, b]);
        result.Groups.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(a.Id, b.Id);
        result.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Figure).Should().BeEmpty();
    }
}
