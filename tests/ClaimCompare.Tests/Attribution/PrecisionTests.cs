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
    // Subjects the phrase walk could not read, and words between the subject and its verb.
    [TestCase("The family said 3 pipes burst in the cold.", "said", "The family")]
    [TestCase("Their neighbours have called on the council to fund 2 crossings.", "called on", "Their neighbours")]
    [TestCase("Councillor Brandt has long said that 2 terms are enough.", "said", "Councillor Brandt")]
    [TestCase("Inspectors in March accused 2 bakeries of mislabeling flour.", "accused", "Inspectors")]
    [TestCase("Several economists, however, question whether 2 tax breaks help.", "question", "Several economists")]
    [TestCase("Those close to the coach say he wants 2 more strikers.", "say", "Those close to the coach")]
    [TestCase("Asked about the timetable, the grandfather of four replied that 2 ferries ran late.", "replied", "the grandfather of four")]
    [TestCase("Roughly seven of 10 nurses say their wards lack 2 beds.", "say", "Roughly seven of 10 nurses")]
    [TestCase("A handful of scientists echo the ranger's complaint about 3 trails.", "echo", "A handful of scientists")]
    [TestCase("Still, some note that the 4 ferries sit idle.", "note", "some")]
    [TestCase("Not everyone agrees on the 3 proposals.", "agrees", "Not everyone")]
    [TestCase("Said Ilse Varga: “Our 2 boats are full.”", "Said", "Ilse Varga")]
    [TestCase("A memo on the city's website states that 12 parks will close.", "states", "A memo on the city's website")]
    [TestCase("The mayor made it clear that 2 depots would close.", "made", "The mayor")]
    [TestCase("In her lecture, the curator offered insights into 3 lost paintings.", "offered", "the curator")]
    [TestCase("Okafor called the 2 audits and the long delay of the hearings a waste.", "called", "Okafor")]
    [TestCase("A trade study published last month found that 3 of the town's bakeries had shut.", "found", "A trade study")]
    [TestCase("The weather service's monthly average shows rainfall down by 3 inches.", "shows", "The weather service's")]
    [TestCase("All the doctors we reached said 3 wards were full.", "said", "All the doctors")]
    [TestCase("At the Friday briefing, the harbour master made the following statement: “Only 2 ferries will sail.”", "made", "the harbour master")]
    [TestCase("Growers in the valley and along the coast say 3 harvests were lost.", "say", "Growers in the valley and along the coast")]
    [TestCase("Two weeks on, the airline has yet to explain why 3 flights were grounded.", "explain", "the airline")]
    [TestCase("Even so, the landlord could not explain why 3 boilers were still broken.", "explain", "the landlord")]
    [TestCase("Since June the coach has used the phrase “fresh start” 3 times.", "used", "the coach")]
    [TestCase("After practice, the captain offered some frank advice to the 3 rookies.", "offered", "the captain")]
    public void Finite_cues_find_their_subject(string text, string cue, string surface) =>
        WithCue(text, cue).Source.Surface.Should().Be(surface);

    [TestCase("The harbour was blocked by fishermen, many of whom say 3 boats sank last winter.", "say", "fishermen")]
    [TestCase("Brenner, who’s called for 3 extra lifeguards, won the vote.", "called", "Brenner")]
    [TestCase("Okafor spoke warmly of the 12 volunteers.", "spoke warmly of", "Okafor")]
    [TestCase("At the hearing, the auditor pressed him on 3 unpaid invoices.", "pressed him on", "auditor")]
    [TestCase("Among the runners was Tomas Vell, who joked of the 3 steep hills, “I walked most of them.”", "joked", "Tomas Vell")]
    public void Relative_and_particle_cues_name_the_antecedent(string text, string cue, string name) =>
        WithCue(text, cue).Source.Name.Should().Be(name);

    [Test]
    public void It_as_the_subject_of_a_finite_act_refers_back_to_a_body()
    {
        var found = WithCue("The league welcomed the ruling. In the same statement, it attacked the club owners over 3 fines.", "attacked");
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
    [TestCase("Ilse Varga knows there are 12 wolves on the ridge.", "knows", "Ilse Varga")]
    [TestCase("Tenants felt the landlord had ignored 12 complaints.", "felt", "Tenants")]
    [TestCase("Residents see the levy as a tax on 3 suburbs.", "see", "Residents")]
    [TestCase("The mural angered some who saw it as an insult to 3 local saints.", "saw", "some")]
    [TestCase("Frankly, no one expected 40 days of rain.", "expected", "no one")]
    [TestCase("This year a majority of growers expect 2 lean harvests.", "expect", "a majority of growers")]
    public void Attitudes_with_a_content_are_found_but_not_credited(string text, string cue, string surface)
    {
        var found = WithCue(text, cue);
        found.Source.Surface.Should().Be(surface);
        found.CueClass.Should().Be(CueClass.Attitude);
        var figure = text.Split(' ').First(w => w.Length > 0 && char.IsDigit(w[0]));
        At(text, figure).Should().BeNull();
    }

    // Senses that report nothing, labels, nouns, and clauses embedded in someone else's statement.
    [TestCase("Okafor knew him for 20 years.", "knew")]
    [TestCase("The crews saw 3 fires from the road.", "saw")]
    [TestCase("For 3 villages, the regatta remains a highly anticipated race.", "anticipated")]
    [TestCase("The engineers eventually found a way to reopen 2 tunnels.", "found")]
    [TestCase("After the storm, 3 clinics find themselves without power.", "find")]
    [TestCase("Only 2 of the plumbers showed up on Monday.", "showed")]
    [TestCase("The centre maintains a fund of 3 million dollars.", "maintains")]
    [TestCase("The archive, maintained by 2 volunteers, holds old maps.", "maintained by")]
    [TestCase("For the radio, Piet Alder reported from Geneva about 3 avalanches.", "reported")]
    [TestCase("The climbers learned from 2 near misses last winter.", "learned")]
    [TestCase("Since March, the coach has assumed control of 2 youth teams.", "assumed")]
    [TestCase("The documentary concludes with a shot of 3 lighthouses.", "concludes")]
    [TestCase("Parents opposed to the 2 closures met on Monday.", "opposed")]
    [TestCase("Lawyers say the insurer may refuse because of the tenant's fire damage claims.", "claims")]
    [TestCase("The crate labeled “3 fragile lamps” arrived broken.", "labeled")]
    [TestCase("Not that anyone on the street is arguing over the 2 fences.", "arguing")]
    [TestCase("The club spent more on its flower show than on 3 coaches.", "show")]
    [TestCase("People believe in what she says.", "says")]
    [TestCase("The governor blamed reporters for chasing “he said this, he tweeted that.”", "tweeted")]
    [TestCase("Vell says the builder promised 2 extra lifts.", "promised")]
    [TestCase("The coach noted that the league had announced 2 rule changes.", "announced")]
    [TestCase("Hiring 3 night cooks shows the bakery expects a busy winter.", "shows")]
    [TestCase("Staff said the school dropped 2 of the courses he has proposed.", "proposed")]
    [TestCase("It funds the reform, which the mayor championed.", "championed")]
    [TestCase("The 2 studies she cited were written before the flood.", "cited")]
    [TestCase("If the mayor's plan rejected 3 bids, the city would pay more.", "rejected")]
    [TestCase("Attendance at the museum declined steadily from 9,000 a month.", "declined")]
    [TestCase("It may raise its fees next year, pushing for 3 new courts.", "pushing")]
    [TestCase("Diners won't let the waiter tell them which of the 3 wines to order.", "tell")]
    [TestCase("Maybe the judges will demand 2 more tastings.", "demand")]
    [TestCase("Investigators questioned 3 of the warehouse employees on Monday.", "questioned")]
    [TestCase("On Sunday the cousins went to see 3 old castles.", "see")]
    [TestCase("The crews used 3 trucks and the words of the foreman.", "used")]
    [TestCase("Everyone from such expected backers as the Rovers to such advocates as 3 village teams signed the petition.", "expected")]
    [TestCase("Everyone from such expected backers as the Rovers to such advocates as 3 village teams signed the petition.", "advocates")]
    [TestCase("Rallies go on, with the mayor and her deputy expected to attend 3 of them.", "expected")]
    public void Cue_words_that_report_nothing_here_are_not_cues(string text, string cue) =>
        Find(text).Should().NotContain(a => a.Cue == cue);

    [TestCase("Two engineers who inspected them told a trade journal that 3 bolts had sheared.", "them")]
    [TestCase("He asked why the “Ledger” said a year earlier that 5 schools would close.", "a year earlier")]
    [TestCase("Maren Holt, who taught for years and retired as a head teacher, said 3 schools lacked heating.", "a head teacher")]
    public void Phrases_that_cannot_be_speakers_are_not_sources(string text, string surface) =>
        Find(text).Should().NotContain(a => a.Source.Surface == surface);

    [Test]
    public void A_fragment_opening_with_close_to_her_does_not_cost_the_rest_of_the_article() =>
        Find("Close to her say it. The mayor said 3 depots closed.").Should().Contain(a => a.Cue == "said" && a.Source.Name == "mayor");

    [Test]
    public void A_statement_embedded_in_another_keeps_the_outer_speaker_for_its_figure() =>
        At("Vell says the builder promised 2 extra lifts.", "2 extra lifts")!.Source.Name.Should().Be("Vell");
}
