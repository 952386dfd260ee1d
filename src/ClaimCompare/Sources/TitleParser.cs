using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Sources;

/// <summary>A person's name with the titles, role and affiliation that were written around it.</summary>
/// <param name="Name">The bare name ("Sergey Rudskoy").</param>
/// <param name="Role">The title or role written with it ("Head of operations in the Russian General Staff General"), or null.</param>
/// <param name="Affiliation">The organisation the role places the person in ("Russian General Staff"), or null.</param>
internal sealed record ParsedName(string Name, string? Role, string? Affiliation);

/// <summary>
/// Separates ranks, titles and roles from a person's name ("Lt. Gen. Sergei Rudskoi", "Russian Defense
/// Minister Sergei Shoigu", "Rami Abdel Rahman, head of the Observatory"). A scanner over words; no regex.
/// </summary>
internal static class TitleParser
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> TitleDanglingEndWords = Lexicon.Default.Words("title.dangling-end");
    private static readonly FrozenSet<string> TitleDomainPrepositionWords = Lexicon.Default.Words("title.domain-preposition");

    /// <summary>Words that are titles, ranks or roles, never part of a name (folded, without dots).</summary>
    private static readonly HashSet<string> TitleWords = new(Lexicon.Default.Words("title.name-parser"), StringComparer.Ordinal);

    /// <summary>Lower-case words that may stand inside a person's name ("al-", "bin", "de").</summary>
    private static readonly HashSet<string> NameParticles = new(Lexicon.Default.Words("name-particle.name-parser"), StringComparer.Ordinal);

    /// <summary>Splits a person mention into name, role and affiliation. Never throws on odd text.</summary>
    public static ParsedName Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedName(string.Empty, null, null);
        }

        var trimmed = text.Trim();
        string? apposition = null;
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            apposition = trimmed[(comma + 1)..].Trim();
            trimmed = trimmed[..comma].Trim();
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameStart = words.Length;
        while (nameStart > 0 && IsNameWord(words[nameStart - 1]))
        {
            nameStart--;
        }

        // A trailing particle alone ("al") is not a name; require at least one capitalised word.
        if (!words[nameStart..].Any(StartsUpper))
        {
            nameStart = words.Length;
        }

        if (nameStart >= words.Length && !string.IsNullOrEmpty(apposition))
        {
            // "Saudi cleric, Abdullah al-Moheisini": the titles stand first and the name follows the comma.
            var inner = Parse(apposition);
            var left = trimmed.Length > 0 ? trimmed : null;
            return inner with { Role = inner.Role is null ? left : left + ", " + inner.Role, Affiliation = inner.Affiliation ?? (left is null ? null : AffiliationIn(left)) };
        }

        if (nameStart >= words.Length)
        {
            // No name after the titles: keep the text whole rather than lose it.
            return new ParsedName(text.Trim(), null, null);
        }

        var name = string.Join(' ', words[nameStart..]);
        var prefix = string.Join(' ', words[..nameStart]).Trim().TrimEnd(',');
        var roles = new List<string>();
        if (prefix.Length > 0)
        {
            roles.Add(prefix);
        }

        if (!string.IsNullOrEmpty(apposition))
        {
            roles.Add(apposition);
        }

        var role = roles.Count == 0 ? null : string.Join(", ", roles);
        var affiliation = (apposition is null ? null : AffiliationIn(apposition)) ?? (prefix.Length > 0 ? AffiliationIn(prefix) : null);
        return new ParsedName(name, role, affiliation);
    }

    /// <summary>True when the folded word is a title, rank or role word.</summary>
    public static bool IsTitleWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = NameText.Normalize(word.Replace(".", string.Empty, StringComparison.Ordinal));
        if (folded.Length == 0)
        {
            return false;
        }

        if (TitleWords.Contains(folded))
        {
            return true;
        }

        var parts = folded.Split(' ');
        return parts.Length > 1 && parts.All(TitleWords.Contains);
    }

    private static bool IsNameWord(string word)
    {
        if (IsTitleWord(word))
        {
            return false;
        }

        if (StartsUpper(word))
        {
            return true;
        }

        var lower = word.ToLowerInvariant();
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        return NameParticles.Contains(dash > 0 ? lower[..dash] : lower);
    }

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    // The last capitalised phrase after an "in"/"of"/"at"/"for" ("Head of operations in the Russian General
    // Staff" -> "Russian General Staff"), cut at a possessive and stripped of trailing titles; or "X Ministry"
    // for a role "X Minister".
    private static string? AffiliationIn(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? last = null;
        var consumed = -1;
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (i <= consumed || !TitleDomainPrepositionWords.HasWord(words[i]))
            {
                continue;
            }

            var j = i + 1;
            if (j < words.Length && words[j] is "the" or "The")
            {
                j++;
            }

            var phrase = new List<string>();
            var lastIndex = j - 1;
            for (; j < words.Length; j++)
            {
                var w = words[j].TrimEnd(',', ';', ':');
                var possessive = w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal);
                var stem = possessive ? w[..^2] : w;
                if (!StartsUpper(stem) && !(phrase.Count > 0 && TitleDanglingEndWords.HasWord(stem)))
                {
                    break;
                }

                // "Russia's General Staff": a country's possessive opens the body's name; any other closes it
                // ("the Russian General Staff's Main Operations Directorate").
                var country = possessive && NameWords.Country.ContainsKey(NameText.Normalize(stem));
                phrase.Add(country ? w : stem);
                lastIndex = j;
                if ((possessive && !country) || words[j].EndsWith(','))
                {
                    break;
                }
            }

            while (phrase.Count > 0 && (TitleDanglingEndWords.HasWord(phrase[^1]) || (phrase.Count > 1 && IsTitleWord(phrase[^1]) && !IsBodyWord(phrase[^1]))))
            {
                phrase.RemoveAt(phrase.Count - 1);
                lastIndex--;
            }

            if (phrase.Count > 0)
            {
                // The last organisation named is the one the person sits in: "Chief of the Main Operational
                // Directorate of the General Staff" -> "General Staff".
                last = string.Join(' ', phrase);
                consumed = lastIndex;
            }
        }

        if (last is not null)
        {
            return last;
        }

        // "Russian Defense Minister": the ministry is the affiliation.
        if (words.Length >= 2 && words[^1] is "Minister" or "minister" && words[^2] is not ("Prime" or "prime"))
        {
            var start = words.Length - 1;
            while (start > 0 && StartsUpper(words[start - 1]) && !IsTitleWord(words[start - 1]))
            {
                start--;
            }

            if (start < words.Length - 1)
            {
                return string.Join(' ', words[start..^1]) + " Ministry";
            }
        }

        return null;
    }

    private static bool IsBodyWord(string word) => NameWords.BodyHeads.Contains(NameText.Normalize(word));
}
