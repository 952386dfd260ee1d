using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Session 6, source kinds (issue 13): a body said to speak ("police said") stays that body, even when a person whose title
/// names it ("Police Chief Ana Ruiz") was quoted earlier in the article.
/// </summary>
[TestFixture]
public sealed class BodySourceTests
{
    [TestCase("\"It was chaos,\" Metropolitan Police Department Interim Police Chief Ana Ruiz said.\n\nTwo people were killed in the east end, police say.", "Two people", "police")]
    [TestCase("Police Chief of Detectives Omar Lind said the scene was secured. Police investigate a lot where police said an 8-year-old boy was shot.", "an 8-year-old boy", "police")]
    [TestCase("Fire Chief Dana Moss spoke at a briefing on Monday.\n\nThree homes burned down overnight, firefighters said.", "Three homes", "firefighters")]
    [TestCase("Health Department spokesman Raul Ortiz gave an update in the morning.\n\nNine patients were admitted with flu, health officials said.", "Nine patients", "health officials")]
    [TestCase("League commissioner Tara Bloom opened the meeting.\n\nFour players were suspended, league officials said.", "Four players", "league officials")]
    public void A_body_said_to_speak_stays_the_body(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);
}
