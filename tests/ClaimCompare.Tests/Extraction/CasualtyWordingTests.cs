using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Wordings of English casualty reporting beyond the plain passive (session 6): the fronted participle ("Also injured
/// were three men"), the elliptical "and another injured outside ...", an appositive between subject and verb, being
/// taken to hospital beside a harm, "suffered wounds", "shot but survived", "hit by gunfire". Every sentence is written
/// for these tests, in several domains (crime, disasters, war, accidents, health, industry).
/// </summary>
[TestFixture]
public sealed class CasualtyWordingTests
{
    private const string Both = PredicateLexicon.KilledAndInjured;

    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    private static IReadOnlyList<Claim> All(string text) => ExtractedClaim.All(text);

    // The participle opens the clause; the counted subject follows the copula.
    [TestCase("Also injured in the riot were three officers from the station.", "three", "injured")]
    [TestCase("Also hurt in the crash were two passengers and the driver.", "two", "injured")]
    [TestCase("Killed were two children who had sheltered in a barn.", "two", "killed")]
    [TestCase("Among the dead are three firefighters, the fire service said.", "three", "killed")]
    [TestCase("Among those injured in the mine blast were 14 miners.", "14", "injured")]
    [TestCase("Wounded in the ambush were at least six soldiers.", "at least six", "injured")]
    public void A_fronted_participle_is_the_counts_predicate(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    [TestCase("Also wounded was another soldier, officials said.", "another soldier", "injured")]
    [TestCase("Killed in the landslide was a retired teacher.", "a retired teacher", "killed")]
    public void A_fronted_participle_counts_one_person(string text, string surface, string predicate)
    {
        var claim = Only(text, surface);
        claim.Quantity.Value.Should().Be(1);
        claim.Predicate.Should().Be(predicate);
    }

    // A participle that is not at the head of its clause, or not a casualty, gives nothing.
    [TestCase("The men who were killed were 3 brothers.", "3")]
    [TestCase("Those arrested were 12 protesters.", "12")]
    public void A_participle_inside_another_clause_is_not_fronted(string text, string surface) =>
        PredicateLexicon.IsCasualty(Only(text, surface).Predicate).Should().BeFalse();

    // "another" alone with its participle, then a preposition.
    [TestCase("One clerk was fatally stabbed and another injured outside the shop.", "injured")]
    [TestCase("One miner died and another injured near the shaft entrance.", "injured")]
    [TestCase("One guard died and another wounded outside the gate.", "injured")]
    [TestCase("A hiker was hurt and another killed below the summit.", "killed")]
    public void Another_with_a_participle_before_a_preposition_is_a_count_of_one(string text, string predicate)
    {
        var claim = Only(text, "another");
        claim.Quantity.Value.Should().Be(1);
        claim.Predicate.Should().Be(predicate);
    }

    // An appositive closed by a comma stands between the subject and its verb.
    [TestCase("Four patients, all elderly, died of the infection last week.", "Four", "killed")]
    [TestCase("Three fans, two of them teenagers, were hurt in the crush.", "Three", "injured")]
    [TestCase("Another victim, a 22-year-old woman, was wounded.", "Another victim", "injured")]
    [TestCase("A courier, 31, suffered minor injuries after falling from a ladder.", "A courier", "injured")]
    public void An_appositive_does_not_hide_the_verb(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    [TestCase("Police arrested 12 men, many of them minors, after the brawl.", "12", "arrested")]
    [TestCase("Her father, John Miller Jr., 60, was outside, injured and calling for help.", "60", null)]
    [TestCase("The driver, a man of 45, was taken away, hurt and shaking.", "45", null)]
    [TestCase("The fire destroyed 40 homes, officials said, and injured six residents.", "40", "destroyed")]
    public void A_comma_without_a_verb_after_it_is_no_appositive(string text, string surface, string? predicate) =>
        All(text).Where(c => c.Surface == surface).Should().OnlyContain(c => c.Predicate == predicate);

    // Taken to hospital beside a harm: the hurt.
    [TestCase("One guard is dead and a second guard was driven to a county hospital after the raid.", "a second guard")]
    [TestCase("A cyclist was killed and a pedestrian was rushed to hospital after the crash.", "a pedestrian")]
    [TestCase("Two soldiers were killed and three others were hospitalized after the blast.", "three")]
    [TestCase("Two soldiers were killed and three others were taken to a military hospital.", "three")]
    [TestCase("Three miners were hospitalised after the explosion killed two colleagues.", "Three")]
    public void Taken_to_hospital_beside_a_harm_is_injured(string text, string surface) =>
        Only(text, surface).Predicate.Should().Be("injured");

    // Without a killing set against it a hospital stay counts patients (health reporting) or a part of the hurt, never a
    // rival count of the injured.
    [TestCase("The flu season peaked in January, and 200 people were hospitalized with complications.", "200")]
    [TestCase("About 40 pupils were taken to hospital as a precaution after the school trip.", "About 40")]
    [TestCase("Of the 19 people wounded at the parade, 11 were admitted to the city hospital.", "11")]
    [TestCase("Three people were hospitalized after an early-morning shooting.", "Three")]
    public void Hospital_stays_without_a_harm_are_not_injuries(string text, string surface) =>
        Only(text, surface).Predicate.Should().BeNull();

    // Suffering wounds, surviving a shooting, being hit by gunfire.
    [TestCase("A woman suffered a gunshot wound to the leg.", "A woman", "injured")]
    [TestCase("Two others suffered non-life-threatening injuries.", "Two", "injured")]
    [TestCase("A man is in critical condition after the fall.", "A man", "injured")]
    [TestCase("A second man was also shot but survived.", "A second man", "injured")]
    [TestCase("Five people were shot but survived.", "Five", "injured")]
    [TestCase("Two other people were also shot and are expected to survive.", "Two", "injured")]
    [TestCase("Three people were struck by gunfire outside the bar.", "Three", Both)]
    [TestCase("Four villagers were hit by stray bullets.", "Four", Both)]
    [TestCase("Two soldiers were hit by shrapnel during the shelling.", "Two", Both)]
    [TestCase("The crash left a cyclist critically injured.", "a cyclist", "injured")]
    [TestCase("The earthquake left a child trapped and a nurse dead.", "a nurse", "killed")]
    public void Wounds_survival_and_gunfire_are_read(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    [TestCase("Two villages were hit by the storm.", "Two")]
    [TestCase("Two exporters were hit by the strong currency.", "Two")]
    public void Hit_by_something_other_than_gunfire_is_no_casualty(string text, string surface) =>
        PredicateLexicon.IsCasualty(Only(text, surface).Predicate).Should().BeFalse();
}
