using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Session 6 (issue 13): subjects the scanner refused in front of cue words it knows (docs/attribution.md, "Session 6").
/// Our own sentences, several domains each.
/// </summary>
[TestFixture]
public sealed class Session6CueTests
{
    // A count standing alone before a verb counts people: poll shares, survey answers, members of a body.
    [TestCase("Of the 60 doctors polled, 43 said the ward needed 2 more nurses.", "said", "43")]
    [TestCase("More than 4 in 10 said the economy was their top concern.", "said", "4 in 10")]
    [TestCase("Two in three said they would vote for the 3 incumbents.", "said", "Two in three")]
    [TestCase("About one in five say they have skipped 2 meals this week.", "say", "one in five")]
    [TestCase("Among migrants interviewed at the port, eight in ten said they paid smugglers $2,000.", "said", "eight in ten")]
    [TestCase("Nearly 3 out of 4 fans told the club that 2 matches a week is too many.", "told", "Nearly 3 out of 4 fans")]
    [TestCase("Of the 12 board members, 7 opposed the plan to close 3 branches.", "opposed", "7")]
    [TestCase("A mere 14 percent say they walk to work.", "say", "A mere 14 percent")]
    [TestCase("A full 79 percent of residents say the 2 bridges are unsafe.", "say", "A full 79 percent of residents")]
    public void A_count_before_the_verb_is_its_subject(string text, string cue, string surface) =>
        WithCue(text, cue).Source.Surface.Should().Be(surface);

    // A base form needs a plural subject: irregular plurals (WordNet's exception lists, the -men rule) and plural heads followed
    // by a participle or adjective and its preposition are plural.
    [TestCase("The women say 3 officers still patrol the park at night.", "say", "The women")]
    [TestCase("Fishermen say 3 boats sank in the storm.", "say", "Fishermen")]
    [TestCase("The children say 2 teachers left in March.", "say", "The children")]
    [TestCase("Traders briefed on the talks say 2 banks will merge.", "say", "Traders briefed on the talks")]
    [TestCase("Nurses angry at the cuts say 4 beds stand empty.", "say", "Nurses angry at the cuts")]
    public void Plural_subjects_take_a_base_form(string text, string cue, string surface) =>
        WithCue(text, cue).Source.Surface.Should().Be(surface);

    // "which X said" followed by an auxiliary or "be": the relative pronoun is the subject of the reported clause, so the
    // relative clause reports X's words; a "which X say" with a full verb after it stays a label ("which critics say favours").
    [TestCase("The new fares, which officials said will take effect in May, add 2 dollars a trip.", "said", "officials")]
    [TestCase("The clinic treated 40 patients for a fever which doctors say was caused by bad water.", "say", "doctors")]
    [TestCase("Police sealed the bridge, which engineers said had 3 cracked supports.", "said", "engineers")]
    [TestCase("The transfer fee, which the club says would reach 20 million euros, was never paid.", "says", "the club")]
    public void Which_X_said_before_an_auxiliary_reports_words(string text, string cue, string surface) =>
        WithCue(text, cue).Source.Surface.Should().Be(surface);

    [TestCase("The striker scored twice in a match which critics say favours the home side by 2 goals.")]
    public void Which_X_say_before_a_full_verb_stays_a_label(string text) =>
        Find(text).Should().BeEmpty();

    // "according to" a document with its author after "by": the author is the source (the figure is the author's).
    [TestCase("According to figures released by the ministry, 300 people were hurt.", "300", "ministry")]
    [TestCase("Two men were shot, according to data compiled by the county sheriff.", "Two", "county sheriff")]
    [TestCase("Turnout reached 61 percent, according to a study by the Lowy Institute.", "61", "Lowy Institute")]
    [TestCase("According to a tally by the league, 14 players have been suspended this season.", "14", "league")]
    public void According_to_a_document_by_an_author_names_the_author(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    // Words between a subject and its verb: a place adverb after a speaker noun, a discourse adverb without its commas.
    [TestCase("Officials there said 5 homes burned overnight.", "said", "Officials")]
    [TestCase("Union organisers here say 3,000 dockers signed the petition.", "say", "Union organisers")]
    [TestCase("Police there have said 3 people died in the crash.", "said", "Police")]
    [TestCase("The coach however said 2 players would miss the final.", "said", "The coach")]
    [TestCase("The ministry nevertheless reported 40 new cases on Friday.", "reported", "The ministry")]
    public void Adverbs_between_subject_and_verb_are_skipped(string text, string cue, string surface) =>
        WithCue(text, cue).Source.Surface.Should().Be(surface);

    [TestCase("Is there said to be a cure for the 3 strains?")]
    public void There_before_a_passive_is_no_speaker(string text) =>
        Find(text).Should().BeEmpty();

    // A clause word opening a sentence is capitalised by position: the person remembered for a later "he" or surname is the
    // name after it ("What Sammon saw" must not make a person "What Sammon").
    [TestCase("What Dorsey saw that night still haunts him. “Two kids were in the car,” Dorsey said.", "Two", "Dorsey")]
    [TestCase("If Lena Okafor reached the plant in time, the pumps had already failed. She said 2 of them were new.", "2", "Lena Okafor")]
    public void A_clause_word_opening_a_sentence_is_not_part_of_a_name(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    // A count before a participle and its noun is a noun phrase, and a count after a preposition is its object.
    [TestCase("Clinton leads by roughly 270 pledged delegates after the 3 primaries.")]
    [TestCase("Her five proposed bills stalled over 2 sessions.")]
    [TestCase("There were only eight reported incidents in 2 years.")]
    [TestCase("In 2017 reported thefts fell by 3 percent.")]
    [TestCase("One says nothing at all about the 3 games.")]
    public void Counts_that_are_not_subjects_are_no_source(string text) =>
        Find(text).Should().BeEmpty();
}
