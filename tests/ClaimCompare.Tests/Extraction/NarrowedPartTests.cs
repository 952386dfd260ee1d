using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Figures whose counted subject the sentence narrows (issue 11, precision, session 6): by how badly they were hurt, or by
/// whether the attacker is among them. Such a figure is no rival of a bare total. Sentences written for these tests, in
/// crime, road, mine, war, sport and factory wordings.
/// </summary>
[TestFixture]
public sealed class NarrowedPartTests
{
    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    [TestCase("One person sustained life-threatening injuries, police said.", "One", "critical")]
    [TestCase("Eleven passengers suffered minor injuries when the bus left the road.", "Eleven", "minor")]
    [TestCase("Nine climbers had non-life threatening injuries after the fall.", "Nine", "minor")]
    [TestCase("Two miners were brought out with serious injuries after the roof fell.", "Two", "serious")]
    [TestCase("Four soldiers suffered critical wounds in the ambush, the army said.", "Four", "critical")]
    public void A_count_of_the_hurt_by_severity_is_a_condition(string text, string surface, string cue)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Condition);
        part.Cue.Should().Be(cue);
    }

    [TestCase("Three others were in good condition at the hospital.", "Three", "stable")]
    [TestCase("Two other workers remain in critical condition, the plant said.", "Two", "critical")]
    [TestCase("3 dead, 2 in critical after fire at a downtown hotel", "2", "critical")]
    [TestCase("Five players hurt, 2 in serious after the stand collapsed", "2", "serious")]
    public void A_stated_condition_outweighs_other_or_a_missing_noun(string text, string surface, string cue)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Condition);
        part.Cue.Should().Be(cue);
    }

    [TestCase("Four were killed, including the gunman, the sheriff said.", "Four")]
    [TestCase("Three workers died in the blast, including the suspect, the company said.", "Three")]
    [TestCase("At least 12 people died in the blast, among them the bomber.", "At least 12")]
    [TestCase("Six passengers died, including the bomber himself.", "Six")]
    public void A_toll_that_names_the_attacker_in_it_says_so(string text, string surface)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Perpetrator);
        part.Cue.Should().Be("with");
    }

    [TestCase("A gunman killed five co-workers and himself at the depot on Monday.", "five")]
    [TestCase("He shot two neighbours before turning the gun on himself.", "two")]
    [TestCase("The driver killed four pedestrians and then himself, police said.", "four")]
    [TestCase("She killed her two children before taking her own life.", "two")]
    [TestCase("The attacker killed four guards and hurt 12 visitors before taking his own life.", "four")]
    [TestCase("The bomber killed nine soldiers and injured 20 civilians, then blew himself up.", "nine")]
    public void A_toll_that_sets_the_attacker_apart_counts_the_victims(string text, string surface)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Perpetrator);
        part.Cue.Should().Be("besides");
    }

    [TestCase("Two people were killed and five others were wounded in the shooting.", "five")]
    [TestCase("Seven people sustained gunshot wounds, police said.", "Seven")]
    [TestCase("Nine passengers were hurt, including two children.", "Nine")]
    [TestCase("Six people were injured when the storm tore the roof off a gym.", "Six")]
    [TestCase("Police said 14 people were wounded and the suspect fled on foot.", "14")]
    public void A_whole_count_stays_whole(string text, string surface) =>
        Only(text, surface).Part.Should().BeNull();

    [TestCase("At the scene, three cyclists were dead on the road and a fourth died in the ambulance.", "three", "scene")]
    [TestCase("On scene, four riders lay injured beside the track.", "four", "scene")]
    [TestCase("Upon arrival, officers found three students wounded in the parking lot.", "three", "arrival")]
    [TestCase("Firefighters arrived to find two residents trapped on the roof.", "two", "arrival")]
    [TestCase("When medics arrived they found six soldiers wounded near the checkpoint.", "six", "arrival")]
    public void What_responders_met_on_arrival_is_a_moment(string text, string surface, string cue)
    {
        var part = Only(text, surface).Part;
        part.Should().NotBeNull();
        part!.Kind.Should().Be(ClaimPart.Moment);
        part.Cue.Should().Be(cue);
    }

    [TestCase("Police found two men shot dead inside a car on Elm Street.", "two")]
    [TestCase("The storm left 40 homes without power, the utility found.", "40")]
    public void Found_without_an_arrival_stays_whole(string text, string surface) =>
        Only(text, surface).Part.Should().BeNull();
}
