using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// One article giving two figures for one body in the same voice is listed for a reader to check, not ranked as a sure
/// contradiction: a writer keeps one account consistent, so such pairs are mostly a part and its whole, two sets of
/// people, or an update the story tells; the same holds for a source's figure against the writer's own. A headline
/// against its body, and two sources an article sets side by side, stay sure findings.
/// </summary>
[TestFixture]
public sealed class OneVoiceTests
{
    [TestCase("people", "injured", 4, 6, "Four people were hurt when the warehouse caught fire.", "Six people were hurt when the warehouse caught fire on Tuesday.")]
    [TestCase("residents", "evacuated", 300, 450, "About 300 residents were moved out as the river rose.", "Crews moved 450 residents out overnight as the river rose.")]
    [TestCase("workers", "laid off", 120, 200, "The plant let 120 workers go this spring.", "Some 200 workers lost their jobs at the plant this spring.")]
    public void Two_figures_in_one_voice_are_listed_but_not_sure(string subject, string predicate, int first, int second, string sentence1, string sentence2)
    {
        var result = Compare(
            Claim("a", "story", Exact(first), subject, predicate, "2025-03-04", "2025-03-04", place: "Millbrook", sentence: sentence1, offset: 0),
            Claim("b", "story", Exact(second), subject, predicate, "2025-03-04", "2025-03-04", place: "Millbrook", sentence: sentence2, offset: 200));

        var finding = result.Discrepancies.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(DiscrepancyKind.Internal);
        finding.Severity.Should().BeLessThanOrEqualTo(GroupAnalysis.UnsureSeverity);
        finding.Explanation.Should().Contain("same voice");
    }

    [TestCase("people", "injured", 2, 5, "Two people were treated for burns, the fire chief said.", "Five people were hurt in the blaze at the depot.")]
    [TestCase("patients", "admitted", 40, 65, "Forty patients were admitted with symptoms, a hospital spokeswoman said.", "Some 65 patients have now been admitted across the county.")]
    [TestCase("homes", "destroyed", 12, 30, "Twelve homes were destroyed on the ridge, according to the county.", "The storm destroyed 30 homes along the coast road.")]
    public void A_source_figure_against_the_writers_own_is_listed_but_not_sure(string subject, string predicate, int first, int second, string sentence1, string sentence2)
    {
        var result = Compare(
            Claim("a", "story", Exact(first), subject, predicate, "2025-03-04", "2025-03-04", place: "Millbrook", source: "official", sentence: sentence1, offset: 0),
            Claim("b", "story", Exact(second), subject, predicate, "2025-03-04", "2025-03-04", place: "Millbrook", sentence: sentence2, offset: 200));

        var finding = result.Discrepancies.Should().ContainSingle(d => d.Kind == DiscrepancyKind.Figure || d.Kind == DiscrepancyKind.Internal).Subject;
        finding.Severity.Should().BeLessThanOrEqualTo(GroupAnalysis.UnsureSeverity);
        finding.Explanation.Should().Contain("own voice");
    }

    [Test]
    public void A_headline_against_its_body_stays_sure()
    {
        var result = Compare(
            Claim("h", "story", Exact(12), "people", "killed", "2025-03-04", "2025-03-04", place: "Millbrook", region: RegionKind.Title),
            Claim("b", "story", Exact(9), "people", "killed", "2025-03-04", "2025-03-04", place: "Millbrook", offset: 60));

        var finding = result.Discrepancies.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(DiscrepancyKind.Internal);
        finding.Severity.Should().BeGreaterThan(GroupAnalysis.UnsureSeverity);
    }

    [Test]
    public void Two_sources_one_article_sets_side_by_side_stay_sure()
    {
        var result = Compare(
            Claim("p", "story", Exact(3), "people", "killed", "2025-03-04", "2025-03-04", place: "Millbrook", source: "police", offset: 0),
            Claim("m", "story", Exact(5), "people", "killed", "2025-03-04", "2025-03-04", place: "Millbrook", source: "hospital", offset: 80));

        var finding = result.Discrepancies.Should().Contain(d => d.Kind == DiscrepancyKind.Figure).Subject;
        finding.Severity.Should().BeGreaterThan(GroupAnalysis.UnsureSeverity);
    }
}
