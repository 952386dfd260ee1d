using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Claim.Concept beyond the verb's own subject: the sentence topic, pronoun antecedents, participle and verbless
/// clauses, names before brackets and commas, relative clauses (sentences written for these tests).
/// </summary>
[TestFixture]
public sealed class ConceptClauseTests
{
    private static readonly ClaimExtractor WithDurations = new(new ExtractionOptions { ReportFramingDurations = true });

    private static Claim Only(string text, string surface, ClaimExtractor? extractor = null) => ExtractedClaim.Only(text, surface, extractor);

    // A figure that names no owner of its own belongs to the topic the sentence opened with.
    [TestCase("Flats from $300,000 to $400,000 sell in 40 days; $400,000 to $500,000, 55 days.", "55 days", "flats")]
    [TestCase("Flats from $300,000 to $400,000 sell in 40 days; $400,000 to $500,000, 55 days.", "$400,000 to $500,000", "flats")]
    [TestCase("Farms for sale: Hill Top, $2.1 million, and Brook End, $950,000.", "$950,000", "farms")]
    [TestCase("The new library opened in spring and has since welcomed more than 80,000 readers.", "more than 80,000", "new library")]
    [TestCase("After a wet spring, the harvest came in at 4.2 tonnes a hectare.", "4.2 tonnes", "harvest")]
    public void A_figure_without_an_owner_takes_the_sentence_topic(string text, string surface, string concept) =>
        Only(text, surface).Concept.Should().Be(concept);

    // The topic does not reach a count that is the subject of its own clause, a duration that frames the clause,
    // a figure more than a few clauses away (outside a list); a figure is no topic, nor is a source ("Local radio
    // said"): a source reports a figure, it does not own it.
    [TestCase("The head of the agency told reporters that over 18,000 civilians left the city.", "over 18,000")]
    [TestCase("The museum reopened after long repairs that took most of the spring and cost far more than the trustees had planned at the start, and by the end of the year visitors from 40 countries had come.", "40")]
    [TestCase("Dozens of boats sailed past the pier as 300 swimmers crossed the bay.", "300")]
    [TestCase("Local radio said six people had died.", "six")]
    [TestCase("Rescuers say at least 23 villagers have been injured.", "at least 23")]
    public void The_topic_does_not_reach(string text, string surface)
    {
        var claim = Only(text, surface);
        claim.Concept.Should().Be(claim.Subject);
    }

    [TestCase("Krutikov called it the largest offensive in the last two years.", "two years")]
    public void The_topic_does_not_reach_a_framing_duration(string text, string surface) =>
        Only(text, surface, WithDurations).Concept.Should().BeNull();

    // A subject pronoun points back to the name the sentence opened with, or to the one who reports ("says it");
    // after a preposition it is an object and the noun before it the subject; an opening pronoun names nobody.
    [TestCase("Meanwhile, Garcia runs a bakery where she sells 500 loaves a day.", "500", "garcia")]
    [TestCase("After a slow start, Jones improved as he scored 21 points in the final.", "21 points", "jones")]
    [TestCase("Contoso says it will hire 300 engineers.", "300", "contoso")]
    [TestCase("The lamp was dim and the voltage on it was 9 volts.", "9 volts", "voltage")]
    public void A_pronoun_takes_its_named_antecedent(string text, string surface, string concept) =>
        Only(text, surface).Concept.Should().Be(concept);

    [TestCase("He has scored 14 goals this season.", "14")]
    [TestCase("It cost 40 dollars.", "40 dollars")]
    public void A_pronoun_without_a_named_antecedent_gives_no_owner(string text, string surface)
    {
        var claim = Only(text, surface);
        claim.Concept.Should().Be(claim.Subject, "no owner is named, so Concept falls back to the counted noun");
    }

    // A participle or verbless clause after a comma takes the subject of the main clause; after a name in a
    // list, that name.
    [TestCase("The euro was weaker, slipping against the pound to 0.85.", "0.85", "euro")]
    [TestCase("Smith has trained hard, dropping from 90 kilograms to 82.", "from 90 kilograms to 82", "smith")]
    [TestCase("Shares of Initech have had a strong run, up nearly 25% since March.", "nearly 25%", "shares of initech")]
    [TestCase("The biggest risers were Fabrikam, up 12 p at 310 p, and Tailspin, up 4 p at 95 p.", "12", "fabrikam")]
    [TestCase("The biggest risers were Fabrikam, up 12 p at 310 p, and Tailspin, up 4 p at 95 p.", "4", "tailspin")]
    [TestCase("The biggest risers were Fabrikam, up 12 p at 310 p, and Tailspin, up 4 p at 95 p.", "95", "tailspin")]
    public void Participle_and_verbless_clauses(string text, string surface, string concept) =>
        Only(text, surface).Concept.Should().Be(concept);

