using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Session 3, precision and finite-verb misses (docs/attribution.md, "Precision and finite verbs"): finite cues whose subject the
/// scanner used to miss, and cue words in senses or clauses that report nothing.
/// </summary>
[TestFixture]
public sealed class PrecisionTests
{
    private static SourceAttribution Single(string text, string cue)
    {
        var found = Find(text).Where(a => a.Cue == cue).ToList();
        found.Should().ContainSingle($"'{cue}' is a cue in: {text}");
        return found[0];
    }

    // Subjects the phrase walk could not read, and words between the subject and its verb.
    [TestCase("The family said the officer fired 3 shots.", "said", "The family")]
    [TestCase("Her family has called on the city to release 2 videos.", "called on", "Her family")]
    [TestCase("Cruz has long said that 2 terms are enough.", "said", "Cruz")]
    [TestCase("Prosecutors in April charged 2 developers with fraud.", "charged", "Prosecutors")]
    [TestCase("Some Democrats, however, question the need for 2 more debates.", "question", "Some Democrats")]
    [TestCase("Those close to her say she will seek 2 more terms.", "say", "Those close to her")]
    [TestCase("The mother of three replied that 2 schools had closed.", "replied", "The mother of three")]
    [TestCase("Nearly eight of 10 tenants say rents rose by 9 percent.", "say", "Nearly eight of 10 tenants")]
    [TestCase("A number of lawmakers echo her worry about 3 bridges.", "echo", "A number of lawmakers")]
    [TestCase("But some note that 4 plants have closed.", "note", "some")]
    [TestCase("Not everyone agrees on the 3 proposals.", "agrees", "Not everyone")]
    [TestCase("Said Okafor: “We need 40 more buses.”", "Said", "Okafor")]
    [TestCase("A memo on the city's website states that 12 parks will close.", "states", "A memo on the city's website")]
    [TestCase("The mayor made it clear that 2 depots would close.", "made", "The mayor")]
    [TestCase("The mayor offered insights into 3 new contracts.", "offered", "The mayor")]
    [TestCase("Okafor called the 2 audits and the long delay of the hearings a waste.", "called", "Okafor")]
    [TestCase("A county survey released in early June found that 3 clinics had closed.", "found", "A county survey")]
    [TestCase("The network's weekly average shows the mayor ahead by 3 points.", "shows", "The network's")]
    [TestCase("All the analysts we consulted said 3 plans were weak.", "said", "All the analysts")]
    [TestCase("On May 3, Okafor made the following remark: “We need 40 buses.”", "made", "Okafor")]
    [TestCase("Analysts in Ohio and across the region say 3 seats are in play.", "say", "Analysts in Ohio and across the region")]
    [TestCase("At the very least, the mayor has yet to explain why 3 depots closed.", "explain", "the mayor")]
    [TestCase("However, the clerk could not explain why 3 files vanished.", "explain", "the clerk")]
    [TestCase("The senator has used the phrase “fiscal cliff” 3 times this week.", "used", "The senator")]
    [TestCase("The governor offered some blunt advice to the 3 candidates.", "offered", "The governor")]
    public void Finite_cues_find_their_subject(string text, string cue, string surface) =>
        Single(text, cue).Source.Surface.Should().Be(surface);

    [TestCase("Voters, many of whom say 3 debates are too many, stayed home.", "say", "Voters")]
    [TestCase("The board picked Hale, who’s called for 3 new parks, as chair.", "called", "Hale")]
    [TestCase("Okafor spoke warmly of the 12 volunteers.", "spoke warmly of", "Okafor")]
    [TestCase("The host pressed her on the 3 missing reports.", "pressed her on", "host")]
    [TestCase("Guests included Ana Ruiz, who joked of the 3 empty halls, “I came early.”", "joked", "Ana Ruiz")]
    public void Relative_and_particle_cues_name_the_antecedent(string text, string cue, string name) =>
        Single(text, cue).Source.Name.Should().Be(name);

    [Test]
    public void It_as_the_subject_of_a_finite_act_refers_back_to_a_body()
    {
        var found = Single("The paper praised the mayor. Meanwhile, it attacked the senator over 3 votes.", "attacked");
        found.Source.Surface.Should().Be("it");
        found.CueClass.Should().Be(CueClass.Attitude);
    }

    [Test]
    public void A_verb_coordinated_after_the_subjects_own_cue_shares_the_subject()
    {
        var text = "The union has called on the city to hire 3 inspectors and called on members to stay calm.";
        Find(text).Where(a => a.Cue.StartsWith("called", StringComparison.Ordinal)).Select(a => a.Source.Surface)
            .Should().Equal("The union", "The union");
    }

    [Test]
    public void Which_he_said_inside_a_statement_is_his_own_statement()
    {
        var text = "Ana Ruiz said the ruling, which she said covered 3 districts, was wrong.";
        Find(text).Should().Contain(a => a.Cue == "said" && a.Source.Surface == "she");
    }

