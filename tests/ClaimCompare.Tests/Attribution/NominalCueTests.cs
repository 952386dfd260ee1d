using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Nominal cues (docs/attribution.md, "Nominal and passive cues"): a speech event opening the sentence, "by her own account", and a
/// light or issue verb whose speech noun stands past an indirect object or a participle modifier. Each with the near misses it must leave alone.
/// </summary>
[TestFixture]
public sealed class NominalCueTests
{
    // "In <a speech event>, <subject> ...": the subject speaks, and the rest of the sentence is what was said.
    [TestCase("In a memo sent to the kitchen staff late on Friday, Nadia Hollis was less upbeat than her chef.", "In a memo", "Nadia Hollis")]
    [TestCase("In his remarks, Captain Teo Brandt lingered on the 9 sailors lost at sea.", "In his remarks", "Captain Teo Brandt")]
    [TestCase("In an interview with a cycling magazine, Vesna Marek was frank about her injured knee.", "In an interview", "Vesna Marek")]
    [TestCase("In a short letter, the union leaders were firm about pay.", "In a short letter", "the union leaders")]
    public void A_speech_event_opening_the_sentence_makes_its_subject_the_speaker(string text, string cue, string surface)
    {
        var found = Find(text);
        found.Should().ContainSingle();
        found[0].Cue.Should().Be(cue);
        found[0].Source.Surface.Should().Be(surface);
        found[0].CueClass.Should().Be(CueClass.Speech);
    }

    [Test]
    public void A_figure_in_a_speech_event_sentence_is_credited_to_the_subject() =>
        At("In his remarks, Captain Teo Brandt lingered on the 9 sailors lost at sea.", "9")!.Source.Name.Should().Be("Teo Brandt");

    // No speaker (a word, a year, a room), a head that is not a speech event, or a verb cue that already names the speaker once.
    [TestCase("In the email, the word urgent appears 12 times.")]
    [TestCase("In the room after the vote, Okafor was calm.")]
    [TestCase("In 2015, Okafor was calm about 3 proposals.")]
    [TestCase("In a hurry, Okafor left the hall.")]
    [TestCase("In his statement the mayor named no one.")]
    public void Sentences_without_a_speech_event_speaker_have_no_such_cue(string text) =>
        Find(text).Should().NotContain(a => a.Cue.StartsWith("In ", StringComparison.Ordinal));

    [Test]
    public void A_verb_cue_after_the_speech_event_is_the_only_attribution()
    {
        var found = Find("In a statement, the ministry said 30 people were hurt.");
        found.Should().ContainSingle();
        found[0].Cue.Should().Be("said");
    }

    // "by her own account", "by the company's own estimate": at the start, at the end, or set off by commas inside the clause.
    [TestCase("By the company's own estimate, the plant lost 2 million dollars.", "the company's", "2 million")]
    [TestCase("The plant lost 2 million dollars, by the company's own estimate.", "the company's", "2 million")]
    [TestCase("The plant, by Duarte's own count, lost 2 million dollars.", "Duarte's", "2 million")]
    [TestCase("Some 900 hives have died this winter, by one estimate.", "one estimate", "900 hives")]
    [TestCase("The plant lost 2 million dollars, by most accounts.", "most accounts", "2 million")]
    [TestCase("By the city's count, 12 bridges need repair.", "the city's", "12 bridges")]
    public void Own_account_names_the_possessor(string text, string surface, string figure)
    {
        var found = Find(text);
        found.Should().ContainSingle();
        found[0].Source.Surface.Should().Be(surface);
        At(text, figure)!.Source.Surface.Should().Be(surface);
    }

    [Test]
    public void A_possessive_pronoun_resolves_like_its_personal_pronoun()
    {
        var found = Find("Lina Duarte spoke on Monday. By her own account, she has visited 31 schools.");
        found.Should().ContainSingle();
        found[0].Cue.Should().Be("own account");
        found[0].Source.Surface.Should().Be("her");
        found[0].Source.Name.Should().Be("Lina Duarte");
    }

    [TestCase("She paid by her own card for 3 tickets.")]
    [TestCase("He built the shed on his own account in 2 weeks.")]
    [TestCase("The bill was signed by its own sponsors after 2 votes.")]
    [TestCase("The bill passed by a count of 3 to 1.")]
    [TestCase("The bill passed, by some measures, with 3 votes to spare.")]
    [TestCase("They won by an estimate margin of 3.")]
    public void Measures_and_phrases_without_an_account_noun_are_no_cue(string text) =>
        Find(text).Should().BeEmpty();

    // A light or issue verb whose speech noun follows an indirect object or a participle modifier, and introduces what was said.
    [TestCase("Last spring the Alpine Courier gave Mira Sollen a ringing endorsement: she has trained 60 pilots.", "gave", "Alpine Courier", "60")]
    [TestCase("The minister offered them assurances that 40 jobs would stay.", "offered", "minister", "40")]
    [TestCase("Mira Sollen, the winemaker, made the following remark: the cellar holds 12 casks.", "made", "Mira Sollen", "12")]
    public void A_speech_noun_past_an_indirect_object_or_participle_makes_a_cue(string text, string cue, string name, string figure)
    {
        var found = Find(text);
        found.Should().ContainSingle(a => a.Cue == cue);
        found.Single(a => a.Cue == cue).Source.Name.Should().Be(name);
        At(text, figure)!.Source.Name.Should().Be(name);
    }

