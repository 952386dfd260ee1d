using ClaimCompare.Language;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Language;

/// <summary>The lexicon as data: what the embedded files hold, and what loading refuses (duplicates, contradictions, typos).</summary>
[TestFixture]
public sealed class LexiconTests
{
    private static Lexicon Words => Lexicon.Default;

    [TestCase("may", "month", "5")]
    [TestCase("sept", "month", "9")]
    [TestCase("december", "month", "12")]
    [TestCase("friday", "weekday", "Friday")]
    [TestCase("said", "cue.speech", "say")]
    [TestCase("wrote", "cue.speech", "write")]
    [TestCase("believed", "cue.attitude", "believe")]
    [TestCase("issued", "cue.issue", "issue")]
    [TestCase("slain", "predicate", "killed")]
    [TestCase("shot", "predicate", "killed_and_injured")]
    [TestCase("war", "event.class", "battle")]
    [TestCase("percentage points", "unit", "percentage_point")]
    [TestCase("us$", "currency-before", "USD")]
    [TestCase("kilometres", "unit.alias", "km")]
    [TestCase("fourty", "number.tens", "40")]
    [TestCase("bn", "number.scale-abbreviation", "1000000000")]
    [TestCase("thirtieth", "ordinal", "30")]
    public void Roles_carry_their_values(string word, string role, string value) =>
        Words.Values(role)[word].Should().Be(value);

    [TestCase("the", "determiner.article")]
    [TestCase("those", "determiner.demonstrative")]
    [TestCase("their", "determiner.possessive")]
    [TestCase("several", "determiner.quantifier")]
    [TestCase("her", "pronoun.object")]
    [TestCase("they", "pronoun.third-person")]
    [TestCase("jan", "abbreviation")]
    public void Words_hold_their_roles(string word, string role) => Words.Has(word, role).Should().BeTrue();

    [TestCase("the", "pronoun.subject")]
    [TestCase("we", "pronoun.third-person")]
    [TestCase("may", "abbreviation")]
    [TestCase("monday", "month")]
    public void Words_do_not_hold_other_roles(string word, string role) => Words.Has(word, role).Should().BeFalse();

    [Test]
    public void Role_sets_and_their_unions_are_exact()
    {
        Words.Words("pronoun.subject").Should().BeEquivalentTo(["i", "you", "he", "she", "it", "we", "they"]);
        Words.Union(StringComparer.Ordinal, "determiner.article", "determiner.demonstrative")
            .Should().BeEquivalentTo(["the", "a", "an", "this", "that", "these", "those"]);
        Words.WordsIgnoringCase("weekday").Contains("Monday").Should().BeTrue();
        CalendarWords.UnambiguousMonthNames.Should().HaveCount(11).And.NotContain("may").And.NotContain("sept");
        CalendarWords.Months.Should().HaveCount(24);
        Words.Words("modal").Should().BeEquivalentTo(["will", "would", "could", "can", "may", "might", "should", "must", "shall"]);
        Words.Words("passive-auxiliary.singular").Should().BeSubsetOf(Words.Words("passive-auxiliary"));
        Words.Words("concept.figure-verb.noun-first").Should().BeSubsetOf(Words.Words("concept.figure-verb.noun-too"));
    }

    [Test]
    public void The_event_unit_and_number_tables_read_their_data()
    {
        // The readers turn "_" back into a space and parse the values; the tables they give are the ones written in code before.
        ClaimCompare.Extraction.PredicateLexicon.OfWord("shot").Should().Be(ClaimCompare.Extraction.PredicateLexicon.KilledAndInjured);
        ClaimCompare.Extraction.PredicateLexicon.OfVerbBeforeFigure("shooting").Should().Be(ClaimCompare.Extraction.PredicateLexicon.KilledAndInjured);
        ClaimCompare.Extraction.PredicateLexicon.OfOutcomeAdverb("mortally").Should().Be("killed");
        ClaimCompare.Extraction.PredicateLexicon.OfOutcomeAdverb("critically").Should().Be("injured");
        ClaimCompare.Extraction.PredicateLexicon.Canonical("lost their lives").Should().Be("killed");
        ClaimCompare.Extraction.PredicateLexicon.CountsAgent("populated").Should().BeTrue();
        ClaimCompare.Extraction.Scanning.UnitLexicon.RatesPerTime.Should().BeEquivalentTo(["mph", "km/h"]);
        ClaimCompare.Extraction.Scanning.NumberLexicon.Scales["trillion"].Should().Be(1e12);
        // The role promises a word for each value 0 to 19: every value present once, so a row lost or doubled fails.
        ClaimCompare.Extraction.Scanning.NumberLexicon.Units.Values.Should().BeEquivalentTo(Enumerable.Range(0, 20));
        ClaimCompare.Extraction.Scanning.NumberLexicon.Units["eleven"].Should().Be(11);
        ClaimCompare.Extraction.Scanning.NumberLexicon.FigureStarts.Should().Contain(["dozen", "minus", "nineteen", "trillions", "thirtieth"]);
        ClaimCompare.Comparison.Vocabulary.PredicateClass["captured-alive"].Should().Be("arrested");
        ClaimCompare.Comparison.Vocabulary.UnitAliases["$"].Should().Be("USD");
    }

