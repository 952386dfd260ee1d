using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// Session 7, gvc sources (issue 13): a figure in the writer's own clause of a sentence that also holds a cue keeps no source;
/// the cue's clause still credits its own figures. Sentences are our own, in several domains.
/// </summary>
[TestFixture]
public sealed class WritersClauseTests
{
    // "described by X as Y": the agent's words are the description Y, not the clause its subject stands in.
    [TestCase("Five people were wounded in what was described by police as a horrific attack.", "Five people")]
    [TestCase("Twelve homes were flooded in a storm described by forecasters as the worst of the decade.", "Twelve homes")]
    [TestCase("The party lost 14 seats in a result described by analysts as a rout.", "14 seats")]
    [TestCase("Three patients died in an outbreak described by health officials as isolated.", "Three patients")]
    public void A_described_as_phrase_covers_only_the_description(string text, string figure) =>
        At(text, figure).Should().BeNull();

    [TestCase("The season was described by the league as its best in 30 years.", "30 years", "league")]
    [TestCase("The storm was described by officials as a threat to 2,000 homes.", "2,000 homes", "officials")]
    public void A_figure_in_the_description_is_the_agents(string text, string figure, string source) =>
        At(text, figure)!.Source.Name.Should().Be(source);

    // "as" opening a clause is a conjunction, and the passive keeps its subject as content.
    [TestCase("A figure of 300 was cited by officials as the talks opened.", "300", "officials")]
    public void As_opening_a_clause_keeps_the_passive_content(string text, string figure, string source) =>
        At(text, figure)!.Source.Name.Should().Be(source);

    // A clause coordinated after a noun-phrase object is the writer's: the object cannot take a clause as a second conjunct.
    [TestCase("Officers' body cameras recorded the shooting, and a boy was killed.", "a boy")]
    [TestCase("Officials confirmed the closure of the plant, and 300 workers lost their jobs.", "300 workers")]
    [TestCase("The ministry reported 40 deaths, and 12 people were hurt in the floods.", "12 people")]
    [TestCase("The election commission announced the results, and 14 seats changed hands.", "14 seats")]
    [TestCase("The hospital confirmed two deaths, but three patients were released.", "three patients")]
    public void A_clause_after_a_noun_object_is_the_writers(string text, string figure) =>
        At(text, figure).Should().BeNull();

    // The object itself, and a clause after a reported clause, stay with the cue.
    [TestCase("The ministry reported 40 deaths, and 12 people were hurt in the floods.", "40 deaths", "ministry")]
    [TestCase("Police said the gunman fled, and three people were wounded.", "three people", "Police")]
    [TestCase("Two people died and three were hurt, police said.", "three", "police")]
    [TestCase("One player was injured, the club said, and two others missed the match.", "One player", "club")]
    public void The_cues_own_clause_keeps_its_source(string text, string figure, string source) =>
        At(text, figure)!.Source.Name.Should().Be(source);

    // A cue whose subject follows "and"/"but" heads the second clause; the first clause is the writer's.
    [TestCase("Deputies shot a man near the river and the deputies' dash cameras recorded the chase.", "a man")]
    [TestCase("The quake destroyed 300 homes and officials said the dam held.", "300 homes")]
    [TestCase("Three people were wounded and police said two of them were in critical condition.", "Three people")]
    [TestCase("The fund lost 8 percent last year but its managers say the strategy is sound.", "8 percent")]
    [TestCase("The team won 11 games and the coach said the defence made the difference.", "11 games")]
    public void A_clause_coordinated_before_the_cue_is_the_writers(string text, string figure) =>
        At(text, figure).Should().BeNull();

    [TestCase("Three people were wounded and police said two of them were in critical condition.", "two of them", "police")]
    [TestCase("The suspect was killed in a shootout, state and local police said on Sunday.", "The suspect", "local police")]
    public void The_second_clause_and_a_shared_modifier_keep_the_source(string text, string figure, string source) =>
        At(text, figure)!.Source.Name.Should().EndWith(source);

    // Speakers: a capitalised adjective before a colon is a page label; an adjective phrase after "be" is a complement.
    [TestCase("PREVIOUS: Rider: 'All four passengers could have drowned'", "four passengers")]
    [TestCase("EARLIER: A suspect died and a second deputy was hurt after a pursuit.", "A suspect")]
    [TestCase("Further fines are likely for the firm accused in the deaths of 2 workers.", "2 workers")]
    [TestCase("Delays are likely for the 4,000 commuters affected by the strike.", "4,000 commuters")]
    public void Labels_and_complements_are_no_speakers(string text, string figure) =>
        At(text, figure).Should().BeNull();

    [TestCase("UN: 40 people were killed in the shelling.", "40 people", "UN")]
    [TestCase("Rudskoy: 12 militants were killed overnight.", "12 militants", "Rudskoy")]
    [TestCase("NATO: 300 troops were moved this week.", "300 troops", "NATO")]
    public void A_name_before_a_colon_stays_a_speaker(string text, string figure, string source) =>
        At(text, figure)!.Source.Name.Should().Be(source);

    // A document speaks for the body that issued it when one is named (a one-word body by WordNet's organization); else it stays the document.
    [TestCase("A statement from the hospital said 14 patients were treated.", "14 patients", "hospital")]
    [TestCase("A statement from the school said 3 students were hurt.", "3 students", "school")]
    [TestCase("A letter from the union said 300 jobs would go.", "300 jobs", "union")]
    [TestCase("Two people were killed in the crash, a news release from the sheriff's office said.", "Two people", "sheriff's office")]
    [TestCase("The ministry's report said 40 patients died in the outbreak.", "40 patients", "ministry")]
    [TestCase("Court records show the man killed two people in 2015.", "two people", "Court records")]
    [TestCase("Figures from the region show 40 people died.", "40 people", "Figures from the region")]
    public void A_document_speaks_for_its_issuer(string text, string figure, string source) =>
        At(text, figure)!.Source.Name.Should().Be(source);

    // ", and, according to X, ...": the cue opens the second clause; the first clause is the writer's.
    [TestCase("The blast left one miner trapped, and, according to the company, three others were hurt.", "one miner")]
    [TestCase("The flood closed 12 roads, and, according to the county, 40 homes were damaged.", "12 roads")]
    [TestCase("A man was killed and, police said, three others were hurt.", "A man")]
    public void A_cue_opening_the_second_clause_leaves_the_first(string text, string figure) =>
        At(text, figure).Should().BeNull();

    // A comma left out after a predicate adjective: "were dead investigators said" is "were dead, investigators said".
    [TestCase("Four hikers were rescued and two were dead rangers said.", "two were", "rangers")]
    [TestCase("Three hikers were missing rescuers said.", "Three hikers", "rescuers")]
    public void A_predicate_adjective_is_no_part_of_the_subject(string text, string figure, string source) =>
        At(text, figure)!.Source.Name.Should().Be(source);
}
