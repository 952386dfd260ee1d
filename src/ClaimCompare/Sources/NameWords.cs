using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Sources;

/// <summary>
/// Small word tables of general English news usage: function words, country names and their
/// adjectives, US/UK spellings, generic organisation heads. Lookups only; nothing here is mutable.
/// </summary>
internal static class NameWords
{
    /// <summary>Words that carry no identity in an organisation name ("Ministry of Defence").</summary>
    public static readonly HashSet<string> Function = new(Lexicon.Default.Words("name.function-word"), StringComparer.Ordinal);

    /// <summary>A country as noun or short form, mapped to the adjective outlets also use ("Russia's army" = "Russian army").</summary>
    public static readonly FrozenDictionary<string, string> Country = Lexicon.Default.Values("country");

    /// <summary>Two-word country names folded to one adjective before the other tables apply.</summary>
    public static readonly Dictionary<(string, string), string> CountryPairs = new()
    {
        [("russian", "federation")] = "russian", [("united", "states")] = "american", [("united", "kingdom")] = "british",
        [("great", "britain")] = "british", [("saudi", "arabia")] = "saudi", [("arab", "republic")] = "republic",
    };

    /// <summary>US spellings mapped to UK spellings (either may appear; both name the same body).</summary>
    public static readonly Dictionary<string, string> Spelling = new(Lexicon.Default.Values("spelling.uk"), StringComparer.Ordinal);

    /// <summary>Heads that name a body inside the name ("Defence Ministry" = "Ministry of Defence").</summary>
    public static readonly HashSet<string> BodyHeads = new(Lexicon.Default.Words("name.body-head"), StringComparer.Ordinal);
}
