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
}
