using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// One quantity means one event, end to end: a tally over an area or period is never grouped with an incident's count,
/// nor with a tally of another extent; an article's dateline or headline places its placeless figures; figures with no
/// place evidence at all do not meet figures of an article that names a place.
/// </summary>
[TestFixture]
public sealed class IncidentGroupingTests
{
    private static readonly ClaimEngine Engine = new();

    private static Article Page(string id, string text, string? title = null, string day = "2024-03-11") =>
        new(id, null, id + ".example", title, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), text);

    [TestCase("Three people were shot in Milltown on Saturday night, police said.",
        "Across the city, 14 people were shot in Milltown over the weekend, police said.", TestName = "A weekend's city-wide count of the shot is not the count of one shooting")]
    [TestCase("Two workers were injured at the Harbor Road plant in Brenton on Monday.",
        "Statewide, 212 workers have been injured this year, inspectors in Brenton said.", TestName = "A year's statewide count of injured workers is not one accident's count")]
    [TestCase("Four patients in Dale County fell ill after eating at the fair on Sunday.",
        "Health officials in Dale County said 57 patients have fallen ill since January.", TestName = "A count since January is not one outbreak's count")]
    public void A_tally_is_never_grouped_with_an_incident_count(string incident, string tally)
    {
        var report = Engine.Compare([Page("a", incident), Page("b", tally)]);
        Grouped(report, "a", "b").Should().BeFalse();
        report.Discrepancies.Should().BeEmpty();
    }

    [TestCase("Across the city, 14 people were shot over the weekend in Milltown.",
        "Police in Milltown said 96 people have been shot across the city this year.", TestName = "A weekend tally and a year tally are different quantities")]
    [TestCase("Statewide, 212 workers in Ohmara have been injured this year.",
        "Nationwide, 212 workers have been injured this year, the Ohmara union said.", TestName = "A state tally and a national tally are different quantities")]
    [TestCase("Earlier this year, 23 patients fell ill at the Dale clinic.",
        "Last year, 23 patients fell ill at the Dale clinic.", TestName = "Two different earlier periods are different quantities")]
    public void Tallies_of_different_extents_are_not_grouped(string first, string second) =>
        Grouped(Engine.Compare([Page("a", first), Page("b", second)]), "a", "b").Should().BeFalse();

    [TestCase("Across the city, 14 people were shot over the weekend in Milltown.",
        "In Milltown, 17 people were shot over the weekend across the city, police said.", TestName = "Two reports of one weekend's city tally are one quantity")]
    [TestCase("Ohmara inspectors said 212 workers have been injured statewide this year.",
        "The Ohmara labour office said 230 workers have been injured statewide this year.", TestName = "Two reports of one year's statewide tally are one quantity")]
    public void Tallies_of_one_extent_are_compared(string first, string second)
    {
        var report = Engine.Compare([Page("a", first), Page("b", second)]);
        Grouped(report, "a", "b").Should().BeTrue();
    }

    [TestCase("BRENTON, Ore. (AP) — Two men were shot dead in a robbery at a gas station on Friday, police said.",
        "Police said three men were shot dead in the gas station robbery on Friday.", "Shooting at gas station in Brenton kills three", TestName = "A dateline and a headline tie two shooting reports")]
    [TestCase("MILLTOWN, Vt. — A fire destroyed 12 homes on Friday, fire officials said.",
        "Fire officials said 15 homes were destroyed by the fire on Friday.", "Fire in Milltown destroys 15 homes", TestName = "A dateline and a headline tie two fire reports")]
    [TestCase("Flooding in Pine Hollow forced 60 families from their homes on Friday, officials said.",
        "Officials said 85 families were forced from their homes by flooding on Friday.", "Families forced out by flooding in Pine Hollow", TestName = "A lead place and a headline tie two flood reports")]
    public void An_article_place_ties_placeless_figures_to_one_incident(string first, string second, string secondTitle)
    {
        var report = Engine.Compare([Page("a", first), Page("b", second, secondTitle)]);
        Grouped(report, "a", "b").Should().BeTrue();
    }

    [TestCase("BRENTON, Ore. (AP) — Two men were shot dead in a robbery at a gas station on Friday, police said.",
        "Police said three men were shot dead in a robbery on Friday.", TestName = "A placeless shooting report does not meet a report from a named town")]
    [TestCase("MILLTOWN, Vt. — A fire destroyed 12 homes on Friday, fire officials said.",
        "Fire officials said 15 homes were destroyed by a fire on Friday.", TestName = "A placeless fire report does not meet a report from a named town")]
    public void A_placeless_report_does_not_meet_a_placed_one(string placed, string placeless) =>
        Grouped(Engine.Compare([Page("a", placed), Page("b", placeless)]), "a", "b").Should().BeFalse();

    [TestCase("BRENTON, Ore. (AP) — Two men were shot dead in a robbery at a gas station on Friday, police said.",
        "DALEVILLE, Ore. (AP) — Three men were shot dead in a robbery at a gas station on Friday, police said.", TestName = "Two datelines of two towns keep two shootings apart")]
    [TestCase("Flooding in Pine Hollow forced 60 families from their homes on Friday, officials said.",
        "Flooding in Cedar Bend forced 85 families from their homes on Friday, officials said.", TestName = "Two lead places keep two floods apart")]
    public void Different_article_places_keep_incidents_apart(string first, string second) =>
        Grouped(Engine.Compare([Page("a", first), Page("b", second)]), "a", "b").Should().BeFalse();

    [TestCase("Kestrel Airways carried 4.2 million passengers in January, the airline said.",
        "Kestrel Airways flew about 4.2 million passengers in January.", TestName = "One airline's passengers in two placeless reports")]
    [TestCase("The Harbor Party won 14 seats in the council vote on Sunday.",
        "The Harbor Party took 11 seats in the council vote on Sunday, officials said.", TestName = "One party's seats in two placeless reports")]
    [TestCase("Linden Mills striker Ana Berg has scored 212 goals in her career.",
        "Ana Berg has now scored 212 goals in her career, the club said.", TestName = "One player's career goals in two placeless reports")]
    public void Placeless_reports_of_one_owners_figure_are_compared(string first, string second) =>
        Grouped(Engine.Compare([Page("a", first), Page("b", second)]), "a", "b").Should().BeTrue();

    [TestCase("Kestrel Airways carried 4.2 million passengers in January, the airline said.",
        "Tern Air carried 3.1 million passengers in January, the airline said.", TestName = "Two airlines' passengers stay apart")]
    [TestCase("The Harbor Party won 14 seats in the council vote on Sunday.",
        "The Meadow Party won 9 seats in the council vote on Sunday.", TestName = "Two parties' seats stay apart")]
    [TestCase("Ana Berg has scored 212 goals in her career, the club said.",
        "Lisa Holm has scored 180 goals in her career, the club said.", TestName = "Two players' goals stay apart")]
    public void Placeless_figures_of_different_owners_stay_apart(string first, string second) =>
        Grouped(Engine.Compare([Page("a", first), Page("b", second)]), "a", "b").Should().BeFalse();

    [TestCase("The vaccine was 91% effective against severe illness.", "The vaccine was 64% effective against infection.", TestName = "'The vaccine' in two placeless reports may be two vaccines")]
    [TestCase("The reservoir was 62% full on Monday.", "The reservoir was 35% full on Monday.", TestName = "'The reservoir' in two placeless reports may be two reservoirs")]
    [TestCase("The bridge was 70% complete on Friday.", "The bridge was 45% complete on Friday.", TestName = "'The bridge' in two placeless reports may be two bridges")]
    public void A_common_noun_is_no_owner_to_tie_placeless_reports(string first, string second) =>
        Grouped(Engine.Compare([Page("a", first), Page("b", second)]), "a", "b").Should().BeFalse();
}
