using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// A figure whose counted noun names a narrower kind than the other's ("three bystanders", "two officers" against "six
/// people") counts a subset: the pair is listed, never sure (issue 11, precision, session 6). Same-kind pairs stay sure.
/// Sentences written for these tests: crime, riots, war.
/// </summary>
[TestFixture]
public sealed class KindOfPersonTests
{
    private static ComparisonResult Compare(params Claim[] claims) => new QuantityComparer().Compare(claims, [], []);

    [TestCase("innocent bystanders", "people", "injured", 3, 6, "The three innocent bystanders who were wounded remain in hospital.", "Six people were wounded in the shooting at Elm Park.")]
    [TestCase("police officers", "people", "injured", 2, 9, "Two police officers were injured in the riot.", "Nine people were injured in the riot.")]
    [TestCase("civilians", "people", "killed", 4, 11, "Four civilians were killed in the air strike.", "Eleven people were killed in the air strike.")]
    public void A_narrower_kind_is_listed_but_not_sure(string subject1, string subject2, string predicate, int first, int second, string sentence1, string sentence2)
    {
        var result = Compare(
            Claim("a", "one", Exact(first), subject1, predicate, "2025-03-04", "2025-03-04", place: "Millbrook", sentence: sentence1),
            Claim("b", "two", Exact(second), subject2, predicate, "2025-03-04", "2025-03-04", place: "Millbrook", sentence: sentence2));

        // Never a sure flag: either not grouped at all, or listed with the doubt written out.
        result.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Figure)
            .Should().NotContain(d => d.Severity > GroupAnalysis.UnsureSeverity || !d.Explanation.Contains("different kinds"));
    }

    [TestCase("people", "injured", 6, 9, "Six people were wounded in the shooting at Elm Park.", "Nine people were wounded in the shooting at Elm Park.")]
    [TestCase("children", "killed", 4, 9, "Four children were killed in the air strike.", "Nine children were killed in the air strike.")]
    public void The_same_kind_worded_alike_stays_sure(string subject, string predicate, int first, int second, string sentence1, string sentence2)
    {
        var result = Compare(
            Claim("a", "one", Exact(first), subject, predicate, "2025-03-04", "2025-03-04", place: "Millbrook", sentence: sentence1),
            Claim("b", "two", Exact(second), subject, predicate, "2025-03-04", "2025-03-04", place: "Millbrook", sentence: sentence2));

        result.Discrepancies.Should().Contain(d => d.Kind == DiscrepancyKind.Figure && d.Severity >= 0.4);
    }
}
