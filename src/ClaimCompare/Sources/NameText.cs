using System.Collections.Frozen;
using System.Text;
using ClaimCompare.Language;

namespace ClaimCompare.Sources;

/// <summary>
/// Folds a source name to comparable words: lower case, no diacritics, no punctuation, no possessive
/// "'s", no leading "the"/"so-called", no "UK-based"-style descriptors, no Arabic article ("al-", "ash-").
/// Hyphenated words are split.
/// </summary>
internal static class NameText
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> NameArabicArticleWords = Lexicon.Default.Words("name.arabic-article");

    // Latin letters with diacritics, folded to their base letter. Written by hand for the Latin-1 and
    // Latin Extended-A ranges, because the library runs with invariant globalization (no ICU normalisation).
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžðþß";
    private const string Folded =   "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzdts";

    private static readonly Dictionary<char, char> FoldMap = BuildFoldMap();

    /// <summary>Leading words that never belong to a name ("the", "so-called").</summary>
    private static readonly HashSet<string> LeadingNoise = new(Lexicon.Default.Words("name.leading-noise"), StringComparer.Ordinal);

    /// <summary>Arabic definite articles as transliterated before a hyphen ("ash-Sham", "ad-Din", "an-Nusra").</summary>
    private static readonly HashSet<string> HyphenArticles = new(Lexicon.Default.Words("name.hyphen-article"), StringComparer.Ordinal);

    /// <summary>
    /// True for an Arabic article that is not part of the name's identity: "al"/"el" standing alone, or any
    /// assimilated form ("ash", "ad", "an") joined by a hyphen, since outlets write al-Sham, ash-Sham and Sham.
    /// </summary>
    public static bool IsArabicArticle(string word, bool hyphenated) =>
        NameArabicArticleWords.HasWord(word) || (hyphenated && HyphenArticles.Contains(word));

    private static Dictionary<char, char> BuildFoldMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Accented.Length; i++)
        {
            map[Accented[i]] = Folded[i];
        }

        return map;
    }

    /// <summary>Lower-cases one character and removes its diacritic; returns it unchanged otherwise.</summary>
    public static char FoldChar(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return FoldMap.TryGetValue(lower, out var f) ? f : lower;
    }

    /// <summary>The name folded and split into words (hyphenated words split into parts).</summary>
    public static IReadOnlyList<string> Words(string? name)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            return words;
        }

        var sb = new StringBuilder(name.Length);
        var raw = new List<string>();
        foreach (var ch in name)
        {
            var c = FoldChar(ch);
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00b4' or '\u02bc' or '\u02be' or '\u02bf')
            {
                sb.Append('\'');
            }
            else if (c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013')
            {
                sb.Append('-');
            }
            else if (c == '&')
            {
                Flush(sb, raw);
                raw.Add("and");
            }
            else
            {
                Flush(sb, raw);
            }
        }

        Flush(sb, raw);
        var start = 0;
        while (start < raw.Count && LeadingNoise.Contains(raw[start]) && raw.Count - start > 1)
        {
            // "so called" written apart is dropped as a pair.
            if (raw[start] == "so" && (start + 1 >= raw.Count || raw[start + 1] != "called"))
            {
                break;
            }

            start += raw[start] == "so" ? 2 : 1;
        }

        for (var i = start; i < raw.Count; i++)
        {
            var w = raw[i];
            if (w.EndsWith("-based", StringComparison.Ordinal) && raw.Count - i > 1)
            {
                continue; // "UK-based", "London-based": where the source sits, not who it is.
            }

            var parts = w.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var k = 0; k < parts.Length; k++)
            {
                var p = StripApostrophes(parts[k]);
                var joined = k + 1 < parts.Length;
                var followed = joined || i + 1 < raw.Count;
                if (p.Length == 0 || (followed && IsArabicArticle(p, joined)))
                {
                    continue;
                }

                words.Add(p);
            }
        }

        return words;
    }

    /// <summary>The folded words joined by single spaces: the exact-match key of a name.</summary>
    public static string Normalize(string? name) => string.Join(' ', Words(name));

    private static void Flush(StringBuilder sb, List<string> raw)
    {
        if (sb.Length == 0)
        {
            return;
        }

        var w = sb.ToString().Trim('-', '\'');
        sb.Clear();
        if (w.Length > 0)
        {
            raw.Add(w);
        }
    }

    private static string StripApostrophes(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        return word.Contains('\'', StringComparison.Ordinal) ? word.Replace("'", string.Empty, StringComparison.Ordinal) : word;
    }
}
