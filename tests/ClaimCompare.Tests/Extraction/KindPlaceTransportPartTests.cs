using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Parts no partitive marks (issue 11, precision, session 7): a kind the counted noun's modifiers pick out, a place within
/// the site, the way the hurt reached help, and those counted besides someone set apart. Such a figure is no rival of
/// the whole count. Sentences written for these tests, in fire, road, crime, war, migration, mine, sport and factory
/// wordings; each rule has sentences it must leave alone.
/// </summary>
[TestFixture]
public sealed class KindPlaceTransportPartTests
{
    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    // A graded adjective, an adjective that splits people in two (male/female) or a name before a noun of
    // people says which of them: a subset by kind, its cue the modifier and the noun.
    [TestCase("The two younger children died in the house fire.", "two", "younger")]
    [TestCase("The three oldest passengers were hurt when the coach overturned.", "three", "oldest")]
    [TestCase("Two female students were wounded in the attack on the campus.", "Two", "female")]
    [TestCase("Four male migrants drowned when the boat capsized off the coast.", "Four", "male")]
    [TestCase("One Red Cross volunteer was killed in the shelling of the depot.", "One", "red cross")]
    [TestCase("Two MTA officers were hurt in the crash at the depot.", "Two", "mta")]
    [TestCase("Four Dallas police officers were wounded in the ambush.", "Four", "dallas police")]
    public void A_noun_narrowed_by_its_modifiers_is_a_kind(string text, string surface, string modifier)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Subset);
        part.Total.Should().BeNull();
        part.Cue.Should().StartWith(modifier + " ");
    }

    // Every modifier stays in the kind: "non-French tourists" are not "French tourists".
    [Test]
    public void Every_modifier_is_in_the_kind()
    {
        var non = Only("Forty non-French tourists were hurt when the stand collapsed.", "Forty").Part;
        var syrian = Only("Forty French tourists were hurt when the stand collapsed.", "Forty").Part;
        non.Should().NotBeNull();
        syrian.Should().NotBeNull();
        non!.Cue.Should().NotBe(syrian!.Cue);
    }

    // "the three most seriously injured": a superlative picks some out of the hurt.
    [TestCase("The three most seriously injured were flown to a trauma centre.", "three")]
    [TestCase("The two least injured workers were sent home after the blast.", "two")]
    public void A_superlative_after_the_figure_is_a_subset(string text, string surface) =>
        Only(text, surface).Part.Should().Be(new ClaimPart(ClaimPart.Subset, text.Contains("least", StringComparison.Ordinal) ? "least" : "most"));

    // Descriptions, event participles and headline capitals narrow nothing.
    [TestCase("Two young men were shot outside a nightclub on Friday.", "Two")]
    [TestCase("Three injured climbers were brought down from the ridge.", "Three")]
    [TestCase("Three Local Firefighters Hurt In Warehouse Blaze", "Three")]
    [TestCase("Four police officers were wounded in the riot.", "Four")]
    public void A_description_is_no_kind(string text, string surface) =>
        Only(text, surface).Part.Should().BeNull();

    // Inside a room or a vehicle the story has set, or on the speaker's own ground: a place within the site.
    [TestCase("One woman was found dead in the car.", "One", "car")]
    [TestCase("Two workers were hurt inside the kitchen when the boiler burst.", "Two", "kitchen")]
    [TestCase("Three passengers were killed in the bus, the rest on the road.", "Three", "bus")]
    [TestCase("Two workers were hurt at our plant on Tuesday, the company said.", "Two", "our plant")]
    [TestCase("One shopper was injured inside our store, the manager said.", "One", "our store")]
    public void A_place_within_the_site_is_a_part(string text, string surface, string cue) =>
        Only(text, surface).Part.Should().Be(new ClaimPart(ClaimPart.Moment, cue));

    // The incident's own place, introduced with "a", or "at" a room (often the whole site), is no part.
    [TestCase("Two men were shot in a bar in Dallas on Saturday.", "Two")]
    [TestCase("Three people were killed in Mukilteo early Saturday.", "Three")]
    [TestCase("Four fans were hurt at the bar after the match.", "Four")]
    [TestCase("Five people were killed in a bus crash on the highway.", "Five")]
    public void The_incidents_own_place_is_no_part(string text, string surface) =>
        Only(text, surface).Part.Should().BeNull();

    // Those who drove, ran or were carried somewhere: a part of the hurt, by the way they reached help.
    [TestCase("Three victims drove themselves to the hospital.", "Three")]
    [TestCase("Medics rushed five people to the hospital after the explosion.", "five")]
    [TestCase("One passenger was taken by ambulance to the county hospital.", "One")]
    [TestCase("Two women were shot and ran to a nearby gas station.", "Two")]
    [TestCase("Two people went to the hospital on their own after the stampede.", "Two")]
    public void The_way_the_hurt_reached_help_is_a_part(string text, string surface) =>
        Only(text, surface).Part.Should().Be(new ClaimPart(ClaimPart.Moment, "transport"));

    // Things fired or moved, and forces backed by vehicles, are no people carried to help.
    [TestCase("Hundreds of rockets were fired into the city overnight.", "Hundreds")]
    [TestCase("Over 2,000 soldiers supported by scores of armoured cars entered the valley.", "Over 2,000")]
    [TestCase("Forty trucks drove into the camp with food on Tuesday.", "Forty")]
    public void Things_moved_are_no_transport_part(string text, string surface) =>
        Only(text, surface).Part.Should().BeNull();

    // "in addition to" and "besides" count those beyond someone set apart: a remainder.
    [TestCase("Four people were shot in addition to the driver.", "Four")]
    [TestCase("Two soldiers were wounded besides the commander.", "Two")]
    [TestCase("Six miners were hurt in addition to the foreman, the company said.", "Six")]
    public void Those_counted_besides_someone_are_a_remainder(string text, string surface) =>
        Only(text, surface).Part.Should().Be(new ClaimPart(ClaimPart.Remainder, "other"));
}