    [Test]
    public void Every_role_is_explained_in_its_data_file()
    {
        // Every role carries a comment line naming it ("# role x: ..." or "# x: ..."), so a reader of the data learns what
        // it means without reading the rule.
        var folder = Path.Combine(TestPaths.RepoRoot, "src", "ClaimCompare", "Language", "Data");
        var comments = string.Join("\n", Directory.GetFiles(folder, "*.tsv").SelectMany(File.ReadLines).Where(l => l.StartsWith('#')));
        foreach (var role in Words.Roles)
            comments.Should().Contain(role + ":", "the role {0} needs a line saying what it means", role);
    }

    [Test]
    public void An_unknown_role_fails_instead_of_matching_nothing()
    {
        var lookup = () => Words.Words("pronoun.subjcet");
        lookup.Should().Throw<ArgumentException>().WithMessage("*\"pronoun.subjcet\"*");
    }

    [Test]
    public void Forms_share_the_roles_of_their_word()
    {
        var lexicon = Load(("verbs.tsv", "say\tspeech-verb\tsays,said,saying\n"));
        lexicon.Words("speech-verb").Should().BeEquivalentTo(["say", "says", "said", "saying"]);
    }

    [TestCase("may\tmonth:5\nmay\tmonth:5\n", "a.tsv line 2: \"may\" is listed twice (first at a.tsv line 1)*")]
    [TestCase("say\tverb\tsays,said\nsaid\tverb\n", "a.tsv line 2: \"said\" is listed twice*")]
    [TestCase("may\tmonth:5 month:6\n", "a.tsv line 1: the role month has two values, \"5\" and \"6\".")]
    [TestCase("the\tarticle article\n", "a.tsv line 1: the role article is given twice.")]
    [TestCase("%exclusive\tmonth\tweekday\nmay\tmonth:5 weekday:Friday\n", "a.tsv line 2: \"may\" has both month and weekday, which a.tsv line 1 declares exclusive.")]
    [TestCase("%exclusive\tmonth\n", "a.tsv line 1: %exclusive takes two roles*")]
    [TestCase("May\tmonth:5\n", "a.tsv line 1: \"May\" must be lower case*")]
    [TestCase("the\n", "a.tsv line 1: expected \"word<tab>roles[<tab>forms]\"*")]
    [TestCase("the\tarticle\tan\textra\n", "a.tsv line 1: expected*")]
    [TestCase("the\tmonth:\n", "a.tsv line 1: malformed role \"month:\".")]
    public void Loading_rejects_duplicates_and_contradictions_naming_file_and_line(string text, string message)
    {
        var load = () => Load(("a.tsv", text));
        load.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Test]
    public void A_word_listed_in_two_files_is_a_duplicate()
    {
        var load = () => Load(("a.tsv", "# comment\nthe\tarticle\n"), ("b.tsv", "\nthe\tdeterminer\n"));
        load.Should().Throw<InvalidDataException>().WithMessage("b.tsv line 2: \"the\" is listed twice (first at a.tsv line 2)*");
    }

    [Test]
    public void The_embedded_files_define_the_roles_the_rules_ask_for() =>
        Words.Roles.Should().Contain(["month", "weekday", "abbreviation", "determiner.article", "determiner.demonstrative",
            "determiner.possessive", "determiner.quantifier", "pronoun.subject", "pronoun.object", "pronoun.third-person",
            "stop.phrase-end", "stop.concept", "stop.topic", "skip.before-verb.context", "skip.before-verb.concept", "skip.before-cue",
            "clause-start.source", "clause-start.verb-walk", "speech-dated", "passive-auxiliary"]);

    [TestCase("said", new[] { "stop.phrase-end", "stop.concept", "stop.topic", "clause-start.source", "speech-dated" })]
    [TestCase("reportedly", new[] { "stop.phrase-end", "stop.concept", "skip.before-cue" })]
    [TestCase("although", new[] { "stop.phrase-end", "stop.topic", "clause-start.source", "clause-start.verb-walk" })]
    public void One_row_shows_every_use_of_a_word(string word, string[] roles)
    {
        foreach (var role in roles)
            Words.Has(word, role).Should().BeTrue(role);
    }

    private static Lexicon Load(params (string Name, string Text)[] files) =>
        Lexicon.Load(files.Select(f => (f.Name, (TextReader)new StringReader(f.Text))).ToList());
}
