using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Tallies and earlier events written as news writes them (issue 11, precision, session 6): a clause summed over several
/// events or an area marks every figure of the clause; a list entry opening on an earlier date and "last summer" are
/// another event than the article's. Sentences written for these tests, in several domains.
/// </summary>
[TestFixture]
public sealed class TallyClauseTests
{
    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    [TestCase("Two people were killed and five others were wounded in four separate shootings on Sunday.", "Two")]
    [TestCase("Two people were killed and five others were wounded in four separate shootings on Sunday.", "five")]
    [TestCase("Three drivers died and 14 were hurt in separate crashes on the interstate overnight.", "14")]
    [TestCase("Firefighters rescued 11 residents in two unrelated blazes on Tuesday.", "11")]
    [TestCase("Six soldiers were wounded in separate attacks in the north, the army said.", "Six")]
    [TestCase("Eight teenagers were hurt in three separate stabbing incidents over the holiday.", "Eight")]
    public void A_clause_summed_over_separate_events_is_a_tally(string text, string surface) =>
        Only(text, surface).Extent.Should().StartWith("events");

    [TestCase("Four riders died and at least 30 others were hurt in crashes across the state since Friday, including nine on one road.", "at least 30", "state/")]
    [TestCase("Four riders died and at least 30 others were hurt in crashes across the state since Friday, including nine on one road.", "Four", "state/")]
    [TestCase("Nine homes burned and 40 families were evacuated across the county, officials said.", "Nine", "county/")]
    public void An_area_or_a_running_period_covers_every_figure_of_its_clause(string text, string surface, string extent) =>
        Only(text, surface).Extent.Should().Be(extent);

    [TestCase("Three people were shot Sunday in Elm Park, part of a violent weekend across the city.", "Three")]
    [TestCase("Two workers were hurt at the plant; inspectors have logged 90 injuries across the state since Monday.", "Two")]
    [TestCase("The driver was separated from four passengers, who were hurt in the crash.", "four")]
    public void A_figure_outside_the_cue_clause_keeps_no_extent(string text, string surface) =>
        Only(text, surface).Extent.Should().BeNull();

    [TestCase("November 2009: Four killed at a family gathering in Palm Beach County.", "Four", "/2009")]
    [TestCase("May 1998: Six workers died, two injured in a mill fire.", "two", "/1998")]
    [TestCase("2011 - A levee break flooded 300 homes along the river.", "300", "/2011")]
    [TestCase("Last summer, one swimmer drowned and nine people were rescued off the same beach.", "nine", "/last summer")]
    [TestCase("Last winter, 40 flights were cancelled when ice closed the runway.", "40", "/last winter")]
    public void A_sentence_opening_on_an_earlier_date_is_another_event(string text, string surface, string extent) =>
        Only(text, surface).Extent.Should().Be(extent);

    [TestCase("Four people were killed Tuesday in a crash on Route 9 that closed the road since Monday's storm.", "Four")]
    [TestCase("This summer, 12 swimmers were rescued off the pier.", "12")]
    public void The_articles_own_event_keeps_no_extent(string text, string surface) =>
        Only(text, surface).Extent.Should().BeNull();
}
