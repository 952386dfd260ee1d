using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// A vague word ("several", "a handful of") against a count is listed for a reader, never a sure contradiction: writers
/// use it alike for a part whose size they do not know and for an early total, so it sets no bound a count must keep.
/// </summary>
[TestFixture]
public sealed class VagueFigureTests
{
    private static readonly Quantity Several = new(3, BoundKind.Vague, "several", 3, 9, 3, 9, null, null);

    [TestCase("people", "injured", 16)]
    [TestCase("homes", "damaged", 40)]
    [TestCase("flights", "cancelled", 25)]
    public void A_vague_word_against_a_count_is_listed_but_not_sure(string subject, string predicate, int count)
    {
        var result = new QuantityComparer().Compare(
            [
                Claim("v", "early", Several, subject, predicate, "2025-06-01", "2025-06-01", place: "Harbor City", offset: 0),
                Claim("n", "later", Exact(count), subject, predicate, "2025-06-01", "2025-06-01", place: "Harbor City", offset: 0),
            ],
            [],
            []);

        var finding = result.Discrepancies.Should().ContainSingle(d => d.Kind == DiscrepancyKind.Figure).Subject;
        finding.Severity.Should().BeLessThanOrEqualTo(GroupAnalysis.UnsureSeverity);
        finding.Explanation.Should().Contain("vague word");
    }

    [Test]
    public void Two_counts_that_cannot_meet_stay_sure()
    {
        var result = new QuantityComparer().Compare(
            [
                Claim("a", "early", Exact(4), "people", "injured", "2025-06-01", "2025-06-01", place: "Harbor City", offset: 0),
                Claim("b", "later", Exact(16), "people", "injured", "2025-06-01", "2025-06-01", place: "Harbor City", offset: 0),
            ],
            [],
            []);

        result.Discrepancies.Should().ContainSingle(d => d.Kind == DiscrepancyKind.Figure).Which.Severity.Should().BeGreaterThan(GroupAnalysis.UnsureSeverity);
    }
}
