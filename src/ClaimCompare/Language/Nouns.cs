using System.Collections.Frozen;

namespace ClaimCompare.Language;

/// <summary>
/// Counted nouns as news English uses them: which class of thing a noun counts (civilians, soldiers, missiles),
/// the time units, and a plural-to-singular reading for them. Extraction reads them to tell a place from a modifier
/// ("Grad rockets"); comparison reads them to tell like from unlike.
/// </summary>
internal static class Nouns
{
    /// <summary>Counted nouns by class (role <c>counted:CLASS</c>). Words in one class count the same kind of thing.</summary>
    public static readonly FrozenDictionary<string, string> CountedClass = Lexicon.Default.Values("counted");

    /// <summary>Time units, lower-cased singular and plural, to the unit they name (role <c>time-unit:UNIT</c>).</summary>
    public static readonly FrozenDictionary<string, string> TimeUnits = Lexicon.Default.Values("time-unit");

    /// <summary>
    /// The singular of a lower-case plural by the regular English rules ("casualties" -> "casualty", "servicemen" ->
    /// "serviceman"); known class words, time units and words of three letters or fewer stay as they are.
    /// </summary>
    public static string Singular(string word)
    {
        if (CountedClass.ContainsKey(word) || TimeUnits.ContainsKey(word) || word.Length <= 3)
        {
            return word;
        }

        if (word.EndsWith("men", StringComparison.Ordinal))
        {
            return word[..^3] + "man";
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }

    /// <summary>A word-to-class map from class-to-words tables; a word listed under two classes keeps the first (the tables read top-down from the more specific class).</summary>
    internal static FrozenDictionary<string, string> Build(Dictionary<string, string[]> classes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, words) in classes)
        {
            foreach (var word in words)
            {
                map.TryAdd(word, name);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
