using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Issue 13 (session 5): reporting verbs the cue table lacks come from WordNet's verb classes (a first meaning that is a kind
/// of stating, informing or criticising). Sentences written for these tests.
/// </summary>
[TestFixture]
public sealed class WordNetCueTests
{
    [TestCase("The harbour master opined that the pier would not last another winter.", "opined", "harbour master")]
    [TestCase("Asked about the fares, the transport minister answered that they would stay frozen.", "answered", "transport minister")]
    [TestCase("The caretaker opined that the roof would hold through the winter.", "opined", "caretaker")]
    [TestCase("The goalkeeper retorted that her team had never lost at home.", "retorted", "goalkeeper")]
    public void A_verb_whose_first_meaning_is_a_kind_of_stating_is_a_statement_cue(string text, string cue, string name)
    {
        var attribution = WithCue(text, cue);
        attribution.Source.Name.Should().Be(name);
        attribution.CueClass.Should().Be(CueClass.Speech);
    }

    [TestCase("The governor reprimanded the sheriff for the delays at the jail.", "reprimanded", "governor")]
    [TestCase("Several editors censured the columnist after the piece ran.", "censured", "editors")]
    [TestCase("The chef belittled rival restaurants in a television interview.", "belittled", "chef")]
    public void A_verb_whose_first_meaning_is_criticising_is_an_act_not_a_statement(string text, string cue, string name)
    {
        var attribution = WithCue(text, cue);
        attribution.Source.Name.Should().Be(name);
        attribution.CueClass.Should().Be(CueClass.Action);
    }

    [TestCase("The league's chairman reprimanded 12 players for the brawl.", "12")]
    [TestCase("Three senators censured the 40 delegates who walked out.", "40")]
    public void A_criticism_never_credits_a_figure(string text, string figure) =>
        At(text, figure).Should().BeNull();

    [TestCase("The judge sentenced the driver to six months in prison.")]
    [TestCase("She introduced the new coach to the players on Monday.")]
    [TestCase("The bishop hallowed the new chapel on Sunday.")]
    [TestCase("The answers were posted on the notice board.")]
    public void Verbs_whose_first_meaning_is_not_stating_are_not_cues(string text) =>
        Find(text).Should().BeEmpty();
}
