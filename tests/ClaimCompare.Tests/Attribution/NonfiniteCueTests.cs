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
    private static SourceAttribution Single(string text, string cue)
    {
        var found = Find(text).Where(a => a.Cue == cue).ToList();
        found.Should().ContainSingle($"'{cue}' is a cue in: {text}");
        return found[0];
    }

    // Participles and gerunds: after a comma, after a preposition, in an absolute, in a recording, after a perception passive.
    [TestCase("Stung by the audit, the mayor revised the plan, promising to hire 40 nurses.", "promising", "mayor", "Speech")]
    [TestCase("After hearing the verdict, Ms. Reyes left the court, vowing to appeal.", "vowing", "Reyes", "Speech")]
    [TestCase("Two rival candidates met on Tuesday, each touting a record of cutting taxes.", "touting", "each", "Action")]
    [TestCase("The senator pleased the crowd by telling them that 300 jobs would return.", "telling", "senator", "Speech")]
    [TestCase("In explaining the delay, the director blamed the weather.", "explaining", "director", "Speech")]
    [TestCase("Footage of the governor saying the plant would reopen aired on Monday.", "saying", "governor", "Speech")]
    [TestCase("Shares fell sharply, with analysts warning that 2,000 jobs could go.", "warning", "analysts", "Speech")]
    [TestCase("The neighbours could be heard shouting that the house was on fire.", "shouting", "neighbours", "Speech")]
    [TestCase("The scandal had lawmakers wondering about the chief's future.", "wondering", "lawmakers", "Attitude")]
    [TestCase("Warning that prices would rise, the minister raised rates.", "Warning", "minister", "Speech")]
    public void A_participle_or_gerund_takes_its_understood_subject(string text, string cue, string name, string cueClass)
    {
        var found = Single(text, cue);
        found.Source.Name.Should().Be(name);
        found.CueClass.ToString().Should().Be(cueClass);
    }

    // To-infinitives: purpose clauses, object control, subject control (verbs and adjectives).
    [TestCase("The mayor took to the radio to accuse the council of lying.", "accuse", "mayor")]
    [TestCase("Union leaders gathered on Friday to discuss the offer.", "discuss", "Union leaders")]
    [TestCase("The audit led the minister to warn that 12 schools would close.", "warn", "minister")]
    [TestCase("Critics forced the chief, who had resisted for weeks, to admit that 40 files were lost.", "admit", "chief")]
    [TestCase("Governor Ortiz needs to explain the budget gap.", "explain", "Ortiz")]
    [TestCase("Mr. Hale was quick to point out that the figures were old.", "point out", "Hale")]
    [TestCase("As Governor Ortiz appears set to veto the bill, lawmakers are gathering votes.", "veto", "Ortiz")]
    [TestCase("Asked about the deficit, the mayor's only answer was to blame the council.", "blame", "mayor")]
    public void An_infinitive_takes_its_controller(string text, string cue, string name) =>
        Single(text, cue).Source.Name.Should().Be(name);

    // A participle reports speech as it happens; an infinitive names speech that was intended, needed or caused.
    [TestCase("The senator pleased the crowd by telling them that 300 jobs would return.", "300", "senator")]
    [TestCase("Shares fell sharply, with analysts warning that 2,000 jobs could go.", "2,000", "analysts")]
    [TestCase("Footage of the governor saying 12 plants would reopen aired on Monday.", "12", "governor")]
    public void A_spoken_participle_credits_its_figure(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [TestCase("The audit led the minister to warn that 12 schools would close.", "12")]
    [TestCase("Critics forced the chief, who had resisted for weeks, to admit that 40 files were lost.", "40")]
    [TestCase("Governor Ortiz needs to explain the 3 missing ballots.", "3")]
    public void An_infinitive_does_not_credit_its_figure(string text, string figure) =>
        At(text, figure).Should().BeNull("speech someone needs, means or is moved to make is not a statement of the figure");

    [TestCase("The man sitting next to me saying nothing looked bored.", "saying")]
    [TestCase("The governor plans to visit the plant.", "visit")]
    [TestCase("The council failed to explain the delay.", "explain")]
    [TestCase("The mayor's failure to speak out drew criticism.", "speak out")]
    [TestCase("The law requires companies to disclose their donors.", "disclose")]
    [TestCase("The strike made it hard for the minister to defend the reform.", "defend")]
    [TestCase("It goes without saying that taxes will rise.", "saying")]
    [TestCase("She thanked him for saying so.", "saying")]
    [TestCase("The committee replaced the clause with milder wording calling for restraint.", "calling for")]
    [TestCase("After assuming office, the mayor cut 40 jobs.", "assuming")]
    [TestCase("The court ruling was published on Monday.", "ruling")]
    [TestCase("Writing for a local paper, Dana Pruitt praised the budget.", "Writing")]
    [TestCase("There's no way to tell how many voters moved.", "tell")]
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
