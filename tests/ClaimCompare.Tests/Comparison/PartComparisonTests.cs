using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// A part never contradicts its total or a part of another kind; parts compare only with the same part of the same
/// event (issue 11, precision). Read from <see cref="Claim.Part"/>, never from the sentences.
/// </summary>
[TestFixture]
public sealed class PartComparisonTests
{
    private static readonly IReadOnlyList<Article> SameDay = [Article("a", "one.example", "2026-03-02"), Article("b", "two.example", "2026-03-02")];

    private static ComparisonResult Compare(params Claim[] claims) => new QuantityComparer().Compare(claims, SameDay, SourceList("police", "hospital"));

    private static Claim Part(Claim claim, string kind, string cue, double? total = null) => claim with { Part = new ClaimPart(kind, cue) { Total = total } };

    private static bool Opposed(ComparisonResult result, string a, string b) =>
        result.Discrepancies.Any(d => d.Kind is DiscrepancyKind.Figure or DiscrepancyKind.Internal && d.ClaimIds.Contains(a) && d.ClaimIds.Contains(b));

    // Seven hurt in all against two hurt who are in critical condition, three others, or one picked out.
    [TestCase(ClaimPart.Condition, "critical", null)]
    [TestCase(ClaimPart.Remainder, "other", null)]
    [TestCase(ClaimPart.Moment, "scene", null)]
    [TestCase(ClaimPart.Subset, "of", 7.0)]
    [TestCase(ClaimPart.Individual, "a", null)]
    [TestCase(ClaimPart.Perpetrator, "with", null)]
    [TestCase(ClaimPart.Perpetrator, "besides", null)]
    public void A_part_never_contradicts_a_whole_count(string kind, string cue, double? total)
    {
        var whole = Claim("a1", "a", Exact(7), "people", "injured", place: "Riverton");
        var part = Part(Claim("b1", "b", Exact(2), "people", "injured", place: "Riverton"), kind, cue, total);
        var result = Compare(whole, part);
        Opposed(result, "a1", "b1").Should().BeFalse();
        result.Groups.Should().NotContain(g => g.ClaimIds.Contains("a1") && g.ClaimIds.Contains("b1"), "a part is no report of its total's figure");
    }

    [Test]
    public void Parts_of_different_kinds_never_meet()
    {
        var critical = Part(Claim("a1", "a", Exact(2), "people", "injured", place: "Riverton"), ClaimPart.Condition, "critical");
        var others = Part(Claim("b1", "b", Exact(5), "people", "injured", place: "Riverton"), ClaimPart.Remainder, "other");
        var stable = Part(Claim("b2", "b", Exact(4), "people", "injured", place: "Riverton"), ClaimPart.Condition, "stable");
        var result = Compare(critical, others, stable);
        result.Discrepancies.Should().BeEmpty();
    }

    // The same part in two reports is one quantity: two against four in critical condition do disagree.
    [TestCase(ClaimPart.Condition, "critical", null)]
    [TestCase(ClaimPart.Remainder, "other", null)]
    [TestCase(ClaimPart.Subset, "of", 9.0)]
    public void The_same_part_in_two_reports_is_compared(string kind, string cue, double? total)
    {
        var a = Part(Claim("a1", "a", Exact(2), "people", "injured", place: "Riverton", source: "police"), kind, cue, total);
        var b = Part(Claim("b1", "b", Exact(4), "people", "injured", place: "Riverton", source: "hospital"), kind, cue, total);
        var result = Compare(a, b);
        Opposed(result, "a1", "b1").Should().BeTrue();
        result.Discrepancies.Single(d => d.Kind == DiscrepancyKind.Figure).Explanation.Should().Contain("part of a total");
    }

    [Test]
    public void Shares_of_different_totals_are_different_quantities()
    {
        var a = Part(Claim("a1", "a", Exact(2), "people", "killed", place: "Riverton"), ClaimPart.Subset, "of", 5);
        var b = Part(Claim("b1", "b", Exact(1), "people", "killed", place: "Riverton"), ClaimPart.Subset, "of", 2);
        Compare(a, b).Discrepancies.Should().BeEmpty();
    }

    // End to end: the wordings of a part against their total, in three domains.
    [TestCase("Nine miners were hurt in the Hollow Creek collapse on Monday.", "Two miners are in critical condition after the Hollow Creek collapse on Monday.")]
    [TestCase("Six soldiers were wounded in the ambush near Kesra on Monday.", "One of the two soldiers killed near Kesra on Monday was a medic, and four others were wounded.")]
    [TestCase("Twelve passengers were injured when the Dunmore ferry hit the pier on Monday.", "A 60-year-old woman was injured when the Dunmore ferry hit the pier on Monday.")]
    public void Reports_of_a_part_and_its_total_raise_no_flag(string first, string second)
    {
        var articles = new[] { Article("a", "one.example", "2026-03-02", first), Article("b", "two.example", "2026-03-02", second) };
        var report = ClaimComparer.Compare(articles);
        report.Discrepancies.Should().NotContain(d => d.Kind == DiscrepancyKind.Figure || d.Kind == DiscrepancyKind.Internal);
    }

