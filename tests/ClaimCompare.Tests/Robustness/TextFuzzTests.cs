using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using ClaimCompare.Reading;
using ClaimCompare.Text;
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

        Analyze("quotes", string.Concat(Enumerable.Repeat(open + "12 people said " + close, 5000)));
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

    [Test]
    public void Pathological_repetition()
    {
        string[] cases =
        [
            new string('1', 100_000),
            string.Concat(Enumerable.Repeat("1,", 50_000)),
            string.Concat(Enumerable.Repeat("1.", 50_000)),
            string.Concat(Enumerable.Repeat("- ", 50_000)),
            string.Concat(Enumerable.Repeat("more than ", 20_000)) + "5 people",
            string.Concat(Enumerable.Repeat("between 1 and ", 10_000)) + "2 people",
            string.Concat(Enumerable.Repeat("Lt. Gen. ", 20_000)) + "Smith said 5 died.",
            string.Concat(Enumerable.Repeat("\"According to \"", 10_000)),
            new string('.', 100_000),
            new string('\n', 100_000),
            new string(' ', 100_000) + "5",
            string.Concat(Enumerable.Repeat("hundreds of thousands of ", 10_000)) + "people",
        ];
        foreach (var (text, index) in cases.Select((t, i) => (t, i)))
        {
            Analyze($"repeat{index}", text);
        }
    }

    [Test]
    public void Empty_and_whitespace_articles()
    {
        foreach (var text in new[] { string.Empty, " ", "\n", "\r\n\r\n", "\u200B", "\uFEFF" })
        {
            ClaimInvariants.CheckAll(Engine.Analyze, new Article("e", null, null, null, null, text), "empty");
        }
    }

    [Test]
    public void Fifty_megabyte_single_line_article()
    {
        var line = string.Join(' ', HostileText.AllSeedTexts()).Replace('\n', ' ').Replace('\r', ' ');
        var text = string.Concat(Enumerable.Repeat(line, (50 * 1024 * 1024 / line.Length) + 1));
        var article = new Article("huge", null, null, null, null, text);
        var claims = HangGuard.Run("50 MB article", () => Engine.Analyze(article), HangGuard.Large);
        ClaimInvariants.Check(article, claims, "50 MB article");
        ClaimInvariants.CheckSentences(text, HangGuard.Run("50 MB sentences", () => SentenceSplitter.Split(text), HangGuard.Large), "50 MB article");
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
