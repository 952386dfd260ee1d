using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>Words before a figure that make it a rise or a fall ("rose 0.45 per cent", "fell by 3,000", "up 4%").</summary>
internal static class TrendLexicon
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> TrendNotChangeVerbWords = Lexicon.Default.Words("trend.not-change-verb");

    private static readonly Dictionary<string, Trend> Words = Build();

    /// <summary>Words that are a trend only before money, percentages or points ("lost 1.1%", not "lost 21 tanks").</summary>
    private static readonly HashSet<string> MarketOnly = new(Lexicon.Default.Words("trend.market-only"), StringComparer.Ordinal);

    /// <summary>
    /// Words after which "up"/"down" are adverbs of a level ("was up 4%", "ended down 1%", "Blackmores up 9.4
    /// per cent"); after other verbs they are particles ("gave up 517 yards").
    /// </summary>
    private static readonly HashSet<string> LevelVerbs = new(Lexicon.Default.Words("trend.level-verb"), StringComparer.Ordinal);

    /// <summary>True when "up"/"down" after <paramref name="previous"/> marks a rise or fall (null previous: sentence start or a symbol).</summary>
    public static bool AdverbAllowedAfter(Token? previous) =>
        previous is not { } p || p.Kind != TokenKind.Word || p.Capitalized || LevelVerbs.Contains(p.Lower);

    /// <summary>True for words that make a figure after "by" a change ("lift output by 15 per cent").</summary>
    public static bool IsChangeVerb(string word) => Words.ContainsKey(word) && !TrendNotChangeVerbWords.HasWord(word);

    /// <summary>The trend a word gives to the figure after it, or null.</summary>
    public static Trend? Of(string word, string? unit)
    {
        if (!Words.TryGetValue(word, out var trend))
        {
            return null;
        }

        if (MarketOnly.Contains(word) && !(unit is not null && (UnitLexicon.IsChangeUnit(unit) || UnitLexicon.IsCurrency(unit))))
        {
            return null;
        }

        return trend;
    }

    private static Dictionary<string, Trend> Build()
    {
        var map = new Dictionary<string, Trend>(StringComparer.Ordinal);
        foreach (var w in new[]
        {
            "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing", "grew", "grow",
            "grows", "growing", "grown", "gained", "gains", "gain", "climbed", "climb", "climbs", "climbing", "jumped", "jump",
            "jumps", "soared", "soars", "surged", "surges", "surge", "advanced", "advances", "added", "adds", "add", "up", "rallied",
            "spiked", "swelled", "higher", "boosted", "edged", "ticked", "leapt", "leaped", "doubled", "soaring", "surging",
            "jumping", "gaining", "advancing", "upward", "upwards", "rebounded", "rebounding",
        })
        {
            map[w] = Trend.Up;
        }

        foreach (var w in new[]
        {
            "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "dropping", "declined", "decline",
            "declines", "declining", "decreased", "decrease", "decreases", "slid", "slide", "slides", "slipped", "slips",
            "plunged", "plunges", "plummeted", "plummets", "tumbled", "tumbles", "sank", "sinks", "sunk", "shed", "sheds",
            "down", "lost", "loses", "lose", "lower", "eased", "eases", "dipped", "dips", "shrank", "shrunk", "shrinks",
            "slumped", "slumps", "retreated", "cut", "contracted", "lowered", "reduced", "plummeting", "plunging", "sliding", "tumbling",
            "sinking", "slipping", "shedding", "losing", "downward", "downwards", "dipping", "easing", "slumping",
        })
        {
            map[w] = Trend.Down;
        }

        return map;
    }
}
