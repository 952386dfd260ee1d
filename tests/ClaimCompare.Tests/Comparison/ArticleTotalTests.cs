using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// A report states an event's total once and breaks it down further on, or tells an earlier count; a figure smaller than
/// one its own article gives for the same count is not that article's total, so against another report's total it is
/// listed, not sure. Two articles' totals stay sure rivals.
/// </summary>
[TestFixture]
public sealed class ArticleTotalTests
{
    [TestCase("people", "killed", 4, 2, 3, "Four people were killed in the nightclub shooting.", "Two people were killed in the parking lot.", "Three people were killed in the nightclub shooting.")]
    [TestCase("people", "injured", 9, 3, 6, "Nine people were hurt when the bus overturned.", "Three people were hurt on the upper deck.", "Six people were hurt when the bus overturned.")]
    [TestCase("homes", "destroyed", 140, 35, 90, "The wildfire destroyed 140 homes.", "The fire destroyed 35 homes on the ridge road.", "The wildfire destroyed 90 homes.")]
    [TestCase("workers", "laid off", 800, 200, 500, "The carmaker laid off 800 workers.", "It laid off 200 workers at the paint shop.", "The carmaker laid off 500 workers.")]
    public void A_figure_below_its_own_articles_total_is_no_sure_rival_but_the_totals_are(
        string subject, string predicate, int total, int part, int rival, string totalSentence, string partSentence, string rivalSentence)
    {
        var result = Compare(
            Claim("t", "first", Exact(total), subject, predicate, "2025-05-02", "2025-05-02", place: "Millbrook", source: "police", sentence: totalSentence, offset: 0),
            Claim("p", "first", Exact(part), subject, predicate, "2025-05-02", "2025-05-02", place: "Millbrook", source: "police", sentence: partSentence, offset: 300),
            Claim("r", "second", Exact(rival), subject, predicate, "2025-05-02", "2025-05-02", place: "Millbrook", source: "officials", sentence: rivalSentence, offset: 0));

        var sure = result.Discrepancies.Where(d => d.Kind is DiscrepancyKind.Figure or DiscrepancyKind.Internal && d.Severity > GroupAnalysis.UnsureSeverity).ToList();
        sure.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(["t", "r"]);
        var partAgainstRival = result.Discrepancies.Where(d => d.ClaimIds.Contains("p") && d.ClaimIds.Contains("r")).ToList();
        partAgainstRival.Should().NotBeEmpty();
        partAgainstRival.Should().OnlyContain(d => d.Severity <= GroupAnalysis.UnsureSeverity && d.Explanation.Contains("larger figure"));
    }

    [Test]
    public void A_lower_bound_is_under_no_total_and_stays_sure()
    {
        // "at least 2" allows any larger toll, so it is no part of the article's 4; against 1 elsewhere it is a rival.
        var result = Compare(
            Claim("t", "first", Exact(4), "people", "killed", "2025-05-02", "2025-05-02", place: "Millbrook", source: "police", offset: 0),
            Claim("b", "first", AtLeast(2), "people", "killed", "2025-05-02", "2025-05-02", place: "Millbrook", source: "police", offset: 300),
            Claim("r", "second", Exact(1), "people", "killed", "2025-05-02", "2025-05-02", place: "Millbrook", source: "officials", offset: 0));

        result.Discrepancies.Should().Contain(d => d.ClaimIds.Contains("b") && d.ClaimIds.Contains("r") && d.Severity > GroupAnalysis.UnsureSeverity);
    }
}
