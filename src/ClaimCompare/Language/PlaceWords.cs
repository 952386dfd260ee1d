using System.Collections.Frozen;

namespace ClaimCompare.Language;

/// <summary>
/// Words that locate a place without naming it: a compass side ("western") or who holds it ("rebel-held").
/// Extraction reads them to find a claim's place; comparison reads them to tell places apart.
/// </summary>
internal static class PlaceWords
{
    /// <summary>The compass side a lower-case word names ("western" -> "west"), or null.</summary>
    public static string? SideOf(string word) => Sides.GetValueOrDefault(word);

    // Role compass:SIDE in Language/Data.
    private static readonly FrozenDictionary<string, string> Sides = Lexicon.Default.Values("compass");

    /// <summary>Who holds a place, from a lower-case word ("rebel-held", "government-controlled", "besieged"): "rebel", "government" or null.</summary>
    public static string? ControlOf(string word)
    {
        if (!word.Contains('-', StringComparison.Ordinal) && word is not "besieged")
        {
            return null;
        }

        if (word is "besieged" || word.StartsWith("rebel-", StringComparison.Ordinal) || word.StartsWith("opposition-", StringComparison.Ordinal)
            || word.StartsWith("militant-", StringComparison.Ordinal) || word.StartsWith("insurgent-", StringComparison.Ordinal))
        {
            return "rebel";
        }

        return word.StartsWith("government-", StringComparison.Ordinal) || word.StartsWith("regime-", StringComparison.Ordinal)
            || word.StartsWith("army-", StringComparison.Ordinal) || word.StartsWith("state-held", StringComparison.Ordinal)
            ? "government"
            : null;
    }
}
