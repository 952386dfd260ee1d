using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// The extractor reads word meanings only through the <see cref="ISenses"/> it was built with (issue 12): the single
/// counts ("a man was killed"), the age rule ("the victim, 19, died"), the participle-before-a-noun rule ("three
/// injured late on Friday") and the number words ("a third victim") all ask it, so swapping the resource changes what
/// they read.
/// </summary>
[TestFixture]
public sealed class SensesRoutingTests
{
    private static readonly ClaimExtractor WithWordNet = new();
    private static readonly ClaimExtractor WithoutPersons = new(null, new FixedSenses(Person: false, Noun: false));
    private static readonly ClaimExtractor EverythingANoun = new(null, new FixedSenses(Person: false, Noun: true));

    private static List<string> Surfaces(ClaimExtractor extractor, string text) =>
        extractor.Extract(new Article("t", null, null, null, null, text)).Select(c => c.Surface).ToList();

    [TestCase("A man was killed when the scaffold fell.", "A man")]
    [TestCase("Officers said a cyclist was hurt at the junction.", "a cyclist")]
    [TestCase("The flood swept away a farmer and his tractor; a farmer died.", "a farmer")]
    public void Single_counts_ask_the_senses_for_a_person(string text, string surface)
    {
        Surfaces(WithWordNet, text).Should().Contain(surface);
        Surfaces(WithoutPersons, text).Should().NotContain(surface);
    }

    [TestCase("The driver, 47, was taken to hospital.", "47")]
    [TestCase("Doctors said the patient, 63, is stable.", "63")]
    [TestCase("A neighbour, 58, called the fire brigade.", "58")]
    public void The_age_rule_asks_the_senses_for_a_person(string text, string figure)
    {
        Surfaces(WithWordNet, text).Should().NotContain(figure, "a figure between commas after a person noun is an age");
        Surfaces(WithoutPersons, text).Should().Contain(figure);
    }

    [TestCase("Three injured late on Friday were discharged.", "Three")]
    [TestCase("Police said two wounded overnight were stable.", "two")]
    [TestCase("Four hurt early in the match left the pitch.", "Four")]
    public void A_participle_before_a_noun_asks_the_senses_whether_the_next_word_is_a_noun(string text, string surface)
    {
        Only(WithWordNet, text, surface).Predicate.Should().NotBeNull("no noun follows the participle, so it is the figure's own predicate");
        var asRead = Only(WithWordNet, text, surface);
        var modifying = Only(EverythingANoun, text, surface);
        (modifying.Subject, modifying.Predicate).Should().NotBe((asRead.Subject, asRead.Predicate), "a noun after the participle makes it a modifier");
    }

    [TestCase("The city opened a third bridge over the river.", "third")]
    [TestCase("The team lost a fourth match in a row.", "fourth")]
    [TestCase("Voters rejected a fifth referendum on the dam.", "fifth")]
    public void The_number_words_ask_the_senses_whether_an_ordinal_ranks_a_noun(string text, string ordinal)
    {
        Surfaces(WithWordNet, text).Should().NotContain(s => s.Equals("a " + ordinal, StringComparison.OrdinalIgnoreCase), "an ordinal before a noun ranks it; it is no fraction");
        Surfaces(WithoutPersons, text).Should().Contain(s => s.Equals("a " + ordinal, StringComparison.OrdinalIgnoreCase), "with no noun after it, \"a {0}\" is a fraction", ordinal);
    }

    private static Claim Only(ClaimExtractor extractor, string text, string surface) => ExtractedClaim.Only(text, surface, extractor);

    private sealed record FixedSenses(bool Person, bool Noun) : ISenses
    {
        public bool IsPerson(string lowerNoun) => Person;

        public bool CanBeNoun(string lowerWord) => Noun;
    }
}
