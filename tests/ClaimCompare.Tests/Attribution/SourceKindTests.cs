using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Session 6, source kinds (issue 13): a body said to speak ("police said") stays that body, even when a person whose title
/// names it ("Police Chief Ana Ruiz") was quoted earlier in the article; page chrome ("More news:", "STORY:") is no part of a source.
/// </summary>
[TestFixture]
public sealed class SourceKindTests
{
    [TestCase("\"It was chaos,\" Metropolitan Police Department Interim Police Chief Ana Ruiz said.\n\nTwo people were killed in the east end, police say.", "Two people", "police")]
    [TestCase("Police Commander Omar Lind said the street was closed. Officers canvassed a block where, police said, a teenage cyclist was wounded.", "a teenage cyclist", "police")]
    [TestCase("Fire Chief Dana Moss spoke at a briefing on Monday.\n\nThree homes burned down overnight, firefighters said.", "Three homes", "firefighters")]
    [TestCase("Health Department spokesman Raul Ortiz gave an update in the morning.\n\nNine patients were admitted with flu, health officials said.", "Nine patients", "health officials")]
    [TestCase("League commissioner Tara Bloom opened the meeting.\n\nFour players were suspended, league officials said.", "Four players", "league officials")]
    [TestCase("Lakeport Police Chief Dana Welles said the gathering was private.\n\nThe priority is two dead students, Chief Welles said.", "two dead students", "Lakeport Police Chief Dana Welles")]
    public void A_body_said_to_speak_stays_the_body(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    // Page chrome before a subject is cut off; a subject made only of chrome is no source.
    [TestCase("EMBED >More News Videos Deputies said two men were killed.", "two men", "Deputies")]
    [TestCase("More news: Officials say 3 bridges were closed after the flood.", "3 bridges", "Officials")]
    [TestCase("Related stories: Coaches say 2 players tested positive.", "2 players", "Coaches")]
    [TestCase("Video: Health officials say 40 patients were treated.", "40 patients", "Health officials")]
    [TestCase("More residents say 3 wells ran dry.", "3 wells", "More residents")]
    [TestCase("Top officials say 2 prisoners died.", "2 prisoners", "Top officials")]
    public void Page_chrome_is_no_part_of_a_source(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [TestCase("STORY: 10 people shot at a barbershop, at least 2 dead", "at least 2")]
    [TestCase("STORY: Flood closes 3 schools in the valley", "3 schools")]
    public void A_link_label_is_no_source(string text, string figure) =>
        At(text, figure)?.Source.Name.Should().NotContainEquivalentOf("story");

    // Chrome cutting leaves real subjects alone.
    [TestCase("The court records say 17 people were wounded.", "17 people")]
    [TestCase("Nurses say 3 wards are full.", "3 wards")]
    [TestCase("The study found 3 schools had closed.", "3 schools")]
    [TestCase("The campaign reported 2 rallies were cancelled.", "2 rallies")]
    [TestCase("The monitor said 12 civilians were killed.", "12 civilians")]
    public void Subjects_without_chrome_stay_sources(string text, string figure) =>
        At(text, figure).Should().NotBeNull();
}
