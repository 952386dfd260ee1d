using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// An article that recalls an earlier event dates it once and goes on about it: the figures of the sentences that point
/// back to it (a name of the earlier event, "that flood", "at the time") are the earlier event's, not the article's own.
/// Written in several domains; each article has a three-sentence lead about today's event first.
/// </summary>
[TestFixture]
public sealed class BackgroundSpanTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static string? ExtentOf(string text, string surface, DateOnly? published = null)
    {
        var claims = Extractor.Extract(new Article("t", null, null, null, published ?? new DateOnly(2024, 5, 12), text));
        var match = claims.Where(c => c.Surface == surface).ToList();
        match.Should().ContainSingle("\"{0}\" should be read once; found: {1}", surface, string.Join(" | ", claims.Select(c => c.Surface)));
        return match[0].Extent;
    }

    // Crime: the attacker of the earlier shooting is named when it is dated, then again by name.
    private const string Bowling =
        "GREENFIELD — Two people were killed and five wounded in a shooting at a bowling alley on Saturday night, police said. "
        + "The gunman fled in a gray sedan. Officers searched the area until dawn. "
        + "It was not the first attack at the alley. In March 2015, a man named Dorsey opened fire in its parking lot. "
        + "Dorsey killed three people and wounded nine before he was arrested. "
        + "Police said eight shell casings were found on Saturday.";

    [TestCase("three")]
    [TestCase("nine")]
    public void A_sentence_naming_the_earlier_events_actor_carries_its_year(string surface) =>
        ExtentOf(Bowling, surface).Should().Be("/2015");

    [TestCase("Two")]
    [TestCase("five")]
    [TestCase("eight")]
    public void The_lead_and_a_sentence_back_at_todays_day_keep_no_extent(string surface) =>
        ExtentOf(Bowling, surface).Should().BeNull();

    // Disasters: "that flood" points back to the flood dated in the sentence before.
    [Test]
    public void A_demonstrative_event_noun_points_back()
    {
        const string text = "The river crested at 31 feet, forcing families along Mill Road from their homes. "
            + "Crews stacked sandbags through the night. Schools in the valley stayed closed. "
            + "The town last flooded in 1993. That flood destroyed 400 homes. "
            + "Officials said 120 homes were under water by noon.";
        ExtentOf(text, "400").Should().Be("/1993");
        ExtentOf(text, "120").Should().BeNull("the sentence does not point back to the 1993 flood");
    }

    // War: "two years ago" opens the span, "the same attack" carries it on.
    [Test]
    public void An_earlier_event_named_by_its_distance_in_years()
    {
        const string text = "Shelling hit the central market of Darvan, witnesses said. "
            + "Smoke rose over the old town. Ambulances ran all afternoon. "
            + "Two years ago, artillery struck the same square. The same attack killed 14 civilians.";
        ExtentOf(text, "14").Should().Be("/before year");
    }

    // Health: "last winter" opens, "at the time" carries on.
    [Test]
    public void At_the_time_points_back()
    {
        const string text = "Eleven residents of the Oakmont care home have fallen ill with norovirus, the county said. "
            + "Visits were suspended. Staff are wearing masks. "
            + "Last winter, the virus swept through the home. At the time, 36 residents and 10 staff fell ill.";
        ExtentOf(text, "36").Should().Be("/last winter");
        ExtentOf(text, "Eleven").Should().BeNull();
    }

    // Elections and economy: a name (candidate, company) carries the earlier year; a share keeps its own unit.
    [Test]
    public void A_name_carries_the_year_in_elections_and_economy()
    {
        const string election = "Mayor Ortiz won a second term with 18,400 votes, the county clerk said. "
            + "Turnout was low. Results were certified within hours. "
            + "In 2016, Ortiz lost to Brennan by a narrow margin. Brennan took 15,200 votes and 51% of the vote.";
        ExtentOf(election, "15,200").Should().Be("/2016");
        ExtentOf(election, "51%").Should().BeNull();
        ExtentOf(election, "18,400").Should().BeNull();

        const string economy = "The mill will cut 250 jobs by the end of the month, its owner said. "
            + "Workers were told at a meeting. The union plans to appeal. "
            + "The owner, Garvey Steel, last cut staff in 2008. Garvey let 600 workers go that spring.";
        ExtentOf(economy, "600").Should().Be("/2008");
        ExtentOf(economy, "250").Should().BeNull();
    }

    // Sports and migration: a sentence that does not point back ends the span, and so does one naming today.
    [Test]
    public void The_span_ends_at_a_sentence_that_does_not_point_back()
    {
        const string sports = "The Harbor City Gulls beat the Lakers 4-2 at home on Friday. "
            + "The crowd stayed late. Coach Reyes praised the defence. "
            + "The Gulls last won the cup in 2011, when Kowalski scored 14 goals. "
            + "Kowalski now coaches juniors. The team sold 9,000 tickets for the final.";
        ExtentOf(sports, "14").Should().Be("/2011");
        ExtentOf(sports, "9,000").Should().BeNull();

        const string migration = "About 300 migrants reached the island overnight, the coast guard said. "
            + "Most came from Libya. Volunteers handed out blankets. "
            + "Last summer, a boat carrying Sudanese families sank off Cape Verano. That shipwreck left 60 people missing. "
            + "Today 40 more arrived at the port.";
        ExtentOf(migration, "60").Should().Be("/last summer");
        ExtentOf(migration, "40").Should().BeNull("today's arrivals are the article's own");
    }

    [Test]
    public void An_earlier_date_in_the_lead_is_the_articles_own_event()
    {
        const string text = "A jury in Dane County began hearing the case against two brothers over a July 2021 ambush at a gas station. "
            + "Prosecutors said Keller and two others fired from a car. Keller wounded six people, they said.";
        ExtentOf(text, "six").Should().BeNull("a report of a trial dates its own crime in the lead");
    }

    private const string Lead = "Deputies on Sunday sought a driver who fired into a crowd outside the Lincoln Park pavilion. "
        + "Nobody was hurt, officers said. The park was closed for the night. ";

    [TestCase("In May 2011, two teenagers were shot in the park, police said.", "two", "/2011")]
    [TestCase("The pair were shot on May 3, 2011, in the same park, leaving two dead.", "two", "/2011")]
    [TestCase("Back in November 2009, a blast at the plant killed 11 workers.", "11", "/2009")]
    public void A_month_and_earlier_year_after_the_lead_dates_another_event(string text, string surface, string extent) =>
        ExtentOf(Lead + text, surface).Should().Be(extent);

    [TestCase("In March 2024, two teenagers were shot in the park, police said.", "two")]
    [TestCase("In May 2011, two teenagers were shot in the park on Sunday, police said.", "two")]
    public void A_month_of_this_year_or_a_date_beside_a_weekday_is_left_alone(string text, string surface) =>
        ExtentOf(Lead + text, surface).Should().BeNull();

    [Test]
    public void A_month_and_earlier_year_in_the_lead_is_the_articles_own_event() =>
        ExtentOf("Five men accused of killing two teenagers in July 2021 returned to court today.", "two").Should().BeNull();

    // A round-up tells several incidents one after the other: the counts of each one after the lead are another incident's.
    private const string RoundUp = "MILWAUKEE — Police were called to shootings across the north side overnight. "
        + "Officers responded to each scene. No arrests were made. "
        + "The first incident happened at 9 p.m. Friday near 34th Street. Police said two men were shot and are in stable condition. "
        + "The second incident happened at 1 a.m. Saturday near Elm Street. Police said three people were shot during a robbery.";

    [TestCase("two")]
    [TestCase("three")]
    public void Each_incident_of_a_round_up_is_another_incident(string surface) =>
        ExtentOf(RoundUp, surface).Should().Be("events/another");

    [TestCase("In a separate crash, a bus slid off Route 9 and 14 passengers were hurt.", "14")]
    [TestCase("In another attack, a drone struck a convoy, killing nine soldiers.", "nine")]
    [TestCase("In another race, Lopez won 12,300 votes.", "12,300")]
    [TestCase("In an unrelated outbreak, 23 students fell ill at a school in Dalton.", "23")]
    [TestCase("A second rescue occurred off the cape, where 41 migrants were pulled from the water.", "41")]
    public void A_sentence_that_moves_on_to_another_incident(string text, string surface) =>
        ExtentOf(Lead + text, surface).Should().Be("events/another");

    [TestCase("The first shot was fired at 2 a.m., and two people were hit.", "two")]
    [TestCase("A second victim, one of two people hurt, was taken to a hospital.", "two")]
    [TestCase("The shooting happened near a bar, where four people were hurt.", "four")]
    [TestCase("In a second briefing, the sheriff said four people were hurt.", "four")]
    [TestCase("In another statement, the ministry said 60 migrants had been rescued.", "60")]
    public void An_ordinal_that_does_not_open_another_incident(string text, string surface) =>
        ExtentOf(Lead + text, surface).Should().BeNull();

    [Test]
    public void The_other_incident_ends_at_a_sentence_naming_its_own_day()
    {
        const string text = "Floodwaters closed roads across Benton County, officials said. Crews worked through the night. "
            + "Schools stayed open. In a separate crash, a bus slid off Route 9. Its driver was among 14 people hurt. "
            + "Officials said 30 homes were flooded along the river on Tuesday.";
        ExtentOf(text, "14").Should().Be("events/another");
        ExtentOf(text, "30").Should().BeNull();
    }
}