    // "killed three and himself" against "four dead, including the gunman": one counts the attacker, the other not.
    [Test]
    public void Tolls_with_and_without_the_attacker_never_meet()
    {
        var with = Part(Claim("a1", "a", Exact(4), "people", "killed", place: "Riverton"), ClaimPart.Perpetrator, "with");
        var besides = Part(Claim("b1", "b", Exact(3), "people", "killed", place: "Riverton"), ClaimPart.Perpetrator, "besides");
        Opposed(Compare(with, besides), "a1", "b1").Should().BeFalse();
    }

    // Two parts of one kind, each cut from a total the reports may count differently, are listed, not sure (session 7).
    [TestCase(ClaimPart.Remainder, "other")]
    [TestCase(ClaimPart.Condition, "critical")]
    [TestCase(ClaimPart.Moment, "transport")]
    [TestCase(ClaimPart.Moment, "car")]
    public void Two_parts_of_one_kind_are_listed_not_sure(string kind, string cue)
    {
        var a = Part(Claim("a1", "a", Exact(3), "people", "injured", place: "Riverton", source: "police"), kind, cue);
        var b = Part(Claim("b1", "b", Exact(4), "people", "injured", place: "Riverton", source: "hospital"), kind, cue);
        var result = Compare(a, b);
        Opposed(result, "a1", "b1").Should().BeTrue();
        result.Discrepancies.Where(d => d.Kind is DiscrepancyKind.Figure or DiscrepancyKind.Internal)
            .Should().OnlyContain(d => d.Severity <= GroupAnalysis.UnsureSeverity && d.Explanation.Contains("need not set the same people apart"));
    }

    // The same stated total makes two shares one quantity ("two of the nine" against "four of the nine"): still sure.
    [Test]
    public void Shares_of_the_same_stated_total_stay_sure()
    {
        var a = Part(Claim("a1", "a", Exact(2), "people", "injured", place: "Riverton", source: "police"), ClaimPart.Subset, "of", 9);
        var b = Part(Claim("b1", "b", Exact(4), "people", "injured", place: "Riverton", source: "hospital"), ClaimPart.Subset, "of", 9);
        Compare(a, b).Discrepancies.Should().Contain(d => d.Kind == DiscrepancyKind.Figure && d.Severity > GroupAnalysis.UnsureSeverity);
    }

    // A kind the noun's modifiers pick out is a count of that kind: it meets the same kind, sure, and never the broader count.
    [Test]
    public void A_kind_meets_the_same_kind_and_not_the_broader_count()
    {
        var broad = Claim("a1", "a", Exact(5), "students", "injured", place: "Riverton", source: "police");
        var kindA = Part(Claim("a2", "a", Exact(2), "female students", "injured", place: "Riverton", source: "police"), ClaimPart.Subset, "female student");
        var kindB = Part(Claim("b1", "b", Exact(3), "female students", "injured", place: "Riverton", source: "hospital"), ClaimPart.Subset, "female student");
        var result = Compare(broad, kindA, kindB);
        Opposed(result, "a1", "b1").Should().BeFalse();
        result.Discrepancies.Should().Contain(d => d.Kind == DiscrepancyKind.Figure && d.ClaimIds.Contains("a2") && d.ClaimIds.Contains("b1")
            && d.Severity > GroupAnalysis.UnsureSeverity && d.Explanation.Contains("one kind within a larger count"));
    }

    // End to end: a place within the site, the way the hurt reached help, a kind, against the whole count, in four domains.
    [TestCase("Seven people were shot outside the Ridgeway stadium on Monday.", "Three victims drove themselves to the hospital after the shooting outside the Ridgeway stadium on Monday.")]
    [TestCase("Four people were killed when the Harlow bridge gave way on Monday.", "One woman was found dead in the car after the Harlow bridge gave way on Monday.")]
    [TestCase("Six students were hurt in the Oakfield school bus crash on Monday.", "Two female students were hurt in the Oakfield school bus crash on Monday.")]
    [TestCase("Nine migrants were injured when the Dover camp fire spread on Monday.", "Medics rushed two migrants to the hospital after the Dover camp fire spread on Monday.")]
    public void Reports_of_an_unmarked_part_and_its_total_raise_no_flag(string first, string second)
    {
        var articles = new[] { Article("a", "one.example", "2026-03-02", first), Article("b", "two.example", "2026-03-02", second) };
        var report = ClaimComparer.Compare(articles);
        report.Discrepancies.Should().NotContain(d => (d.Kind == DiscrepancyKind.Figure || d.Kind == DiscrepancyKind.Internal) && d.Severity > GroupAnalysis.UnsureSeverity);
    }
}
