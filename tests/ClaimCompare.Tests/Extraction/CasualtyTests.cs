using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// What was counted and what happened to it, in the wordings journalists use for casualties and other events (issue 11,
/// item 1). Every sentence is written for these tests, across domains: shootings, storms, mines, roads, war, floods.
/// </summary>
[TestFixture]
public sealed class CasualtyTests
{
    private const string Both = PredicateLexicon.KilledAndInjured;

    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    private static IReadOnlyList<Claim> All(string text) => ExtractedClaim.All(text);

    // text, figure, expected predicate
    [TestCase("Three hikers were killed by the rockslide on Tuesday.", "Three", "killed")]
    [TestCase("The rockslide killed three hikers on Tuesday.", "three", "killed")]
    [TestCase("Rangers said 14 climbers had been injured on the ridge.", "14", "injured")]
    [TestCase("The collapse injured 14 climbers on the ridge.", "14", "injured")]
    [TestCase("Twenty-two passengers were seriously hurt when the coach overturned.", "Twenty-two", "injured")]
    [TestCase("Nine sailors have reportedly been critically wounded in the attack.", "Nine", "injured")]
    public void Passive_and_active_voice_give_the_same_predicate(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    // Resultative "leave": the object's state comes after it, and that state is what happened to it.
    [TestCase("The tornado left three people dead and 40 injured across the county.", "three", "killed")]
    [TestCase("The tornado left three people dead and 40 injured across the county.", "40", "injured")]
    [TestCase("A gas blast at the refinery left 12 workers hurt.", "12", "injured")]
    [TestCase("The spring floods left 2,000 families homeless.", "2,000", "displaced")]
    [TestCase("The pile-up on the motorway left one driver critically injured.", "one", "injured")]
    [TestCase("The avalanche left four skiers missing.", "four", "missing")]
    [TestCase("Gunfire outside the club left two men in critical condition.", "two", "injured")]
    [TestCase("The brawl left six fans with stab wounds.", "six", "injured")]
    [TestCase("The blast left 11 miners dead.", "11", "killed")]
    public void Resultative_leave_takes_its_complement(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    // "leave" meaning depart takes no such complement and stays "left".
    [TestCase("About 3,000 residents left the town before the hurricane.", "About 3,000")]
    [TestCase("The rebels left 40 positions overnight.", "40")]
    [TestCase("Nearly 500 families have left since the shelling began.", "Nearly 500")]
    public void Leave_as_depart_stays_left(string text, string surface) =>
        Only(text, surface).Predicate.Should().Be("left");

    // A person shot is a casualty, dead or alive: a count of both, unless the sentence says which.
    [TestCase("Five people were shot near the stadium late Friday.", "Five", Both)]
    [TestCase("The gunman shot four customers before fleeing.", "four", Both)]
    [TestCase("7 Teenagers Shot Outside Skating Rink", "7", Both)]
    [TestCase("Four hikers were found shot dead near the trail.", "Four", "killed")]
    [TestCase("Two guards were shot and killed during the robbery.", "Two", "killed")]
    [TestCase("Three people were shot to death inside the apartment.", "Three", "killed")]
    [TestCase("The sniper shot and wounded three soldiers.", "three", "injured")]
    [TestCase("Deputies say the suspect fatally shot two neighbors.", "two", "killed")]
    [TestCase("Two bystanders were mortally wounded in the crossfire.", "Two", "killed")]
    [TestCase("Two were pronounced dead at the hospital.", "Two", "killed")]
    [TestCase("Three patients later died, the clinic said.", "Three", "killed")]
    [TestCase("Two of the passengers succumbed to their injuries.", "Two", "killed")]
    public void Shootings_and_deaths_read_their_outcome(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    // "N were shot, M fatally": the second figure takes the adverb's outcome; the first stays a count of both.
    [TestCase("Police said 7 teenagers were shot, two of them fatally.", "7", Both)]
    [TestCase("Police said 7 teenagers were shot, two of them fatally.", "two", "killed")]
    [TestCase("Six protesters were wounded -- two mortally.", "two", "killed")]
    [TestCase("Nine miners were hurt in the blast, three critically.", "three", "injured")]
    [TestCase("Nine miners were hurt in the blast, three critically.", "Nine", "injured")]
    public void An_outcome_adverb_stands_for_the_predicate(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    // Headlines and lists: "1 dead, 4 wounded"; each count takes its own predicate.
    [TestCase("2 Dead, 5 Wounded In Warehouse Fire", "2", "killed")]
    [TestCase("2 Dead, 5 Wounded In Warehouse Fire", "5", "injured")]
    [TestCase("Flash flood: 1 killed, 3 hurt near the canyon", "3", "injured")]
    [TestCase("The blaze left one dead and two injured late on Friday.", "two", "injured")]
    [TestCase("A pupil among the four wounded told teachers about the gun.", "four", "injured")]
    [TestCase("Three dead remained unnamed by the coroner.", "Three", "killed")]
    [TestCase("The avalanche killed three skiers and left four others injured.", "four others", "injured")]
    public void Each_count_takes_its_own_predicate(string text, string surface, string predicate)
    {
        var claims = All(text);
        var claim = surface.Contains(' ', StringComparison.Ordinal)
            ? claims.Last(c => surface.StartsWith(c.Surface, StringComparison.Ordinal))
            : claims.First(c => c.Surface == surface);
        claim.Predicate.Should().Be(predicate);
    }

    [TestCase("A 44-year-old man was killed and five other people were wounded in the crash.")]
    [TestCase("A 60-year-old farmer was killed and five other villagers were wounded by the shelling.")]
    [TestCase("A young cyclist was killed and five other riders were wounded when a van hit the group.")]
    public void One_killed_and_five_others_wounded_are_two_counts(string text)
    {
        var claims = All(text);
        claims.Should().Contain(c => c.Quantity.Value == 1 && c.Predicate == "killed");
        var five = claims.Single(c => c.Surface == "five");
        five.Predicate.Should().Be("injured");
        five.Subject.Should().StartWith("other");
        claims.Should().NotContain(c => c.Quantity.Value == 44 || c.Quantity.Value == 60);
    }

    // The partitive's part shares what happened to the whole.
    [TestCase("One of the 12 killed was a nurse.", "One", "killed")]
    [TestCase("Two of the five people shot were students.", "Two", Both)]
    [TestCase("Three of them were wounded in the second blast.", "Three", "injured")]
    public void Partitives_are_parts_of_a_total(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    // Death tolls and casualty nouns.
    [TestCase("The death toll rose to 45 on Sunday.", "45")]
    [TestCase("By evening the death toll stood at 112.", "112")]
    [TestCase("Officials put the death toll at 25.", "25")]
    [TestCase("The death toll was put at about 80 by local clinics.", "about 80")]
    [TestCase("The quake caused 300 deaths in the valley.", "300")]
    [TestCase("The inquest looked into the deaths of three climbers.", "three")]
    [TestCase("The sniper was charged with shooting two guards to death.", "two")]
    [TestCase("Witnesses saw the gunman shoot three men dead.", "three")]
    public void Death_tolls_count_the_dead(string text, string surface) =>
        Only(text, surface).Predicate.Should().Be("killed");

    [TestCase("Crews reported 40 injuries after the stampede.", "40", "injured")]
    [TestCase("Two porters with leg wounds reached the clinic.", "Two", "injured")]
    [TestCase("Five fans were treated for minor injuries at the ground.", "Five", "injured")]
    [TestCase("Four miners – all from one village – were killed.", "Four", "killed")]
    [TestCase("Two wounded soldiers reached the base.", "Two", "injured")]
    [TestCase("Fire at the hostel: 3 killed, 2 in critical condition", "2", "injured")]
    [TestCase("Four crew members were killed and 2 in serious condition after the explosion.", "2", "injured")]
    public void Wounds_and_injuries_make_an_injuring(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    // A person named with an indefinite article is a count of one only where a casualty predicate happened to it.
    [TestCase("A woman was killed when the balcony collapsed.", "A woman", "killed")]
    [TestCase("A 17-year-old cyclist died at the junction.", "A 17-year-old cyclist", "killed")]
    [TestCase("The lorry struck and injured a pedestrian on the bridge.", "a pedestrian", "injured")]
    [TestCase("Police say a teenager was shot in the leg.", "a teenager", Both)]
    [TestCase("One guard was killed and another wounded.", "another", "injured")]
    [TestCase("A miner, 52, was hurt by falling rock.", "A miner", "injured")]
    public void A_person_is_a_count_of_one_where_a_casualty_is_meant(string text, string surface, string predicate)
    {
        var claim = Only(text, surface);
        claim.Quantity.Value.Should().Be(1);
        claim.Predicate.Should().Be(predicate);
    }

    [TestCase("A man shot his neighbour during the argument.")]
    [TestCase("A woman was arrested after the robbery.")]
    [TestCase("A teacher said the pupils were safe.")]
    [TestCase("Only one shot was fired.")]
    [TestCase("A man's car was hit by stray bullets.")]
    public void A_person_who_is_not_a_casualty_is_not_counted(string text) =>
        All(text).Should().NotContain(c => c.Predicate == "killed" || c.Predicate == "injured" || c.Predicate == Both);

    // Shooting in sport and frequencies are no casualty counts.
    [TestCase("The rookie guard shot 45 percent from the field.", "45 percent")]
    [TestCase("She shot 68 in the final round to take the title.", "68")]
    [TestCase("The courier was shot 3 times in the legs.", "3")]
    [TestCase("The forward has shot 12 times on goal this season.", "12")]
    public void Shooting_scores_and_frequencies_are_not_casualties(string text, string surface) =>
        Only(text, surface).Predicate.Should().BeNull();

    // An age written as a length ("29-year-old") is no claim; with framing durations reported it is a length of years,
    // never a count with a predicate (NotCountTests).

    // Non-counts: ages, addresses, calibres, gallery counters.
    [TestCase("The driver, aged 29, was injured.", 29)]
    [TestCase("The victim, 19, died at the scene.", 19)]
    [TestCase("Three climbers, ages 24, 27 and 33, were hurt.", 27)]
    [TestCase("Four guards between the ages of 30 and 45 were hurt.", 45)]
    [TestCase("Two people were shot in the 1200 block of Elm Street.", 1200)]
    [TestCase("Police recovered a 40-caliber handgun after two people were shot.", 40)]
    [TestCase("Image 4 of 12 Two people were hurt in the fire.", 12)]
    public void Ages_addresses_calibres_and_counters_are_not_counts(string text, double value) =>
        All(text).Should().NotContain(c => c.Quantity.Value == value);

    // The same machinery types events in other domains.
    [TestCase("Some 2,500 villagers fled the valley as the river rose.", "Some 2,500", "left")]
    [TestCase("Around 900 residents were evacuated before the wildfire.", "Around 900", "left")]
    [TestCase("The army regained 12 villages in the north.", "12", "liberated")]
    [TestCase("The insurgents lost 30 square kilometres of farmland.", "30 square kilometres", "lost")]
    [TestCase("About 150 fighters laid down their arms at the checkpoint.", "About 150", "surrendered")]
    [TestCase("About 150 fighters surrendered at the checkpoint.", "About 150", "surrendered")]
    public void Other_events_get_a_predicate_class(string text, string surface, string predicate) =>
        Only(text, surface).Predicate.Should().Be(predicate);
}
