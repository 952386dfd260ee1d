using ClaimCompare.Extraction;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// The day of the week an article names for its incident (<see cref="Claim.IncidentDay"/>): read from the figure's
/// sentence, else from the lead when the sentence names no time; two undated reports of one place naming different days
/// report different incidents, and are not grouped. Sentences written for these tests (crime, fire, road, storm, health).
/// </summary>
[TestFixture]
public sealed class IncidentDayTests
{
    private static readonly ClaimEngine Engine = new();

    private static Article Undated(string id, string text, string? title = null) => new(id, null, id + ".example", title, null, text);

    [TestCase("Two men were shot Saturday night in Milltown, police said.", "Two", "saturday late")]
    [TestCase("A fire early Sunday destroyed four homes in Brenton.", "four", "sunday early")]
    [TestCase("Three people were hurt in a crash on Tuesday afternoon.", "Three", "tuesday")]
    [TestCase("Five patients fell ill after the fair on Friday morning.", "Five", "friday early")]
    public void The_sentence_names_the_day(string text, string surface, string day) =>
        Extraction.ExtractedClaim.Only(text, surface).IncidentDay.Should().Be(day);

    [Test]
    public void A_figure_whose_sentence_names_no_time_takes_the_leads_day()
    {
        var claims = Extraction.ExtractedClaim.All("Gunfire broke out late Friday outside a bar in Milltown. Four people were wounded, police said.");
        claims.Single(c => c.Surface == "Four").IncidentDay.Should().Be("friday late");
    }

    [TestCase("One man was shot Saturday and died Monday in Milltown.", "One")]
    [TestCase("Last year, 23 patients fell ill at the Dale clinic.", "23")]
    public void Two_days_or_no_day_give_none(string text, string surface) =>
        Extraction.ExtractedClaim.Only(text, surface).IncidentDay.Should().BeNull();

    [TestCase("saturday", "saturday", true)]
    [TestCase("friday late", "saturday early", true)]
    [TestCase("saturday early", "friday late", true)]
    [TestCase("friday", "saturday", false)]
    [TestCase("friday late", "saturday", false)]
    [TestCase("wednesday", "thursday early", false)]
    [TestCase("monday", "thursday", false)]
    [TestCase("saturday late", "sunday early", true)]
    [TestCase(null, "monday", true)]
    public void Days_are_compatible_when_one_night_can_join_them(string? a, string? b, bool compatible) =>
        ClaimCompare.Comparison.IncidentEvidence.DaysCompatible(a, b).Should().Be(compatible);

    [TestCase("Three people were killed and five others were wounded in Milltown shootings Wednesday afternoon.",
        "Seven people were wounded early Thursday when gunfire erupted inside a Milltown nightclub.", TestName = "Shootings of Wednesday and early Thursday in one city")]
    [TestCase("A house fire in Brenton on Monday left two residents injured.",
        "Two firefighters were injured fighting a warehouse fire in Brenton on Thursday.", TestName = "Fires of Monday and Thursday in one town")]
    public void Undated_reports_of_one_place_naming_different_days_are_not_grouped(string first, string second)
    {
        var report = Engine.Compare([Undated("a", first), Undated("b", second)]);
        Grouped(report, "a", "b").Should().BeFalse();
        report.Discrepancies.Should().BeEmpty();
    }

    [TestCase("Three people were wounded late Friday outside a bar in Milltown, police said.",
        "Four people were wounded early Saturday outside a Milltown bar, witnesses said.", TestName = "Late Friday and early Saturday are one night")]
    [TestCase("A storm in Brenton on Sunday injured 12 people.",
        "Officials in Brenton said 15 people were injured in Sunday's storm.", TestName = "The same day named twice")]
    public void Undated_reports_naming_one_day_or_one_night_are_grouped(string first, string second) =>
        Grouped(Engine.Compare([Undated("a", first), Undated("b", second)]), "a", "b").Should().BeTrue();
}
