using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>Units written after a figure and currencies written before it, with canonical names.</summary>
internal static class UnitLexicon
{
    /// <summary>Canonical name of the percent unit.</summary>
    public const string Percent = "percent";

    /// <summary>
    /// True for the units a change or level of a price or rate is written in ("rose 2 percent", "fell 25 basis points",
    /// "up 3 points", "5 cents"): a trend word beside them reads as a market move.
    /// </summary>
    public static bool IsChangeUnit(string? unit) => unit is Percent or "percentage point" or "basis point" or "point" or "cent";

    /// <summary>Time units: a figure with one of these is a duration.</summary>
    public static readonly HashSet<string> TimeUnits = new(Lexicon.Default.Words("time-unit.quantity"), StringComparer.Ordinal);

    // Role unit.rate-word: "per", "an", "a" before a time unit make a rate ("miles per hour", "kilometres an hour").
    private static readonly FrozenSet<string> RateWords = Lexicon.Default.Words("unit.rate-word");

    /// <summary>Every unit phrase with its canonical name.</summary>
    private static readonly FrozenDictionary<string, string> Names = Lexicon.Default.Values("unit")
        .ToFrozenDictionary(e => e.Key, e => e.Value.Replace('_', ' '), StringComparer.Ordinal);

    /// <summary>Units after the figure (tokens separated by spaces; symbols are tokens of their own).</summary>
    public static readonly PhraseTable<string> After = new(Entries());

    /// <summary>
    /// Units that are rates per unit of time (speeds: "miles per hour", "km / h", "kilometres an hour"), read off the
    /// unit phrases themselves: a phrase ending in "per", "an", "a" or "/" and a time unit. A duration after such a
    /// figure ("0-60 mph in 6 seconds") is the time the rate is reached in, a measure of its own.
    /// </summary>
    public static readonly FrozenSet<string> RatesPerTime = Entries().Where(e => IsPerTime(e.Item1)).Select(e => e.Item2).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Currency marks before the figure ("$", "US$", "€", "USD").</summary>
    public static readonly PhraseTable<string> CurrencyBefore = new(Lexicon.Default.Values("currency-before").Select(e => (e.Key, e.Value)));

    /// <summary>Words that stand for a currency when they follow a figure ("10 million dollars").</summary>
    public static bool IsCurrency(string unit) => unit.Length == 3 && unit.All(char.IsUpper);

    private static bool IsPerTime(string phrase)
    {
        var words = phrase.Split(' ');
        if (words.Length < 3 || !(RateWords.Contains(words[^2]) || words[^2] is "/"))
        {
            return false;
        }

        return Names.TryGetValue(words[^1], out var time) && TimeUnits.Contains(time);
    }

    // The unit table is data: role unit:NAME in Language/Data (units.tsv), "_" for a space ("percentage_point").
    private static IEnumerable<(string, string)> Entries() => Names.Select(e => (e.Key, e.Value));
}
