using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction;

/// <summary>Reads the place of a claim in its clause: compass side, who holds it, and a proper name.</summary>
internal static class PlaceFinder
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> PlaceNameLeadWords = Lexicon.Default.Words("place.name-lead");

    /// <summary>
    /// The place in the claim's clause: first after the figure (up to the next figure), else before it (back to
    /// the previous figure). The rest of the sentence is left alone: it often speaks of another place.
    /// </summary>
    public static string? Find(List<ScopeToken> tokens, int from, Model.TextSpan claim, int to) =>
        Find(tokens, claim.End, to) ?? Find(tokens, from, claim.Start);

    private static string? Find(List<ScopeToken> tokens, int from, int to)
    {
        string? side = null;
        string? control = null;
        string? name = null;
        var inClause = Slice(tokens, from, to);
        for (var i = 0; i < inClause.Length; i++)
        {
            var token = inClause[i];
            var previousCapitalised = i > 0 && inClause[i - 1].Capitalised;
            if (side is null && PlaceWords.SideOf(token.Lower) is { } s
                && (!token.Capitalised || (!previousCapitalised && i + 1 < inClause.Length && inClause[i + 1].Capitalised)))
            {
                side = token.Lower.StartsWith(s, StringComparison.Ordinal) && token.Lower.Length > s.Length ? token.Lower : s + "ern";
                name ??= Name(inClause, i + 1);
                continue;
            }

            if (control is null && PlaceWords.ControlOf(token.Lower) is not null)
            {
                control = token.Lower;
                name ??= Name(inClause, i + 1);
                continue;
            }

            if (name is null && ScopeWords.PlacePrepositions.Contains(token.Lower))
            {
                name = Name(inClause, i + 1);
            }
        }

        return Join(Join(control, side), name);
    }

    // The parts found, in order, joined by single spaces; null when there is none.
    private static string? Join(string? first, string? second) => first is null ? second : second is null ? first : first + " " + second;

    // The tokens inside [from, to), found by binary search; a clause longer than a few dozen words is cut, as
    // a place word stands near its figure. A view of the sentence's list, not a copy (two per claim).
    private static ReadOnlySpan<ScopeToken> Slice(List<ScopeToken> tokens, int from, int to)
    {
        var lo = 0;
        var hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < tokens.Count && tokens[end].End <= to && end - lo < 60)
        {
            end++;
        }

        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[lo..end];
    }

    private static string Bare(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    // Nationality adjectives ("Syrian", "Russian", "Lebanese", "Turkish") describe, they do not locate.
    private static bool IsDemonym(string lower) =>
        lower.Length > 4 && (lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ean", StringComparison.Ordinal)
            || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal));

    // A run of capitalised words ("Dahiyet al-Assad", "Salah al-Din"), after an optional "the" and place adjectives.
    private static string? Name(ReadOnlySpan<ScopeToken> t, int at)
    {
        while (at < t.Length && (PlaceNameLeadWords.HasWord(t[at].Lower)
            || PlaceWords.SideOf(t[at].Lower) is not null || PlaceWords.ControlOf(t[at].Lower) is not null))
        {
            at++;
        }

        var words = new List<string>();
        while (at < t.Length && (t[at].Capitalised || (words.Count > 0 && t[at].Lower.StartsWith("al-", StringComparison.Ordinal))))
        {
            var token = t[at];
            // Words are one name only when a single space joins them: "of Aleppo,” Rudskoy said" is a place, then a speaker.
            if (words.Count > 0 && token.Start - t[at - 1].End != 1)
            {
                break;
            }

            var bare = Bare(token.Text);
            var lower = bare.ToLowerInvariant();
            // "United Nations", "Defence Ministry": the run names an organisation, so there is no place here.
            if (ScopeWords.OrganisationWords.Contains(lower) || (bare.Length > 1 && bare.All(char.IsUpper)))
            {
                return null;
            }

            if (ScopeWords.Weekdays.ContainsKey(lower) || ScopeWords.Months.ContainsKey(lower) || ScopeWords.NotPlaces.Contains(lower) || IsDemonym(lower))
            {
                break;
            }

            words.Add(bare);
            at++;
            if (bare.Length != token.Text.Length)
            {
                break;
            }
        }

        if (words.Count is 0 or > 4)
        {
            return null;
        }

        // "Grad rockets": a capitalised word followed by a common noun is a modifier, not a place.
        if (at < t.Length && !t[at].Capitalised && t[at].Start - t[at - 1].End == 1
            && Nouns.CountedClass.TryGetValue(Nouns.Singular(t[at].Lower), out var cls) && cls != "district")
        {
            return null;
        }

        return string.Join(' ', words);
    }
}
