using ClaimCompare.Extraction;
using ClaimCompare.FluentAssertions;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.FluentAssertions.Tests;

/// <summary>
/// The assertions pass on what a report holds and fail, with a message listing what is there, on what it does not.
/// The articles are written for these tests: two outlets on one stadium crush, police and hospital disagreeing.
/// </summary>
[TestFixture]
public sealed class ReportAssertionTests
{
    private static readonly Article Daily = new(
        "daily-1", null, "The Riverside Daily", "Crush at the stadium", new DateOnly(2025, 5, 4),
        "At least 40 people were injured in a crush at the city stadium on Saturday, police said. "
        + "Police said the gates had been opened too late.");

    private static readonly Article Courier = new(
        "courier-1", null, "Valley Courier", "Stadium crush", new DateOnly(2025, 5, 4),
        "Twelve people were injured in a crush at the city stadium on Saturday, the city hospital said. "
        + "The hospital said most of them went home the same night.");

    private static readonly Lazy<ComparisonReport> Report = new(() => ClaimComparer.Compare([Daily, Courier]));

    [Test]
    public void A_figure_conflict_between_two_named_sources_passes()
    {
        var conflict = Report.Value.Should().FlagFigureConflict().Between("police", "hospital").Which;
        Report.Value.ClaimsOf(conflict).Select(c => c.Quantity.Value).Should().BeEquivalentTo([40.0, 12.0], "the conflict sets the police's 40 against the hospital's 12");
        Report.Value.Should().FlagFigureConflict().About("people").Between("hospital", "police");
    }

    [Test]
    public void A_conflict_with_a_source_not_involved_fails_and_lists_the_conflicts()
    {
        var act = () => Report.Value.Should().FlagFigureConflict().Between("police", "fire brigade");
        act.Should().Throw<AssertionException>()
            .WithMessage("Expected report to flag a figure conflict between \"police\" and \"fire brigade\", but the ones it flags are:*d1 figure*police*hospital*");
    }

    [Test]
    public void No_conflict_between_sources_passes_and_fails_when_there_is_one()
    {
        Report.Value.Should().NotFlagFigureConflictBetween("police", "fire brigade");
        var act = () => Report.Value.Should().NotFlagFigureConflictBetween("police", "hospital");
        act.Should().Throw<AssertionException>().WithMessage("Expected report to flag no figure conflict between \"police\" and \"hospital\", but it flags:*d1 figure*At least 40*(police, The Riverside Daily, 2025-05-04)*Twelve*(city hospital, Valley Courier, 2025-05-04)*");
    }

    [Test]
    public void A_report_with_no_conflict_fails_with_every_discrepancy_listed()
    {
        var calm = ClaimComparer.Compare([Daily]);
        var act = () => calm.Should().FlagFigureConflict("the two outlets disagree");
        act.Should().Throw<AssertionException>()
            .WithMessage("Expected report to flag a figure conflict because the two outlets disagree, but it holds 0 discrepancies:*(none)*");
    }

    [Test]
    public void Claims_are_found_by_value_bound_and_source()
    {
        var report = Report.Value;
        report.Claims.Should().ContainClaim(value: 40, bound: BoundKind.Lower, source: "police")
            .Which.ArticleId.Should().Be("daily-1");
        report.Should().ContainClaim(value: 12, bound: BoundKind.Exact, source: "hospital", subject: "people", predicate: "injured");
        report.Claims.Should().NotContainClaim(value: 40, source: "hospital");
    }

    [Test]
    public void A_missing_claim_fails_with_the_expectation_and_the_claims_there()
    {
        var act = () => Report.Value.Claims.Should().ContainClaim(value: 41, bound: BoundKind.Lower, source: "police");
        act.Should().Throw<AssertionException>()
            .WithMessage("Expected *claims* to contain a claim with value 41, bound Lower, source \"police\", but found 2:*\"At least 40\" people injured (police, daily-1)*\"Twelve\" people injured (city hospital, courier-1)*");

        var viaReport = () => Report.Value.Should().ContainClaim(value: 41, because: "the police count was {0}", becauseArgs: [41]);
        viaReport.Should().Throw<AssertionException>().WithMessage("*because the police count was 41*The Riverside Daily, 2025-05-04*");
    }

    [Test]
    public void Names_match_whole_words_in_any_case()
    {
        Report.Value.Claims.Should().ContainClaim(source: "City Hospital");
        Report.Value.Claims.Should().NotContainClaim(source: "pol", because: "part of a word is not a name");
    }

    [Test]
    public void Braces_in_names_do_not_break_the_message()
    {
        var act = () => Report.Value.Claims.Should().ContainClaim(source: "{0} {reason2}");
        act.Should().Throw<AssertionException>().WithMessage("*source \"{0} {reason2}\"*");
    }

    [Test]
    public void Extracted_claims_can_be_checked_before_any_comparison()
    {
        var claims = new ClaimExtractor().Extract(Daily);
        claims.Should().ContainClaim(value: 40, bound: BoundKind.Lower, subject: "people");
    }

    [Test]
    public void Failures_inside_an_assertion_scope_are_collected()
    {
        var act = () =>
        {
            using var scope = new global::FluentAssertions.Execution.AssertionScope();
            Report.Value.Should().ContainClaim(value: 1);
            Report.Value.Should().ContainClaim(value: 2);
        };
        act.Should().Throw<AssertionException>().WithMessage("*value 1*value 2*");
    }
}
