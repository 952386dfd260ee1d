using ClaimCompare.Extraction;
using ClaimCompare.Model;
using NUnit.Framework;

namespace ClaimCompare.Tests.Robustness;

/// <summary>
/// Hostile text straight through <see cref="QuantityRecognizer"/>: no exception, no hang, spans inside
/// the text and equal to it, quantities well formed, huge figures not wrapped.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class RecognizerFuzzTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    private static IReadOnlyList<RecognizedQuantity> Recognize(string text, string what, TimeSpan? budget = null)
    {
        var found = HangGuard.Run(what, () => Recognizer.Recognize(text), budget);
        var previous = -1;
        foreach (var q in found)
        {
            var where = $"{what}: '{q.Text}' at {q.Span}";
            Assert.That(q.Span.Start >= 0 && q.Span.Start < q.Span.End && q.Span.End <= text.Length, Is.True, where + ": span outside the text");
            Assert.That(q.Text, Is.EqualTo(q.Span.Slice(text)), where + ": text is not the text at its span");
            Assert.That(q.Span.Start, Is.GreaterThanOrEqualTo(previous), where + ": out of offset order");
            previous = q.Span.Start;
            ClaimInvariants.CheckQuantity(q.Quantity, where);
        }

        return found;
    }

    private static void NotWrapped(string text, string number, string what)
    {
        var start = text.IndexOf(number, StringComparison.Ordinal);
        var span = new TextSpan(start, start + number.Length);
        foreach (var q in Recognize(text, what).Where(q => q.Span.Overlaps(span)))
        {
            Assert.That(q.Quantity.Value, Is.GreaterThanOrEqualTo(1e300), $"{what}: '{q.Text[..Math.Min(40, q.Text.Length)]}...' read as {q.Quantity.Value}");
        }
    }

    [TestCase(400)]
    [TestCase(20_000)]
    public void Long_digit_runs(int digits)
    {
        var number = HostileText.Digits(digits, digits);
        NotWrapped($"Some {number} people fled.", number, "digits");
        NotWrapped($"Some {number} million people fled.", number, "digits with a scale");
    }

    [TestCase(150)]
    [TestCase(5_000)]
    public void Comma_groups(int groups)
    {
        var number = HostileText.CommaGroups(groups, groups);
        NotWrapped($"At least {number} shells fell.", number, "comma groups");
    }

    [Test]
    public void Every_seed_cut_at_every_97th_character_and_soiled()
    {
        foreach (var (seed, index) in HostileText.AllSeedTexts().Select((t, i) => (t, i)))
        {
            for (var cut = 97; cut < seed.Length; cut += 97)
            {
                Recognize(seed[..cut], $"seed{index}[..{cut}]");
            }

            Recognize(HostileText.Sprinkle(seed, HostileText.InvisibleMarks, 3, index), "marks");
            Recognize(HostileText.Sprinkle(seed, HostileText.OddSpaces, 3, index), "spaces");
            Recognize(HostileText.ForeignDigits(seed, '\u0660'), "arabic-indic");
            Recognize(HostileText.SeparateThousandsWith(seed, '\u202F'), "narrow nbsp");
        }
    }

    [Test]
    public void Random_unicode_soup()
    {
        var random = new Random(9731);
        for (var i = 0; i < 300; i++)
        {
            Recognize(HostileText.RandomUnicode(random, random.Next(1, 4000)), $"soup{i}");
        }
    }

    [TestCase("1,", 100_000)]
    [TestCase("1.", 100_000)]
    [TestCase("between 1 and ", 20_000)]
    [TestCase("hundreds of thousands of ", 20_000)]
    [TestCase("more than about nearly ", 20_000)]
    [TestCase("1-", 100_000)]
    [TestCase("one hundred and ", 20_000)]
    [TestCase("12 | 3,400 | 56% | ", 20_000)]
    [TestCase("from $1 to $2 to ", 20_000)]
    [TestCase("Stoxx 50 -1.3%, ", 20_000)]
    [TestCase("6.02 × 10^23 1e-5 10⁻³ ×10^ ", 20_000)]
    [TestCase("2.7m users 8 B people 5G 4K ", 20_000)]
    [TestCase("ID.3 2014-15 Kane (9) A330-200 ", 20_000)]
    public void Pathological_repetition(string unit, int times) =>
        Recognize(string.Concat(Enumerable.Repeat(unit, times)) + " 5 people", unit.Trim(), HangGuard.Pathological);

    [Test]
    public void Within_windows_out_of_range_are_clamped()
    {
        const string text = "About 1,200 people were killed and 3,400 injured.";
        foreach (var (a, b) in new[] { (-50, 10), (10, 5000), (int.MinValue, int.MaxValue), (30, 2), (text.Length, text.Length + 3) })
        {
            HangGuard.Run("window", () => Recognizer.Recognize(text, new TextSpan(a, b)));
        }
    }
}
