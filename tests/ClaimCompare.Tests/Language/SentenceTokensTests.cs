using ClaimCompare.Extraction;
using ClaimCompare.Language;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using AttributionKind = ClaimCompare.Attribution.TokenKind;
using AttributionView = ClaimCompare.Attribution.TokenView;
using ScanKind = ClaimCompare.Extraction.Scanning.TokenKind;
using ScanView = ClaimCompare.Extraction.Scanning.TokenView;

namespace ClaimCompare.Tests.Language;

/// <summary>
/// One token stream (issue 12): a sentence is cut into pieces once (<see cref="SentenceTokens"/>), and each stage's
/// tokens are views that join pieces by that stage's rule. The views keep the readings the three former tokenizers
/// gave (checked against them on 180,000 sentences of the benchmarks and random strings when they were replaced);
/// these cases pin the joins each view makes, in several domains.
/// </summary>
[TestFixture]
public sealed class SentenceTokensTests
{
    private static SentenceTokens Cut(string text) => SentenceTokens.Of(text, new TextSpan(0, text.Length));

    [Test]
    public void Pieces_are_letter_runs_digit_runs_and_single_marks_with_the_space_before_them()
    {
        var pieces = Cut("U.S. exports rose 2.5% to $18,000bn.");
        var read = Enumerable.Range(0, pieces.Count).Select(i => (pieces[i].Text, pieces[i].Kind, pieces[i].SpaceBefore)).ToList();
        read.Should().Equal(
            ("U", PieceKind.Letters, true), (".", PieceKind.Other, false), ("S", PieceKind.Letters, false), (".", PieceKind.Other, false),
            ("exports", PieceKind.Letters, true), ("rose", PieceKind.Letters, true),
            ("2", PieceKind.Digits, true), (".", PieceKind.Other, false), ("5", PieceKind.Digits, false), ("%", PieceKind.Other, false),
            ("to", PieceKind.Letters, true), ("$", PieceKind.Other, true), ("18", PieceKind.Digits, false), (",", PieceKind.Other, false),
            ("000", PieceKind.Digits, false), ("bn", PieceKind.Letters, false), (".", PieceKind.Other, false));
    }

    [TestCase("Turnout in Ohio was 61%.", "Ohio", "ohio", true, false)]
    [TestCase("The WHO logged 3 cases.", "WHO", "who", true, true)]
    [TestCase("An iPhone sold for 900 dollars.", "iPhone", "iphone", false, true)]
    [TestCase("Police said 4 were hurt.", "said", "said", false, false)]
    public void A_letter_run_knows_its_lower_case_and_shape(string sentence, string word, string lower, bool capitalized, bool innerUpper)
    {
        var pieces = Cut(sentence);
        var piece = Enumerable.Range(0, pieces.Count).Select(i => pieces[i]).Single(p => p.Text == word);
        (piece.Lower, piece.Capitalized, piece.InnerUpper).Should().Be((lower, capitalized, innerUpper));
    }

    [TestCase("Unemployment fell to 18,000 claims.", "18,000", 18000.0)]
    [TestCase("Turnout was 61.5 per cent.", "61.5", 61.5)]
    [TestCase("About 18 000 people fled the flood.", "18 000", 18000.0)]
    [TestCase("The striker scored in ½ of the games.", "½", 0.5)]
    public void The_scanner_view_reads_numbers_with_their_value(string sentence, string written, double value)
    {
        var number = ScanView.Of(Cut(sentence)).Single(t => t.Kind == ScanKind.Number);
        (number.Lower, number.Value).Should().Be((written, value));
    }

    [TestCase("The Health Ministry's figures showed 40 deaths.", "ministry's")]
    [TestCase("Voters didn't turn out in 3 districts.", "didn't")]
    [TestCase("O’Brien scored 2 goals.", "o’brien")]
    public void The_scanner_view_joins_letters_across_an_inner_apostrophe(string sentence, string word) =>
        ScanView.Of(Cut(sentence)).Where(t => t.Kind == ScanKind.Word).Select(t => t.Lower).Should().Contain(word);

    [TestCase("A 10-year-old boy was among 18,000 evacuees.", new[] { "a", "10-year-old", "boy", "was", "among", "18,000", "evacuees" })]
    [TestCase("The al-Nusra Front's 2,500 fighters left Aleppo,2016.", new[] { "the", "al-nusra", "front's", "2,500", "fighters", "left", "aleppo", "2016" })]
    public void The_scope_view_joins_hyphens_apostrophes_and_digit_groups(string sentence, string[] words) =>
        ScopeTokens.Read(Cut(sentence)).Select(t => t.Lower).Should().Equal(words);

    [TestCase("Lt. Gen. Sergei Rudskoi said 2.5 million were hit -- mostly in the U.S. and the UK.")]
    public void The_attribution_view_keeps_abbreviations_numbers_and_double_dashes(string sentence)
    {
        var tokens = AttributionView.Of(Cut(sentence));
        tokens.Select(t => t.Text).Should().Contain(["Lt.", "Gen.", "2.5", "--", "U.S."]);
        tokens.Single(t => t.Text == "--").Kind.Should().Be(AttributionKind.Dash);
        tokens.Single(t => t.Text == "2.5").Kind.Should().Be(AttributionKind.Number);
    }

    [Test]
    public void A_sentence_read_alone_gives_the_offsets_of_its_article()
    {
        const string article = "Headline\nThe count rose to 1,204 on Monday.";
        var start = article.IndexOf("The", StringComparison.Ordinal);
        var sentence = article[start..];
        ScopeTokens.Read(sentence, start).Select(t => t.Start).Should().Equal(
            ScopeTokens.Read(SentenceTokens.Of(article, new TextSpan(start, article.Length))).Select(t => t.Start));
    }

    [Test]
    public void Every_stage_reads_the_same_pieces_so_a_word_is_lower_cased_once()
    {
        var article = new Article("a", null, null, null, null, "Officials said 40 people died. The Ministry said 12 more were hurt.");
        var text = ArticleText.Of(article);
        var pieces = text.BodyTokens(1);
        text.TokensOf(text.Sentences[1]).Should().BeSameAs(pieces, "a sentence of the article is cut once");
        var scan = ScanView.Of(pieces).Single(t => t.Lower == "ministry").Lower;
        var scope = ScopeTokens.Read(pieces).Single(t => t.Lower == "ministry").Lower;
        var attribution = AttributionView.Of(pieces).Single(t => t.Lower == "ministry").Lower;
        scan.Should().BeSameAs(scope).And.BeSameAs(attribution);
        text.TokensOf(new TextSpan(0, 8)).Should().NotBeSameAs(text.BodyTokens(0), "a span that is no sentence is cut on its own");
    }
}