    // A figure alone in brackets after a name describes that name; a conversion in brackets and an item after
    // "including" share the concept of the figure before.
    [TestCase("Top scorers: Ann Lee (31 points), Mia Cole (28 points).", "31 points", "ann lee")]
    [TestCase("Top scorers: Ann Lee (31 points), Mia Cole (28 points).", "28 points", "mia cole")]
    [TestCase("The bank charges customers with deposits of more than 2 million crowns ($300,000).", "$300,000", "deposits")]
    [TestCase("LONDON // At least 30 people, including 12 children, were hurt in the crash.", "12", "people")]
    [TestCase("Thousands of civilians, including hundreds of children, left the city.", "hundreds", "thousands of civilians")]
    [TestCase("The clinic has recorded 57 deaths, including 9 infants, since the flood began.", "9", "clinic")]
    public void Brackets_and_items_after_including(string text, string surface, string concept) =>
        Only(text, surface).Concept.Should().Be(concept);

    // Relative clauses and appositions: skipped between commas; the word after "that"/"which" is its verb.
    [TestCase("The alloy, which is made mostly of titanium, reached 95 GPa in tests.", "95", "alloy")]
    [TestCase("The storm formed a cloud that stretches hundreds of miles.", "hundreds", "cloud")]
    [TestCase("Oslo, the Norwegian capital, has about 700,000 residents.", "about 700,000", "oslo")]
    [TestCase("Brenner, 71, has run 40 marathons.", "40", "brenner")]
    public void Relative_clauses_and_appositions(string text, string surface, string concept) =>
        Only(text, surface).Concept.Should().Be(concept);

    // Names with numbers, date complements; a subject phrase ends at its verb, also an irregular one.
    [TestCase("The committee met, and they approved 12 new members.", "12", "committee")]
    [TestCase("The FTSE rose 1%, while the TA-90 lost 0.5%.", "0.5%", "ta-90")]
    [TestCase("The average rent for studios in March was $1,200.", "$1,200", "average rent for studios")]
    public void Names_with_numbers_and_dates(string text, string surface, string concept) =>
        Only(text, surface).Concept.Should().Be(concept);

    // A verb form, scale word or unit remnant is never a concept.
    [TestCase("Investors are sitting on $2 billion in profits.", "$2 billion", "sitting")]
    [TestCase("Since then the deficit has increased by $40 billion to $410 billion.", "$410 billion", "billion")]
    public void Verb_forms_and_scale_words_are_not_concepts(string text, string surface, string notConcept) =>
        Only(text, surface).Concept.Should().NotBe(notConcept);

    // Subject: money counted "in" a noun; the measured thing before a verb, never the verb itself.
    [TestCase("Investors are sitting on $2 billion in profits.", "$2 billion", "profits")]
    [TestCase("The firm paid $4 million in damages.", "$4 million", "damages")]
    [TestCase("The firm paid $4 million.", "$4 million", "firm")]
    [TestCase("The scooter reaches 40 km/h in 6 seconds.", "40 km/h", "scooter")]
    public void Subject_of_a_measure_is_what_it_is_counted_in_or_the_thing_before_its_verb(string text, string surface, string? subject) =>
        Only(text, surface).Subject.Should().Be(subject);

    [TestCase("It seems a bargain until you learn it can cost $900 a year.", "$900", null)]
    [TestCase("The firm paid $4 million in total.", "$4 million", "firm")]
    [TestCase("The firm paid $4 million in 2019.", "$4 million", "firm")]
    [TestCase("The average rent for studios in March was $1,200.", "$1,200", null)]
    public void Money_before_an_adverbial_or_a_date_is_not_counted_in_it(string text, string surface, string? subject) =>
        Only(text, surface).Subject.Should().Be(subject);

    [TestCase("The firm was sold three years later.", "three years")]
    public void An_adverb_after_a_duration_is_not_its_subject(string text, string surface) =>
        Only(text, surface, WithDurations).Subject.Should().BeNull();
}
