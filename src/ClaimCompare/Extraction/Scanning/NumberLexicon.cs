namespace ClaimCompare.Extraction.Scanning;

/// <summary>English number words, scale words and their abbreviations, written by the project.</summary>
internal static class NumberLexicon
{
    /// <summary>Words for 0 to 19.</summary>
    public static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    /// <summary>Words for the tens.</summary>
    public static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Scale words that multiply what comes before them.</summary>
    public static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    /// <summary>Scale abbreviations written after digits ("3.2k", "$2bn", "1.5 mln").</summary>
    public static readonly Dictionary<string, double> ScaleAbbreviations = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["mn"] = 1e6, ["mln"] = 1e6, ["mil"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12, ["tln"] = 1e12, ["b"] = 1e9,
    };

    /// <summary>Plural scale words used as vague magnitudes ("hundreds of", "dozens of"), with their base.</summary>
    public static readonly Dictionary<string, double> VaguePlurals = new(StringComparer.Ordinal)
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 1e2, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9,
        ["tens"] = 10, ["trillions"] = 1e12,
    };

    /// <summary>Fraction denominators ("a third", "two-thirds", "a quarter").</summary>
    public static readonly Dictionary<string, int> Denominators = new(StringComparer.Ordinal)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fifth"] = 5,
        ["fifths"] = 5, ["fourth"] = 4, ["fourths"] = 4, ["seventh"] = 7, ["sevenths"] = 7, ["ninth"] = 9, ["ninths"] = 9, ["sixth"] = 6, ["sixths"] = 6, ["eighth"] = 8, ["eighths"] = 8, ["tenth"] = 10, ["tenths"] = 10,
    };

    /// <summary>Ordinal words ("tenth"), used to recognise running durations ("the tenth day") and to skip ordinals.</summary>
    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

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
        var set = new HashSet<string>(StringComparer.Ordinal)
        {
            "a", "an", "half", "quarter", "several", "minus", "http", "https", "www", "ftp", "dozen",
        };
        set.UnionWith(Units.Keys);
        set.UnionWith(Tens.Keys);
        set.UnionWith(VaguePlurals.Keys);
        set.UnionWith(Ordinals.Keys);
        return set;
    }
}
