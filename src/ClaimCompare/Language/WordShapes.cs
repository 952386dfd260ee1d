namespace ClaimCompare.Language;

/// <summary>
/// Word classes read from a word's shape where a suffix says enough, with the lexicon's exceptions: one definition for
/// every rule that asks, instead of a suffix test in each.
/// </summary>
internal static class WordShapes
{
    private static readonly System.Collections.Frozen.FrozenSet<string> NounsInLy = Lexicon.Default.Words("noun-in-ly");

    /// <summary>
    /// True for a lower-case adverb in -ly of five letters or more ("reportedly", "fatally", "seriously"); nouns that
    /// end so ("family", "supply", "assembly": role <c>noun-in-ly</c>) are not adverbs, and short words ("only", "ally")
    /// are left to their own rules.
    /// </summary>
    public static bool IsLyAdverb(string lower) =>
        lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && !NounsInLy.Contains(lower);
}
