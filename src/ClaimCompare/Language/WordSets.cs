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
}
