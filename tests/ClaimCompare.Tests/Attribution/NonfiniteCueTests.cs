using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Cue verbs in non-finite clauses (docs/attribution.md, "Non-finite clauses"): the understood subject of a participle,
/// gerund or to-infinitive is found elsewhere in the sentence; near misses with no speaker, or with the wrong one, stay empty.
/// </summary>
[TestFixture]
public sealed class NonfiniteCueTests
{
    // Participles and gerunds: after a comma, after a preposition, in an absolute, in a recording, after a perception passive.
    [TestCase("Stung by the audit, the mayor revised the plan, promising to hire 40 nurses.", "promising", "mayor", "Speech")]
    [TestCase("After hearing the verdict, Ms. Reyes left the court, vowing to appeal.", "vowing", "Reyes", "Speech")]
    [TestCase("Three bakeries set up stalls at the harvest fair, each touting its rye bread.", "touting", "each", "Action")]
    [TestCase("By telling the tenants that 15 flats would be repainted, the landlord calmed the meeting.", "telling", "landlord", "Speech")]
    [TestCase("Captain Ines Barro, in describing the rescue, praised the harbour crew.", "describing", "Ines Barro", "Speech")]
    [TestCase("Viewers shared a video of the referee saying the goal would stand.", "saying", "referee", "Speech")]
    [TestCase("Shares fell sharply, with analysts warning that 2,000 jobs could go.", "warning", "analysts", "Speech")]
    [TestCase("Through the tent wall, the campers could be heard shouting that the river was rising.", "shouting", "campers", "Speech")]
    [TestCase("For a week the late deliveries had the bakers wondering about their contract.", "wondering", "bakers", "Attitude")]
    [TestCase("Warning that prices would rise, the minister raised rates.", "Warning", "minister", "Speech")]
    public void A_participle_or_gerund_takes_its_understood_subject(string text, string cue, string name, string cueClass)
    {
        var found = WithCue(text, cue);
        found.Source.Name.Should().Be(name);
        found.CueClass.ToString().Should().Be(cueClass);
    }

    // To-infinitives: purpose clauses, object control, subject control (verbs and adjectives).
    [TestCase("Angry at the ban, the goalkeeper went on a podcast to accuse the league of favouritism.", "accuse", "goalkeeper")]
    [TestCase("After the dry spring, local beekeepers crowded into the library to discuss the drought.", "discuss", "local beekeepers")]
    [TestCase("The audit led the minister to warn that 12 schools would close.", "warn", "minister")]
    [TestCase("After a long inquiry, auditors pushed the treasurer, who had stayed silent until then, to concede that 7 invoices were forged.", "concede", "treasurer")]
    [TestCase("Before the ferries sail again, Captain Tova Renk needs to explain the broken crane.", "explain", "Tova Renk")]
    [TestCase("Mr. Hale was quick to point out that the figures were old.", "point out", "Hale")]
    [TestCase("Fishermen blocked the harbour while Dara Kell appeared set to reject the quota.", "reject", "Dara Kell")]
    [TestCase("When the ferry stalled in the fog, the captain's only answer was to blame the pilot.", "blame", "captain")]
    public void An_infinitive_takes_its_controller(string text, string cue, string name) =>
        WithCue(text, cue).Source.Name.Should().Be(name);

    // A participle reports speech as it happens; an infinitive names speech that was intended, needed or caused.
    [TestCase("By telling the tenants that 15 flats would be repainted, the landlord calmed the meeting.", "15", "landlord")]
    [TestCase("Shares fell sharply, with analysts warning that 2,000 jobs could go.", "2,000", "analysts")]
    [TestCase("Viewers shared a video of the referee saying 2 goals would stand.", "2", "referee")]
    public void A_spoken_participle_credits_its_figure(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [TestCase("The audit led the minister to warn that 12 schools would close.", "12")]
    [TestCase("After a long inquiry, auditors pushed the treasurer, who had stayed silent until then, to concede that 7 invoices were forged.", "7")]
    [TestCase("Before the ferries sail again, Captain Tova Renk needs to explain the 3 broken cranes.", "3")]
    public void An_infinitive_does_not_credit_its_figure(string text, string figure) =>
        At(text, figure).Should().BeNull("speech someone needs, means or is moved to make is not a statement of the figure");

    [TestCase("The man sitting next to me saying nothing looked bored.", "saying")]
    [TestCase("The governor plans to visit the plant.", "visit")]
    [TestCase("The council failed to explain the delay.", "explain")]
    [TestCase("Fans resented the captain's failure to speak out about the transfer.", "speak out")]
    [TestCase("Under the new charter, the league requires clubs to disclose their wage bills.", "disclose")]
    [TestCase("The strike made it hard for the minister to defend the reform.", "defend")]
    [TestCase("It goes without saying that the orchard needs rain.", "saying")]
    [TestCase("She thanked him for saying so.", "saying")]
    [TestCase("The committee replaced the clause with milder wording calling for restraint.", "calling for")]
    [TestCase("The new headmistress closed 2 dormitories after assuming her post.", "assuming")]
    [TestCase("The court ruling was published on Monday.", "ruling")]
    [TestCase("Writing for a local paper, Dana Pruitt praised the budget.", "Writing")]
    [TestCase("Until the cheese is cut there's no way to tell whether it is ripe.", "tell")]
    [TestCase("The board asked the auditors to show them the accounts.", "show")]
    [TestCase("Analysts expect the bank to continue lending.", "continue")]
    public void Near_misses_are_not_cues(string text, string cue) =>
        Find(text).Should().NotContain(a => a.Cue == cue);

    [Test]
    public void An_infinitive_whose_controlling_verb_is_a_cue_is_that_cue_s_content()
    {
        var found = Find("The ministry refused to confirm the toll.");
        found.Should().ContainSingle().Which.Cue.Should().Be("refused");
    }
}
