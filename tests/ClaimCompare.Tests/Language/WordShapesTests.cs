using ClaimCompare.Language;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Language;

/// <summary>The one -ly adverb test (issue 12): a suffix test with the lexicon's nouns in -ly left out.</summary>
[TestFixture]
public sealed class WordShapesTests
{
    [TestCase("reportedly", true)]
    [TestCase("fatally", true)]
    [TestCase("seriously", true)]
    [TestCase("family", false)]
    [TestCase("supply", false)]
    [TestCase("assembly", false)]
    [TestCase("only", false)]
    [TestCase("ally", false)]
    [TestCase("early", true)]
    public void Adverbs_in_ly_leave_out_nouns_and_short_words(string word, bool adverb) =>
        WordShapes.IsLyAdverb(word).Should().Be(adverb);

    [TestCase("The crew was seriously injured in the blast, and 3 firefighters were hurt.", "3")]
    [TestCase("Two guards were reportedly wounded at the gate.", "Two")]
    [TestCase("Four climbers were fatally injured on the ridge.", "Four")]
    public void An_adverb_between_auxiliary_and_participle_keeps_the_predicate(string text, string surface) =>
        Extraction.ExtractedClaim.Only(text, surface).Predicate.Should().NotBeNull();
}
