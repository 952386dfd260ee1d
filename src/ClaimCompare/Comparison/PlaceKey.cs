using ClaimCompare.Language;

namespace ClaimCompare.Comparison;

/// <summary>
/// A place reduced to what decides compatibility: compass side, who holds it, and a proper name.
/// "western Aleppo" and "government-held Aleppo" are compatible; "east" and "west" are not.
/// </summary>
/// <param name="Side">"west", "east", "north" or "south", or null.</param>
/// <param name="Control">"rebel" or "government", or null.</param>
/// <param name="Name">The proper name, lower-cased ("aleppo"), or null.</param>
internal sealed record PlaceKey(string? Side, string? Control, string? Name)
{
    // One array for every parse instead of a new one per call.
    private static readonly char[] WordSeparators = [' ', ','];

    /// <summary>No place known.</summary>
    public static PlaceKey None { get; } = new(null, null, null);

    /// <summary>True when nothing known about the two places tells them apart.</summary>
    public bool CompatibleWith(PlaceKey other) =>
        Same(Side, other.Side) && Same(Control, other.Control) && SameName(Name, other.Name);

    /// <summary>Reads a place phrase as written by <see cref="Extraction.ScopeAnnotator"/> or a caller.</summary>
    public static PlaceKey Parse(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return None;
        }

        string? side = null;
        string? control = null;
        var name = new List<string>();
        foreach (var raw in place.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant();
            var s = SideOf(word);
            var c = ControlOf(word);
            if (s is not null)
            {
                side ??= s;
            }
            else if (c is not null)
            {
                control ??= c;
            }
            else if (char.IsUpper(raw[0]) || word.StartsWith("al-", StringComparison.Ordinal) || (name.Count > 0 && word is "al"))
            {
                name.Add(word);
            }
        }

        return new PlaceKey(side, control, name.Count > 0 ? string.Join(' ', name) : null);
    }

    internal static string? SideOf(string word) => PlaceWords.SideOf(word);

    internal static string? ControlOf(string word) => PlaceWords.ControlOf(word);

    private static bool Same(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);

    // A district inside a city is written as a different name, so names only separate when neither contains the other.
    private static bool SameName(string? a, string? b) =>
        a is null || b is null || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
}
