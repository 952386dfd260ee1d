using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>
/// Scores ClaimCompare's <see cref="QuantityRecognizer"/> on Microsoft Recognizers-Text English specs
/// (Number, NumberRange, Percent, Dimension, Currency): the share of cases where it agrees. Cases whose
/// conventions ClaimCompare does not share (docs/extraction.md) are classified by their features, counted
/// and listed; the share is computed over the rest. Cases marked not supported in .NET are skipped.
/// </summary>
public static class RecognizersEvaluation
{
    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var folder = Path.Combine(benchmarksRoot, "recognizers-text", "Specs");
        var recognizer = new QuantityRecognizer();
        var board = new Scoreboard();
        var verbose = Environment.GetEnvironmentVariable("CLAIMCOMPARE_EVAL_VERBOSE") == "1";
        (string Name, string File, QuantitySpecKind Kind)[] specs =
        [
            ("Number", Path.Combine("Number", "English", "NumberModel.json"), QuantitySpecKind.Number),
            ("NumberRange", Path.Combine("Number", "English", "NumberRangeModel.json"), QuantitySpecKind.Range),
            ("Percent", Path.Combine("Number", "English", "PercentModel.json"), QuantitySpecKind.Percent),
            ("Dimension", Path.Combine("NumberWithUnit", "English", "DimensionModel.json"), QuantitySpecKind.Dimension),
            ("Currency", Path.Combine("NumberWithUnit", "English", "CurrencyModel.json"), QuantitySpecKind.Currency),
        ];

        foreach (var (name, file, kind) in specs)
        {
            var cases = (JArray)BenchmarkData.LoadJson(Path.Combine(folder, file));
            var agreed = 0;
            var scored = 0;
            var skipped = 0;
            var deliberate = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var disagreements = new List<string>();
            foreach (var item in cases.OfType<JObject>())
            {
                var notSupported = (string?)item["NotSupported"] ?? string.Empty;
                if (notSupported.Contains("dotnet", StringComparison.OrdinalIgnoreCase) || item["NotSupportedByDesign"] is not null)
                {
                    skipped++;
                    continue;
                }

                var input = (string)item["Input"]!;
                var expected = ((JArray)item["Results"]!).OfType<JObject>().Select(r => QuantitySpec.Expected(kind, r)).ToList();
                var actual = QuantitySpec.Actual(kind, recognizer.Recognize(input));
                var agree = QuantitySpec.SameMultiset(expected, actual);
                if (!agree && QuantitySpec.Convention(kind, input, expected, actual) is { } category)
                {
                    deliberate[category] = deliberate.GetValueOrDefault(category) + 1;
                    continue;
                }

                scored++;
                if (agree)
                {
                    agreed++;
                }
                else
                {
                    disagreements.Add($"  - `{input.Trim()}`: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
                }
            }

            var share = scored == 0 ? 0 : 100.0 * agreed / scored;
            board.Add("Recognizers-Text " + name, "agreement on shared conventions", share, kind is QuantitySpecKind.Number or QuantitySpecKind.Range ? "target >= 95" : null);
            board.Add("Recognizers-Text " + name, "cases scored", scored);
            var lines = deliberate.Select(d => $"  - {d.Key}: {d.Value}");
            board.Note($"Recognizers-Text {name}: {agreed}/{scored} agree; {skipped} not supported in .NET; deliberate differences:\n{string.Join("\n", lines)}\n");
            if (verbose && disagreements.Count > 0)
            {
                board.Note($"Recognizers-Text {name} disagreements:\n{string.Join("\n", disagreements)}\n");
            }
        }

        return board;
    }
}

/// <summary>Which Recognizers-Text model a spec file tests.</summary>
public enum QuantitySpecKind
{
    /// <summary>NumberModel: every number, as a value.</summary>
    Number,

    /// <summary>NumberRangeModel: qualified numbers as intervals.</summary>
    Range,

    /// <summary>PercentModel.</summary>
    Percent,

    /// <summary>DimensionModel (lengths, areas, weights, ...).</summary>
    Dimension,

    /// <summary>CurrencyModel.</summary>
    Currency,
}

/// <summary>Turns spec results and recognised quantities into comparable strings, and names convention differences.</summary>
internal static class QuantitySpec
{
    private static readonly string[] MathWords = ["^", " over ", " point ", "trillionth", "millionth", "hundredth", "thousandth", "firsts", "hundred fifth", "and a fourth", "and three quarters", "fifths"];

