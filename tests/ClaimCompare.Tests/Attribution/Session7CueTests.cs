using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Session 7 (issue 13): subjects the apposition walk refused before a known cue verb (docs/attribution.md, "Session 7").
/// Our own sentences, several domains each.
/// </summary>
[TestFixture]
public sealed class Session7CueTests
{
    // A participle clause fronted before the subject and its appositions is an adjunct, not the speaker.
    [TestCase("Alarmed by the flooding, Governor Ana Ruiz, the state's chief executive, said 3 dams were at risk.", "Ana Ruiz")]
    [TestCase("Speaking to reporters after the match, the coach, Ben Okafor, said 2 players were injured.", "Ben Okafor")]
    [TestCase("Asked about the cuts, the finance minister, Lena Berg, said 400 posts would go.", "Lena Berg")]
    [TestCase("Appearing before the court on Monday, the lead investigator, Sam Price, said 5 suspects were held.", "Sam Price")]
    [TestCase("Pressed on the outbreak, Dr. Mira Shah, the county health officer, said 12 patients had died.", "Mira Shah")]
    public void An_opening_participle_clause_is_not_the_speaker(string text, string name) =>
        WithCue(text, "said").Source.Name.Should().Be(name);

    [TestCase("Pressed on the outbreak, Dr. Mira Shah, the county health officer, said 12 patients had died.", "Dr. Mira Shah, the county health officer")]
    [TestCase("Asked about the cuts, the finance minister, Lena Berg, said 400 posts would go.", "the finance minister, Lena Berg")]
    public void The_opening_participle_clause_stays_out_of_the_source_words(string text, string surface) =>
        WithCue(text, "said").Source.Surface.Should().Be(surface);

    // A party label in parentheses holds the period of a state abbreviation; it does not end the subject's segment.
    [TestCase("Sen. Joan Hale (R-Tex.), who chairs the budget panel, said the deficit would reach $3 billion.", "Joan Hale")]
    [TestCase("Rep. Maria Lopez (D-Calif.), a member of the health committee, said 40 clinics would close.", "Maria Lopez")]
    [TestCase("Rep. Tom Weir (D-Ill.), a former police chief, said 9 officers were hurt in the riot.", "Tom Weir")]
    [TestCase("Sen. Alan Ford (R-Ga.), one of the bill's authors, said 2,000 migrants crossed last month.", "Alan Ford")]
    public void A_party_label_with_an_abbreviation_keeps_the_subject(string text, string name) =>
        WithCue(text, "said").Source.Name.Should().Be(name);

    // An inserted participle phrase between commas is skipped even when it ends in a noun phrase after a preposition.
    [TestCase("Sen. Paul Reyes, R-Ohio, appearing on television right after the speech, said 5 bills had failed.", "Paul Reyes")]
    [TestCase("The mayor, standing beside the wreck after the crash, said 4 people were taken to hospital.", "mayor")]
    [TestCase("The striker, speaking after the final, said 3 teammates had the flu.", "striker")]
    public void An_inserted_participle_phrase_is_skipped(string text, string name) =>
        WithCue(text, "said").Source.Name.Should().Be(name);

    // Nothing changes for a sentence whose opening segment is the clause of what was said.
    [TestCase("Prices rose 4 percent in March, the central bank's chief economist, Ida Lind, said.", "Ida Lind")]
    public void A_clause_before_an_apposition_stays_the_content(string text, string name) =>
        WithCue(text, "said").Source.Name.Should().Be(name);

    // A false title: a lower-case description with a role noun straight before a name, after an inverted cue that follows a quotation.
    [TestCase("\"We lost 3 games in a row,\" said team captain Lia Moss.", "Lia Moss")]
    [TestCase("\"Turnout fell by 8 points,\" said veteran pollster Dana Reyes.", "Dana Reyes")]
    [TestCase("\"The ward had 12 empty beds,\" said retired nurse Olga Petrova, who worked there for 30 years.", "Olga Petrova")]
    [TestCase("\"Two boats capsized near the pier,\" said local fisherman Tomas Berg.", "Tomas Berg")]
    [TestCase("\"We found 40 people in the truck,\" said border agent Luis Ortega.", "Luis Ortega")]
    public void A_false_title_before_a_name_after_a_quotation_is_the_speaker(string text, string name)
    {
        var found = WithCue(text, "said");
        found.Source.Name.Should().Be(name);
        found.Source.Kind.Should().Be(ClaimCompare.Model.SourceKind.Person);
    }

    // Without a role noun, or without a quotation before the cue, the phrase after "said" stays no speaker.
    [TestCase("The harbour reopened on Monday, said nothing about the 3 wrecks Dana Reyes found.")]
    public void A_lower_case_phrase_after_said_without_a_quotation_is_no_speaker(string text) =>
        Find(text).Where(a => a.Cue == "said").Should().BeEmpty();

    // A share written with a percent sign counts people like "47 percent"; "those" with a participle names the people it describes.
    [TestCase("On trade, 47% say the 3 tariffs should go.", "say", "47%")]
    [TestCase("Among nurses, 62% said 2 shifts a week were too many.", "said", "62%")]
    [TestCase("Those surveyed say 2 bridges need repair.", "say", "Those")]
    [TestCase("Half of those polled said 3 clinics were too far away.", "said", "Half of those")]
    [TestCase("Those arrested told police they paid smugglers $3,000 each.", "told", "Those")]
    [TestCase("By a wide margin, those questioned said the 2 derbies should be moved.", "said", "those")]
    public void Shares_with_a_percent_sign_and_those_with_a_participle_are_subjects(string text, string cue, string surface) =>
        WithCue(text, cue).Source.Surface.Should().Be(surface);

    // A percent sign after a preposition is the object of that preposition, not a subject.
    [TestCase("Support rose to 47% say analysts at the bank.")]
    public void A_share_after_a_preposition_is_no_subject(string text) =>
        Find(text).Where(a => a.Source.Surface == "47%").Should().BeEmpty();

    // A dependent clause opening the sentence (a subordinator first) is an adjunct before an apposition subject.
    [TestCase("While the plan is vague, Rep. Dan Cole, R-N.Y., says 3 options remain.", "says", "Dan Cole")]
    [TestCase("Although prices rose, the central bank's chief economist, Ida Lind, said wages grew 3 percent.", "said", "Ida Lind")]
    [TestCase("Because the border stayed shut, the aid agency's director, Omar Haddad, said 2,000 families waited in the cold.", "said", "Omar Haddad")]
    [TestCase("Though turnout fell by 8 points, the party's pollster, Dana Reyes, says 2 seats are safe.", "says", "Dana Reyes")]
    public void An_opening_dependent_clause_is_not_the_speaker(string text, string cue, string name) =>
        WithCue(text, cue).Source.Name.Should().Be(name);
}
