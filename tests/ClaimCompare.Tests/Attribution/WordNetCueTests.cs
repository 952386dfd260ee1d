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

/// <summary>Issue 13 (session 5): "he" and "she" refer back to the last person whose gender, as far as the article shows it, agrees.</summary>
[TestFixture]
public sealed class PronounAgreementTests
{
    [TestCase("Mr. Alan Reid chairs the board. Ms. Joan Pike runs the clinic, and he said 14 beds were free.", "14", "Alan Reid")]
    [TestCase("Council spokeswoman Tara Lund said the bridge was closed. Mr. Dev Anand said it was safe. She said 30 roads were shut.", "30", "Tara Lund")]
    [TestCase("Carla Mendes called the vote close. She said she would stay. Piet Smit said the talks had failed. He said he would go. She said 6 contracts were void.", "6", "Carla Mendes")]
    [TestCase("Chairman Ross Vale opened the meeting. Mrs. Ana Ruiz took notes. He said 9 members were absent.", "9", "Ross Vale")]
    public void A_pronoun_skips_a_person_of_the_other_gender(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [TestCase("Kim Osei said the lake was low. She added that 12 boats were stranded.", "12", "Kim Osei")]
    [TestCase("Lee Park runs the depot. He said 40 buses were idle.", "40", "Lee Park")]
    public void A_person_of_unknown_gender_takes_either_pronoun(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);
}

/// <summary>Issue 13 (session 5): inverted speakers with a lower-case modifier before a title, and quotations in doubled apostrophes that close a quotation inside.</summary>
[TestFixture]
public sealed class InvertedAndQuotedSpeakerTests
{
    [TestCase("\"The port will reopen in spring,\" said former Gov. Ann Hale.", "Ann Hale")]
    [TestCase("The budget is short by 2 million dollars, said retired Gen. Omar Saleh.", "Omar Saleh")]
    [TestCase("\"We need more buses,\" says interim Mayor Ruth Bly.", "Ruth Bly")]
    public void A_modifier_before_a_title_opens_an_inverted_speaker(string text, string name) =>
        WithCue(text, text.Contains(" says ", StringComparison.Ordinal) ? "says" : "said").Source.Name.Should().Be(name);

    [TestCase("''No one here is a 'hero,''' the coach said.", "coach")]
    [TestCase("''They called it a 'fluke,''' Mr. Dale said of the win.", "Dale")]
    [TestCase("''The word was 'never,''' the clerk said, and left.", "clerk")]
    public void A_doubled_apostrophe_closing_an_inner_quotation_ends_the_quotation(string text, string name) =>
        WithCue(text, "said").Source.Name.Should().Be(name);
}
