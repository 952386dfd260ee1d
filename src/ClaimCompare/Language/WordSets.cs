using System.Collections.Frozen;

namespace ClaimCompare.Language;

/// <summary>The one way rules ask a lexicon role about a word that may be missing.</summary>
internal static class WordSets
{
    /// <summary>
    /// True when <paramref name="word"/> is in <paramref name="set"/>; false for null (a rule that matched
    /// <c>word is "a" or "b"</c> on a nullable word keeps its reading).
    /// </summary>
    public static bool HasWord(this FrozenSet<string> set, string? word) => word is not null && set.Contains(word);

    /// <summary>
    /// True when the characters <paramref name="word"/> spell a word of <paramref name="set"/>: a word read where it lies in
    /// the text, without making a string of it first (the set compares ordinally, with or without case, as the lexicon
    /// builds its sets).
    /// </summary>
    public static bool HasWord(this FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