    // Cognition verbs count only with a clause or "see X as Y"; they are attitudes, never credited.
    [TestCase("Okafor knows there are 40 empty lots in the ward.", "knows", "Okafor")]
    [TestCase("Tenants felt the landlord had ignored 12 complaints.", "felt", "Tenants")]
    [TestCase("Residents see the levy as a tax on 3 suburbs.", "see", "Residents")]
    [TestCase("The joke drew fire from some who saw it as a jab at 3 veterans.", "saw", "some")]
    [TestCase("No one expected 90 minutes of debate.", "expected", "No one")]
    [TestCase("A majority of members expect 2 new hires.", "expect", "A majority of members")]
    public void Attitudes_with_a_content_are_found_but_not_credited(string text, string cue, string surface)
    {
        var found = Single(text, cue);
        found.Source.Surface.Should().Be(surface);
        found.CueClass.Should().Be(CueClass.Attitude);
        var figure = text.Split(' ').First(w => w.Length > 0 && char.IsDigit(w[0]));
        At(text, figure).Should().BeNull();
    }

    // Senses that report nothing, labels, nouns, and clauses embedded in someone else's statement.
    [TestCase("Okafor knew him for 20 years.", "knew")]
    [TestCase("The crews saw 3 fires from the road.", "saw")]
    [TestCase("The festival is a highly anticipated event for 3 towns.", "anticipated")]
    [TestCase("They found a way to save 2 depots.", "found")]
    [TestCase("The crews find themselves short of 3 trucks.", "find")]
    [TestCase("The band showed up 2 hours late.", "showed")]
    [TestCase("The centre maintains a fund of 3 million dollars.", "maintains")]
    [TestCase("It is a list maintained by 2 clerks.", "maintained by")]
    [TestCase("Lena Ortiz reported from Lagos on the 3 strikes.", "reported")]
    [TestCase("The board learned from 2 earlier failures.", "learned")]
    [TestCase("She has assumed a new role in 2 agencies.", "assumed")]
    [TestCase("The ad concludes with footage of 3 rallies.", "concludes")]
    [TestCase("Parents opposed to the 2 closures met on Monday.", "opposed")]
    [TestCase("A judge may balk because of the witness's Privacy Act claims, lawyers say.", "claims")]
    [TestCase("On her desk sat a box labeled “2 urgent files.”", "labeled")]
    [TestCase("Not that anyone in the industry is arguing about 2 cuts.", "arguing")]
    [TestCase("It cared more for its TV show than for 3 hospitals.", "show")]
    [TestCase("People believe in what she says.", "says")]
    [TestCase("The governor blamed reporters for chasing “he said this, he tweeted that.”", "tweeted")]
    [TestCase("Hale says Ortiz promised 2 new parks.", "promised")]
    [TestCase("The clerk noted that the board announced 2 closures.", "announced")]
    [TestCase("Reaching rural voters in 3 counties shows the campaign is worried.", "shows")]
    [TestCase("The city cut 2 of the programs she has proposed, aides said.", "proposed")]
    [TestCase("It funds the reform, which the mayor championed.", "championed")]
    [TestCase("The 3 cases he cited are old.", "cited")]
    [TestCase("If the mayor's plan rejected 3 bids, the city would pay more.", "rejected")]
    [TestCase("His approval has declined slightly from 58 percent.", "declined")]
    [TestCase("It could add rules, pushing for 3 more reviews.", "pushing")]
    [TestCase("Voters may not let pundits tell them which of the 3 names to pick.", "tell")]
    [TestCase("Perhaps the moderators will demand 3 more answers.", "demand")]
    [TestCase("Investigators questioned 3 of the warehouse employees on Monday.", "questioned")]
    [TestCase("The crew went to see the 3 flooded streets.", "see")]
    [TestCase("The crews used 3 trucks and the words of the foreman.", "used")]
    [TestCase("Papers from such expected allies as the Herald to such advocates as 3 rural weeklies backed her.", "expected")]
    [TestCase("Papers from such expected allies as the Herald to such advocates as 3 rural weeklies backed her.", "advocates")]
    [TestCase("Rallies go on, with the mayor and her deputy expected to attend 3 of them.", "expected")]
    public void Cue_words_that_report_nothing_here_are_not_cues(string text, string cue) =>
        Find(text).Should().NotContain(a => a.Cue == cue);

    [TestCase("Sources who reviewed them told a local paper that 3 deals were signed.", "them")]
    [TestCase("He asked why the “Ledger” said a year earlier that 5 schools would close.", "a year earlier")]
    [TestCase("Dr. Ana Ruiz, who served on a ship and retired as a rear admiral, said 3 wards closed.", "a rear admiral")]
    public void Phrases_that_cannot_be_speakers_are_not_sources(string text, string surface) =>
        Find(text).Should().NotContain(a => a.Source.Surface == surface);

    [Test]
    public void A_fragment_opening_with_close_to_her_does_not_cost_the_rest_of_the_article() =>
        Find("Close to her say it. The mayor said 3 depots closed.").Should().Contain(a => a.Cue == "said" && a.Source.Name == "mayor");

    [Test]
    public void A_statement_embedded_in_another_keeps_the_outer_speaker_for_its_figure() =>
        At("Hale says Ortiz promised 2 new parks.", "2 new parks")!.Source.Name.Should().Be("Hale");
}