    // Each convention is a feature of the written form, never a piece of one case's text.
    private static readonly Regex Ratio = new(@"\b(\d+|one) in (\d+|two|three|four|five|six|seven|eight|nine|ten|twenty\S*)\b", RegexOptions.NonBacktracking);
    private static readonly Regex TrailingReopen = new(@"\d or (equal|greater than|more than)\b", RegexOptions.NonBacktracking);
    private static readonly Regex IdentifierCode = new(@"\b[a-z]{2,}-\d+\b", RegexOptions.NonBacktracking);
    private static readonly Regex IsoDate = new(@"\b\d{4}-\d{2}(-\d{2})?\b", RegexOptions.NonBacktracking);
    private static readonly Regex IndianGrouping = new(@"\d{1,2},\d{2},\d{3}", RegexOptions.NonBacktracking);
    private static readonly Regex PhonePrefix = new(@"\+\d[\d -]{6,}", RegexOptions.NonBacktracking);
    private static readonly Regex DigitThenG = new(@"\dg\b", RegexOptions.NonBacktracking);

    /// <summary>The expected result as a comparable string.</summary>
    public static string Expected(QuantitySpecKind kind, JObject result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var resolution = result["Resolution"] as JObject;
        var value = (string?)resolution?["value"] ?? string.Empty;
        if (kind == QuantitySpecKind.Range)
        {
            return value.Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        value = value.TrimEnd('%');
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? Format(v) : value;
    }

    /// <summary>What ClaimCompare recognised, in the same terms.</summary>
    public static List<string> Actual(QuantitySpecKind kind, IReadOnlyList<RecognizedQuantity> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var result = new List<string>();
        foreach (var r in found)
        {
            var q = r.Quantity;
            switch (kind)
            {
                case QuantitySpecKind.Range:
                    if (Interval(q) is { } interval)
                    {
                        result.Add(interval);
                    }

                    break;
                case QuantitySpecKind.Percent:
                    if (q.Unit == "percent")
                    {
                        result.Add(Format(q.Value));
                    }

                    break;
                case QuantitySpecKind.Currency:
                    if (q.Unit is { Length: 3 } u && u.All(char.IsUpper) || q.Unit == "cent")
                    {
                        result.Add(Format(q.Value));
                    }

                    break;
                case QuantitySpecKind.Dimension:
                    if (q.Unit is { } unit && !(unit.Length == 3 && unit.All(char.IsUpper)) && unit is not ("percent" or "cent") && !IsTime(unit))
                    {
                        result.Add(Format(q.Value));
                    }

                    break;
                default:
                    if (q.Bound == BoundKind.Range && q.RangeEnd is { } end)
                    {
                        result.Add(Format(q.Value));
                        result.Add(Format(end));
                    }
                    else if (q.Bound != BoundKind.Vague)
                    {
                        result.Add(Format(q.Value));
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>True when both lists hold the same items, in any order.</summary>
    public static bool SameMultiset(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count == b.Count && a.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(b.OrderBy(x => x, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// The documented convention a disagreement comes from, or null when it is a plain disagreement.
    /// Categories are recognised from features of the case, never from the case itself.
    /// </summary>
    public static string? Convention(QuantitySpecKind kind, string input, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var lower = " " + input.ToLowerInvariant() + " ";
        if (kind == QuantitySpecKind.Range)
        {
            // ClaimCompare reads "between 20 and 30", "20-30", "20 through 30" as closed; Recognizers-Text as half-open.
            var closed = expected.Select(e => e.EndsWith(')') && e.StartsWith('[') && e.Contains(',') && !e.EndsWith(",)", StringComparison.Ordinal) ? e[..^1] + "]" : e).ToList();
            if (SameMultiset(closed, actual))
            {
                return "closed ranges (\"between A and B\" includes B)";
            }

            if (lower.Contains("tenth", StringComparison.Ordinal) || lower.Contains("fifteenth", StringComparison.Ordinal))
            {
                return "ordinals are not quantities";
            }

            if (Ratio.IsMatch(lower) || lower.Contains("<>", StringComparison.Ordinal) || lower.Contains("=>", StringComparison.Ordinal) || lower.Contains("=<", StringComparison.Ordinal))
            {
                return "ratios and comparison-operator notation";
            }

            if (TrailingReopen.IsMatch(lower))
            {
                return "a trailing \"or equal (to)\" / \"or more than\" reopening a bound";
            }

            if (lower.Contains(" in 19", StringComparison.Ordinal) || lower.Contains(" in 20", StringComparison.Ordinal))
            {
                return "figures next to years: Recognizers-Text reads some as dates";
            }
        }

        if (HasSlashedDate(input) || IsoDate.IsMatch(input))
        {
            return "dates are not quantities";
        }

        if (lower.Contains("lakh", StringComparison.Ordinal) || lower.Contains("crore", StringComparison.Ordinal) || IndianGrouping.IsMatch(input))
        {
            return "Indian digit grouping (lakh, crore)";
        }

        if (lower.TrimStart().StartsWith("- ", StringComparison.Ordinal))
        {
            return "a spaced hyphen before a figure is a dash, not a minus sign";
        }

        if (Ratio.IsMatch(lower))
        {
            return "ratios (\"1 in 21\") are read as two figures";
        }

        if (lower.TrimStart().StartsWith("per", StringComparison.Ordinal))
        {
            return "percent written before its figure (\"percent of 10\")";
        }

        if (MathWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) || HasExponent(lower) || IsCompoundSpokenFraction(lower))
        {
            return "mathematical notation and compound spoken fractions (exponents, \"over\", \"point\", ordinal denominators)";
        }

        if (HasDecimalComma(input))
        {
            return "decimal commas (\"1,3\", \"5,00\")";
        }

        if (HasDottedSequence(input) || PhonePrefix.IsMatch(input) || IdentifierCode.IsMatch(lower))
        {
            return "identifiers, addresses and phone numbers are not quantities";
        }

        if (kind == QuantitySpecKind.Number && expected.Count == 0 && actual.Count > 0 && DigitWithUnit(lower))
        {
            return "numbers written with a unit are quantities (\"180ml\", \"29km\")";
        }

        if (kind == QuantitySpecKind.Number && (lower.Contains(" g ", StringComparison.Ordinal) || DigitThenG.IsMatch(lower) || lower.Contains(" m ", StringComparison.Ordinal) || lower.Contains("mm ", StringComparison.Ordinal) || lower.Contains("dz", StringComparison.Ordinal)
            || lower.Contains("doz", StringComparison.Ordinal) || lower.Contains(" k ", StringComparison.Ordinal)))
        {
            return "SI-prefix and abbreviated multipliers (\"10G\", \"1MM\", \"3 dzs\") are units in news text";
        }

        return null;
    }

    // "180ml", "29km", "1m": a digit with a unit written straight after it.
    private static bool DigitWithUnit(string lower)
    {
        for (var i = 0; i + 1 < lower.Length; i++)
        {
            if (!char.IsAsciiDigit(lower[i]))
            {
                continue;
            }

            foreach (var unit in (ReadOnlySpan<string>)["ml", "km", "m"])
            {
                var end = i + 1 + unit.Length;
                if (lower.AsSpan(i + 1).StartsWith(unit, StringComparison.Ordinal) && (end == lower.Length || !char.IsAsciiLetter(lower[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Interval(Quantity q)
    {
        return q.Bound switch
        {
            BoundKind.Lower => $"{(q.LowInclusive ? "[" : "(")}{Format(q.Value)},)",
            BoundKind.Upper => $"(,{Format(q.Value)}{(q.HighInclusive ? "]" : ")")}",
            BoundKind.Range when q.RangeEnd is { } end => $"{(q.LowInclusive ? "[" : "(")}{Format(q.Value)},{Format(end)}{(q.HighInclusive ? "]" : ")")}",
            BoundKind.Exact when q.Qualifier is not null => $"[{Format(q.Value)},{Format(q.Value)}]",
            _ => null,
        };
    }

    private static bool IsTime(string unit) => unit is "second" or "minute" or "hour" or "day" or "week" or "month" or "year" or "decade" or "century";

    private static bool HasExponent(string s)
    {
        for (var i = 1; i + 1 < s.Length; i++)
        {
            if (s[i] == 'e' && char.IsDigit(s[i - 1]) && (char.IsDigit(s[i + 1]) || s[i + 1] is '+' or '-'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDecimalComma(string s)
    {
        for (var i = 1; i + 1 < s.Length; i++)
        {
            if (s[i] == ',' && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]))
            {
                var digits = 0;
                for (var k = i + 1; k < s.Length && char.IsDigit(s[k]); k++)
                {
                    digits++;
                }

                if (digits != 3)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"six million and two thirds", "one twenty-fifth", "two thirds of a million", "one billion and a half million".</summary>
    private static bool IsCompoundSpokenFraction(string s)
    {
        var words = s.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var fraction = Array.FindIndex(words, w => w is "half" or "quarter" or "thirds" or "third" or "fourth" or "ninths" or "thirtieth" or "fifth" or "dozens" || (w.EndsWith("th", StringComparison.Ordinal) && w.Length > 5));
        return fraction > 0 && (words.Take(fraction).Count(w => w is "and" or "million" or "billion" or "hundred" or "twenty" or "one") >= 2 || s.Contains("of a million", StringComparison.Ordinal)
            || (fraction + 1 < words.Length && words[fraction + 1] is "million" or "billion"));
    }

    private static bool HasSlashedDate(string s)
    {
        var slashes = 0;
        for (var i = 1; i + 1 < s.Length; i++)
        {
            if (s[i] == '/' && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]))
            {
                slashes++;
            }
        }

        return slashes >= 2;
    }

    private static bool HasDottedSequence(string s)
    {
        var dots = 0;
        for (var i = 1; i + 1 < s.Length; i++)
        {
            if (s[i] == '.' && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]))
            {
                dots++;
            }
        }

        return dots >= 2;
    }

    private static string Format(double v) => Math.Round(v, 6).ToString("R", CultureInfo.InvariantCulture);
}
