using ClaimCompare.Extraction;
using ClaimCompare.Language;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using ClaimCompare.Reading;
using ClaimCompare.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Robustness;

/// <summary>
/// Hostile text through the analysis stages (extraction, scope, attribution via <see cref="ClaimEngine.Analyze"/>)
/// and the sentence splitter: no exception, no hang, and every result keeps its invariants.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed partial class TextFuzzTests
{
    private static readonly ClaimEngine Engine = new();
    private static readonly ArticleReader Reader = new();

    private static void Analyze(string id, string text) =>
        ClaimInvariants.CheckAll(Engine.Analyze, Reader.ReadPlainText(id, text), id);

    [Test]
    public void Every_seed_cut_at_every_97th_character()
    {
        foreach (var (seed, index) in HostileText.AllSeedTexts().Select((t, i) => (t, i)))
        {
            for (var cut = 97; cut < seed.Length; cut += 97)
            {
                Analyze($"seed{index}[..{cut}]", seed[..cut]);
                Analyze($"seed{index}[{cut}..]", seed[cut..]);
            }
        }
    }

    [TestCase(400)]
    [TestCase(5000)]
    public void Very_long_digit_runs_are_not_wrapped(int digits)
    {
        var number = HostileText.Digits(digits, digits);
        var text = $"Officials said {number} people were displaced, and {number}.5 percent of homes were hit.";
        var article = Reader.ReadPlainText("digits", text);
        var claims = HangGuard.Run("long digits", () => Engine.Analyze(article));
        ClaimInvariants.Check(article, claims, "long digits");
        var start = text.IndexOf(number, StringComparison.Ordinal);
        ClaimInvariants.CheckNotWrapped(claims, new TextSpan(start, start + number.Length), "long digits");
    }

    [TestCase(150)]
    [TestCase(3000)]
    public void Thousands_of_comma_separated_digit_groups_are_not_wrapped(int groups)
    {
        var number = HostileText.CommaGroups(groups, groups);
        var text = $"The ministry counted {number} civilians leaving the city.\n\nMore than {number} were injured.";
        var article = Reader.ReadPlainText("commas", text);
        var claims = HangGuard.Run("comma groups", () => Engine.Analyze(article));
        ClaimInvariants.Check(article, claims, "comma groups");
        var start = text.IndexOf(number, StringComparison.Ordinal);
        ClaimInvariants.CheckNotWrapped(claims, new TextSpan(start, start + number.Length), "comma groups");
    }

    [TestCase("0.", 400, "1 percent")]
    [TestCase("$", 400, " million")]
    [TestCase("-", 400, " degrees")]
    [TestCase("1e", 400, " tonnes")]
    public void Numbers_with_long_fractions_signs_and_exponents(string prefix, int digits, string suffix)
    {
        var text = $"The figure was {prefix}{HostileText.Digits(digits, 7)}{suffix}, the report said.";
        Analyze("numbers", text);
    }

    [TestCase(7)]
    [TestCase(2)]
    public void Zero_width_and_bidirectional_marks_inside_seed_text(int every)
    {
        foreach (var (seed, index) in HostileText.AllSeedTexts().Select((t, i) => (t, i)))
        {
            Analyze($"marks{index}", HostileText.Sprinkle(seed, HostileText.InvisibleMarks, every, index));
        }
    }

    [TestCase('\u0660')]
    [TestCase('\u06F0')]
    [TestCase('\u0966')]
    [TestCase('\uFF10')]
    public void Foreign_digits_in_seed_text(char zero)
    {
        foreach (var (seed, index) in HostileText.AllSeedTexts().Select((t, i) => (t, i)))
        {
            Analyze($"digits{index}", HostileText.ForeignDigits(seed, zero));
        }
    }

    [TestCase('\u00A0')]
    [TestCase('\u2009')]
    [TestCase('\u202F')]
    [TestCase('\'')]
    [TestCase('.')]
    public void Odd_thousands_separators_in_seed_text(char separator)
    {
        foreach (var (seed, index) in HostileText.AllSeedTexts().Select((t, i) => (t, i)))
        {
            Analyze($"separators{index}", HostileText.SeparateThousandsWith(seed, separator));
            Analyze($"spaces{index}", HostileText.Sprinkle(seed.Replace(' ', '\u00A0'), HostileText.OddSpaces, 11, index));
        }
    }

    [TestCase("\"", "")]
    [TestCase("\u201C", "")]
    [TestCase("\u00AB", "")]
    [TestCase("'", "")]
    [TestCase("", "\u201D")]
    public void Unmatched_quotes_over_a_whole_article(string open, string close)
    {
        foreach (var (seed, index) in HostileText.AllSeedTexts().Select((t, i) => (t, i)))
        {
            Analyze($"quote{index}", open + seed.Replace("\n\n", "\n\n" + open, StringComparison.Ordinal) + close);
        }
    }

    [Test]
    public void Random_unicode_soup()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 300; i++)
        {
            Analyze($"soup{i}", HostileText.RandomUnicode(random, random.Next(1, 3000)));
        }
    }

    private static readonly TestCaseData[] Repetitions =
    [
        new TestCaseData("1", 100_000).SetName("Repetition: one 100,000-digit number"),
        new TestCaseData("1,", 50_000).SetName("Repetition: 50,000 comma-separated ones"),
        new TestCaseData("1.", 50_000).SetName("Repetition: 50,000 dotted ones"),
        new TestCaseData("- ", 50_000).SetName("Repetition: 50,000 dashes"),
        new TestCaseData("more than ", 20_000).SetName("Repetition: 20,000 stacked qualifiers"),
        new TestCaseData("between 1 and ", 10_000).SetName("Repetition: 10,000 chained ranges in one sentence"),
        new TestCaseData("Lt. Gen. ", 20_000).SetName("Repetition: 20,000 stacked titles"),
        new TestCaseData("\"According to \"", 10_000).SetName("Repetition: 10,000 quoted cues"),
        new TestCaseData("\"12 people said ", 5_000).SetName("Repetition: 5,000 unmatched quotes with figures"),
        new TestCaseData(".", 100_000).SetName("Repetition: 100,000 full stops"),
        new TestCaseData("\n", 100_000).SetName("Repetition: 100,000 line breaks"),
        new TestCaseData("hundreds of thousands of ", 10_000).SetName("Repetition: 10,000 vague magnitudes in one sentence"),
        new TestCaseData("12 | 3,400 | 56% | ", 5_000).SetName("Repetition: a 5,000-row table without full stops"),
        new TestCaseData("in 3 days ", 10_000).SetName("Repetition: 10,000 windows in one sentence"),
        new TestCaseData("6 later, 4 minutes earlier ", 10_000).SetName("Repetition: 10,000 counts and sequence times in one sentence"),
        new TestCaseData("from $1 to $2 to ", 10_000).SetName("Repetition: a chain of 20,000 levels"),
        new TestCaseData("Dow -0.1%, FTSE 100 +2 points, ", 10_000).SetName("Repetition: 20,000 signed changes"),
        new TestCaseData("1.2×10⁻³ 3e-5 10^", 10_000).SetName("Repetition: 30,000 pieces of scientific notation"),
        new TestCaseData("ID.3 5G 2014-15 Kane (9) 737-800 ", 10_000).SetName("Repetition: 50,000 codes and names"),
    ];

    [TestCaseSource(nameof(Repetitions))]
    public void Pathological_repetition(string unit, int times) =>
        ClaimInvariants.CheckAll(Engine.Analyze, Reader.ReadPlainText("repeat", string.Concat(Enumerable.Repeat(unit, times)) + " 5 people were killed."), unit.Trim(), HangGuard.Pathological);

    [Test]
    public void Empty_and_whitespace_articles()
    {
        foreach (var text in new[] { string.Empty, " ", "\n", "\r\n\r\n", "\u200B", "\uFEFF" })
        {
            ClaimInvariants.CheckAll(Engine.Analyze, new Article("e", null, null, null, null, text), "empty");
        }
    }

    private static string SeedsOnOneLine(int characters)
    {
        var line = string.Join(' ', HostileText.AllSeedTexts()).Replace('\n', ' ').Replace('\r', ' ');
        return string.Concat(Enumerable.Repeat(line, (characters / line.Length) + 1))[..characters];
    }

    [Test]
    public void Fifty_megabyte_single_line_article_through_the_recogniser_and_the_pipeline()
    {
        var text = SeedsOnOneLine(50 * 1024 * 1024);
        var article = new Article("huge", null, null, null, null, text);
        var claims = HangGuard.Run("50 MB extraction", () => new ClaimExtractor().Extract(article), HangGuard.Large);
        ClaimInvariants.Check(article, claims, "50 MB article");
        ClaimInvariants.CheckSentences(text, HangGuard.Run("50 MB sentences", () => SentenceSplitter.Split(text), HangGuard.Large), "50 MB article");

        // The pipeline does not spend a run on one dump: it names it and goes on.
        var report = HangGuard.Run("50 MB run", () => Engine.Compare([article, new Article("small", null, null, null, null, "12 people died.")]));
        report.Articles.Select(a => a.Id).Should().Equal("small");
        report.Errors.Should().ContainSingle().Which.Reason.Should().Contain("too long to analyse");
        report.Counts.Should().Be(new ReportCounts(0, 2, 1, 1));
    }

    [Test]
    public void Article_at_the_length_limit_in_one_paragraph_is_analysed()
    {
        var text = SeedsOnOneLine(ClaimCompareOptions.Default.MaxArticleCharacters);
        var report = HangGuard.Run("1M-character article", () => Engine.Compare([new Article("long", null, null, null, null, text)]), HangGuard.Large);
        report.Errors.Should().BeEmpty();
        report.Counts!.ArticlesCompared.Should().Be(1);
    }

    [Test]
    public void Sentence_splitter_spans_stay_in_bounds_for_any_window()
    {
        var random = new Random(97);
        var text = string.Join("\n", HostileText.AllSeedTexts());
        for (var i = 0; i < 500; i++)
        {
            var a = random.Next(-10, text.Length + 10);
            var b = random.Next(-10, text.Length + 10);
            var spans = SentenceSplitter.Split(text, new TextSpan(a, b));
            ClaimInvariants.CheckSentences(text, spans, $"window {a}..{b}");
        }
    }
}
