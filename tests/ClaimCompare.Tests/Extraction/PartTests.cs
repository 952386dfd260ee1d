using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Parts of a total (issue 11, precision): a figure that counts part of a larger count of the same event carries
/// <see cref="Claim.Part"/>, so the comparison never sets it against its total. Every sentence is written for these tests,
/// across domains: mines, roads, storms, war, hospitals, sport.
/// </summary>
[TestFixture]
public sealed class PartTests
{
    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    // "N of (the) M ...", "N of them": a share, with the total when the sentence gives it.
    [TestCase("One of the two climbers killed was a guide.", "One", 2.0)]
    [TestCase("Two of the five miners hurt were airlifted to the city.", "Two", 5.0)]
    [TestCase("Police said seven people were shot, two of them fatally.", "two", 7.0)]
    [TestCase("Three of 11 patients treated at the clinic were children.", "Three", 11.0)]
    public void A_partitive_is_a_subset_of_its_total(string text, string surface, double total)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Subset);
        part.Total.Should().Be(total);
    }

    [TestCase("One of the victims died in the ambulance.", "One")]
    [TestCase("Three of the dead were members of one family.", "Three")]
    [TestCase("Two of the injured riders were flown to a trauma centre.", "Two")]
    [TestCase("One of the Harbor Patrol divers hurt in the blast was released.", "One")]
    [TestCase("Several of the passengers were hurt when the bus braked.", "Several")]
    [TestCase("Dozens of the protesters were injured in the crush.", "Dozens")]
    public void A_share_of_an_uncounted_whole_is_a_subset_without_total(string text, string surface)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Subset);
        part.Total.Should().BeNull();
    }

    // The verb after "one of the four was ..." is the part's: the four are not the dead.
    [TestCase("One of the four passengers was pronounced dead at the hospital.", "four")]
    [TestCase("One of the three hikers was killed by the falling rock.", "three")]
    [TestCase("Two of the six sailors were injured when the mast broke.", "six")]
    public void The_whole_of_a_partitive_does_not_take_the_parts_verb(string text, string whole) =>
        Only(text, whole).Predicate.Should().BeNull();

    [TestCase("Eight people were hurt, including two who later died.", "two", 8.0)]
    [TestCase("Twelve workers fell ill, including three who were admitted overnight.", "three", 12.0)]
    [TestCase("Nine soldiers were wounded, among them two who lost limbs.", "two", 9.0)]
    public void Including_a_part_with_no_noun_of_its_own_is_a_subset(string text, string surface, double total)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Subset);
        part.Total.Should().Be(total);
    }

    // A part with a noun of its own is a share too: the five children are among the eight, not every child hurt.
    [TestCase("Eight people were hurt, including five children.", "five", 8.0)]
    [TestCase("The storm killed 30 people, including 12 farmers.", "12", 30.0)]
    [TestCase("Forty riders crashed, including six professionals.", "six", 40.0)]
    public void Including_a_part_with_its_own_noun_is_a_subset(string text, string surface, double total) =>
        Only(text, surface).Part.Should().Be(new ClaimPart(ClaimPart.Subset, "including") { Total = total });

    // Those beyond the ones already counted, when the same thing happened to them.
    [TestCase("Four fans were hurt at the gate and two other fans were hurt inside the ground.", "two")]
    [TestCase("Three people were shot outside the bar, and two others were shot in the car park.", "two")]
    [TestCase("One rider was injured; the other three were hurt by flying stones.", "three")]
    [TestCase("Two miners were injured in the shaft and the remaining five were injured at the gate.", "five")]
    [TestCase("Two hikers were found dead on Sunday and two more were found dead on Monday.", "two more")]
    public void Others_and_more_are_a_remainder(string text, string surface)
    {
        // ("the other three" and "the remaining five" are the rest of a set: cue "rest", never compared with "N others".)
        var claim = ExtractedClaim.All(text).Last(c => surface.StartsWith(c.Surface, StringComparison.Ordinal));
        claim.Part.Should().NotBeNull();
        claim.Part!.Kind.Should().Be(ClaimPart.Remainder);
    }

    // "Two died and four others were hurt": the dead are not among the hurt, so the others are all the hurt.
    [TestCase("A 44-year-old man was killed and five other people were wounded in the crash.", "five")]
    [TestCase("Two porters died and four others were injured on the pass.", "four")]
    [TestCase("More than 15 villagers died and 100 others were injured in the floods.", "100")]
    public void Others_of_another_event_are_a_whole_count(string text, string surface) =>
        Only(text, surface).Part.Should().BeNull();

    [TestCase("Nine passengers were hurt, two in critical condition.", "two", "critical")]
    [TestCase("Three fans are dead and two are in serious condition after the stampede.", "two", "serious")]
    [TestCase("Six workers were injured; four remain in stable condition.", "four", "stable")]
    [TestCase("Seven villagers were wounded, three critically.", "three", "critical")]
    [TestCase("One crewman died and two were hurt critically in the fire.", "two", "critical")]
    [TestCase("Eleven pupils fell ill and three were injured seriously when the stand gave way.", "three", "serious")]
    public void A_patients_state_is_a_condition(string text, string surface, string state)
    {
        var claim = Only(text, surface);
        claim.Part.Should().Be(new ClaimPart(ClaimPart.Condition, state));
        claim.Predicate.Should().Be("injured");
    }

    [TestCase("Three miners were pronounced dead at the scene.", "Three", "scene")]
    [TestCase("Two patients died at the hospital overnight.", "Two", "hospital")]
    [TestCase("Four soldiers later died of their wounds.", "Four", "later")]
    public void A_place_or_moment_of_death_is_a_moment(string text, string surface, string cue) =>
        Only(text, surface).Part.Should().Be(new ClaimPart(ClaimPart.Moment, cue));

    [TestCase("One ranger was grazed on the shoulder and the other on the knee.", "One")]
    [TestCase("One climber fell into the crevasse while the other went for help.", "One")]
    [TestCase("One striker scored twice and the other was sent off.", "One")]
    [TestCase("One patient was kept overnight while the others went home.", "One")]
    public void One_set_beside_the_other_is_an_individual(string text, string surface) =>
        Only(text, surface).Part!.Kind.Should().Be(ClaimPart.Individual);

    [TestCase("A 44-year-old man was killed and five other people were wounded.", "A 44-year-old man", ClaimPart.Individual)]
    [TestCase("A cyclist was hurt when the van turned.", "A cyclist", ClaimPart.Individual)]
    [TestCase("One guard was killed and another wounded.", "another", ClaimPart.Remainder)]
    public void A_person_counted_by_an_article_is_picked_out(string text, string surface, string kind) =>
        Only(text, surface).Part!.Kind.Should().Be(kind);

    // Whole counts stay whole.
    [TestCase("Five people were shot near the stadium late Friday.", "Five")]
    [TestCase("The attack killed 127 and injured 254 civilians.", "254")]
    [TestCase("Thousands of residents fled the valley.", "Thousands")]
    [TestCase("One person was killed and another was injured in the crash.", "One")]
    [TestCase("The quake destroyed 300 homes in the province.", "300")]
    [TestCase("The firm cut 1,200 jobs, more than analysts expected.", "1,200")]
    public void Whole_counts_have_no_part(string text, string surface) =>
        Only(text, surface).Part.Should().BeNull();

    // "Three are dead and four are in critical condition": the four are the hurt, not the dead.
    [TestCase("Three are dead and four are in critical condition after the blaze.", "killed", "injured")]
    [TestCase("Three miners were killed and two were in serious condition.", "killed", "injured")]
    [TestCase("One robber is dead and two others are under arrest.", "killed", null)]
    public void A_later_item_with_its_own_verb_keeps_it(string text, string first, string? second)
    {
        var claims = ExtractedClaim.All(text).Where(c => c.Part is null || c.Part.Kind != ClaimPart.Individual).ToList();
        claims[0].Predicate.Should().Be(first);
        claims[1].Predicate.Should().Be(second);
    }

    // "Fourteen others" (beyond someone set apart) and "the remaining four" (the rest of a set) are different parts.
    [TestCase("One rider was injured; the other three were hurt by flying stones.", "three", "rest")]
    [TestCase("Two miners were injured in the shaft and the remaining five were injured at the gate.", "five", "rest")]
    [TestCase("Four fans were hurt at the gate and two other fans were hurt inside the ground.", "two", "other")]
    public void The_rest_of_a_set_is_not_the_others(string text, string surface, string cue) =>
        ExtractedClaim.All(text).Last(c => c.Surface == surface).Part!.Cue.Should().Be(cue);
}
