using System.Globalization;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>English number words, scale words and their abbreviations (Language/Data/numbers.tsv).</summary>
internal static class NumberLexicon
{
    /// <summary>Words for 0 to 19.</summary>
    public static readonly Dictionary<string, int> Units = ReadInt("number.unit");

    /// <summary>Words for the tens.</summary>
    public static readonly Dictionary<string, int> Tens = ReadInt("number.tens");

    /// <summary>Scale words that multiply what comes before them.</summary>
    public static readonly Dictionary<string, double> Scales = ReadDouble("number.scale");

    /// <summary>Scale abbreviations written after digits ("3.2k", "$2bn", "1.5 mln").</summary>
    public static readonly Dictionary<string, double> ScaleAbbreviations = ReadDouble("number.scale-abbreviation");

    /// <summary>Plural scale words used as vague magnitudes ("hundreds of", "dozens of"), with their base.</summary>
    public static readonly Dictionary<string, double> VaguePlurals = ReadDouble("number.vague-plural");

    /// <summary>Fraction denominators ("a third", "two-thirds", "a quarter").</summary>
    public static readonly Dictionary<string, int> Denominators = ReadInt("number.denominator");

    /// <summary>Ordinal words ("tenth"), used to recognise running durations ("the tenth day") and to skip ordinals.</summary>
    public static readonly Dictionary<string, int> Ordinals = ReadInt("ordinal");

    /// <summary>Month names and their usual abbreviations ("May" is checked for a capital letter by the caller).</summary>
    public static readonly HashSet<string> Months = ScopeWords.Months.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Week days, which make a neighbouring number a date.</summary>
    public static readonly HashSet<string> Weekdays = ScopeWords.Weekdays.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Words that can start a figure; any other word is skipped with one lookup.</summary>
    public static readonly HashSet<string> FigureStarts = BuildStarts();

    /// <summary>True when the word is a plain number word (units, tens or a scale).</summary>
    public static bool IsNumberWord(string word) => Units.ContainsKey(word) || Tens.ContainsKey(word) || Scales.ContainsKey(word) || word == "dozen";

    private static HashSet<string> BuildStarts()
    {
        var set = new HashSet<string>(Lexicon.Default.Words("number.figure-start"), StringComparer.Ordinal);
        set.UnionWith(Units.Keys);
        set.UnionWith(Tens.Keys);
        set.UnionWith(VaguePlurals.Keys);
        set.UnionWith(Ordinals.Keys);
        return set;
    }

    // The tables are data: Language/Data/numbers.tsv, one role per table with the value ("number.unit:7").
    private static Dictionary<string, int> ReadInt(string role) =>
        Lexicon.Default.Values(role).ToDictionary(e => e.Key, e => int.Parse(e.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static Dictionary<string, double> ReadDouble(string role) =>
        Lexicon.Default.Values(role).ToDictionary(e => e.Key, e => double.Parse(e.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