    [TestCase("The walkout sends the ferry owners a blunt message that 5 crews want more pay.")]
    [TestCase("The coach gave Okafor a ball for 2 games.")]
    [TestCase("The coach gave Okafor a shining trophy after 2 games.")]
    [TestCase("The firm made the following changes to 3 contracts.")]
    [TestCase("The Alpine Courier gave Mira Sollen a ringing endorsement that ran on page 2.")]
    [TestCase("The coach gave Okafor a glowing welcome: 2 games were won.")]
    public void Other_objects_make_no_cue(string text) =>
        Find(text).Should().BeEmpty();

    // A document named after its author, with a that-clause or colon: the author is the source of what it says.
    [TestCase("To make her case, Pell quoted a Valley Courier report that the orchard lost 3 hives.", "Valley Courier", "3 hives")]
    [TestCase("A Harbor Times report that 3 ships sank spread fast.", "Harbor Times", "3 ships")]
    public void A_document_named_after_its_author_credits_the_author(string text, string name, string figure)
    {
        Find(text).Should().ContainSingle(a => a.Cue == "report").Which.Source.Name.Should().Be(name);
        At(text, figure)!.Source.Name.Should().Be(name);
    }

    [TestCase("Officials read a Harbor Times report that was printed in 2 parts.")]
    [TestCase("The January report that 3 ships sank was wrong.")]
    [TestCase("Officials read the report that 3 ships sank.")]
    public void Documents_without_a_named_author_or_a_clause_of_their_own_are_no_cue(string text) =>
        Find(text).Should().NotContain(a => a.Cue == "report");

    // A speech-event adjunct between the subject and its verb is no part of the subject.
    [TestCase("The ministry in a statement said 40 people died.", "said", "ministry")]
    [TestCase("Okafor on Monday in a radio interview said 40 people died.", "said", "Okafor")]
    [TestCase("Noor Haddad in a short podcast went on to blame 3 linesmen.", "blame", "Noor Haddad")]
    [TestCase("The mayor during her speech promised 12 new parks.", "promised", "mayor")]
    [TestCase("The ministry in a statement to reporters said 40 people died.", "said", "ministry")]
    [TestCase("Okafor in a post on her blog said 3 ships sank.", "said", "Okafor")]
    public void A_speech_event_adjunct_before_the_verb_leaves_the_subject_alone(string text, string cue, string name) =>
        Find(text).Should().ContainSingle(a => a.Cue == cue).Which.Source.Name.Should().Be(name);

    [Test]
    public void A_speech_event_inside_the_subject_stays_in_it() =>
        Find("Readers of the statement said 40 people died.").Should().ContainSingle(a => a.Cue == "said").Which.Source.Name.Should().Contain("statement");

    // A participle of a cue verb before "by" and an agent is passive even after a comma or an adverb: the agent is the source.
    [TestCase("The levy, first proposed by Okafor in 2019, raised 3 million dollars.", "proposed by", "Okafor")]
    [TestCase("The figure, cited by the ministry, rose to 40.", "cited by", "ministry")]
    public void A_participle_before_its_agent_credits_the_agent(string text, string cue, string name) =>
        Find(text).Should().ContainSingle(a => a.Cue == cue).Which.Source.Name.Should().Be(name);

    [Test]
    public void The_main_clause_after_an_inserted_passive_stays_in_the_writers_voice() =>
        At("The levy, first proposed by Okafor in 2019, raised 3 million dollars.", "3 million").Should().BeNull();

    // "by Friday", "by email", "by the end of May": times and means after a past form are not agents.
    [TestCase("The mayor announced by email that 3 parks would close.", "announced", "mayor")]
    [TestCase("Okafor, the mayor, promised by the end of May 12 new buses.", "promised", "Okafor")]
    public void Times_and_means_after_by_leave_the_subject_as_source(string text, string cue, string name) =>
        Find(text).Should().ContainSingle(a => a.Cue == cue).Which.Source.Name.Should().Be(name);

    // The session-2 statement-noun rule with a lower-case possessor: a name before it or an article opening its phrase.
    [TestCase("Reporters doubted Lagos police's earlier claim that 12 arrests were made.", "Lagos police's", "12 arrests")]
    [TestCase("The port agency's claim that 40 trucks arrived was false.", "The port agency's", "40 trucks")]
    public void A_lower_case_possessor_with_a_name_or_article_makes_the_statement(string text, string surface, string figure)
    {
        Find(text).Should().ContainSingle(a => a.Cue == "claim").Which.Source.Surface.Should().Be(surface);
        At(text, figure)!.Source.Surface.Should().Be(surface);
    }

    [Test]
    public void A_bare_lower_case_possessor_is_no_source() =>
        Find("Voters doubted police's claim that 3 shots were fired.").Should().NotContain(a => a.Cue == "claim");
}

