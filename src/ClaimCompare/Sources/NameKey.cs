using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCompare.Language;

namespace ClaimCompare.Sources;

/// <summary>
/// The comparable forms of one source name. Build with <see cref="Of"/>; every field is derived from
/// the name alone, so keys can be computed once per distinct name and compared cheaply.
/// </summary>
/// <param name="Name">The name as given.</param>
/// <param name="Normalized">Folded words joined by spaces (<see cref="NameText.Normalize"/>): equal means the same spelling.</param>
/// <param name="Words">The folded words.</param>
/// <param name="Content">Identity-bearing words: function words dropped, US/UK spelling and country adjectives unified.</param>
/// <param name="WordSet">The content words sorted and joined: equal means the same words in any order or spelling.</param>
/// <param name="Phonetic">The <see cref="PhoneticKey"/> of each content word, in name order.</param>
/// <param name="PhoneticSet">The phonetic keys sorted and joined: equal means a transliteration variant.</param>
internal sealed record NameKey(string Name, string Normalized, ImmutableArray<string> Words, ImmutableArray<string> Content,
    string WordSet, ImmutableArray<string> Phonetic, string PhoneticSet)
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> NameJoiningPrepositionWords = Lexicon.Default.Words("name.joining-preposition");

    /// <summary>True when the name looks like an acronym ("SOHR", "MoD", "SAA"): one short word written mostly in capitals.</summary>
    public bool IsAcronym { get; init; }

    /// <summary>Acronyms this name can be shortened to (initials with and without function words), lower case.</summary>
    public ImmutableArray<string> Acronyms { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The head noun of an organisation name ("ministry" in "Russian Defence Ministry"), or null.</summary>
    public string? Head { get; init; }

    /// <summary>Country adjectives in the name ("russian"), which must agree for two bodies to be one.</summary>
    public ImmutableArray<string> Countries { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Computes the keys of a name (titles should already be removed).</summary>
    public static NameKey Of(string? name)
    {
        name ??= string.Empty;
        var words = NameText.Words(name);
        var content = ContentWords(words);
        var phonetic = content.Select(PhoneticKey.Of).ToImmutableArray();
        var countries = content.Where(w => NameWords.Country.ContainsKey(w)).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        return new NameKey(
            name,
            string.Join(' ', words),
            [.. words],
            content,
            string.Join(' ', content.Order(StringComparer.Ordinal)),
            phonetic,
            string.Join(' ', phonetic.Order(StringComparer.Ordinal)))
        {
            IsAcronym = LooksLikeAcronym(name),
            Acronyms = AcronymsOf(words, content),
            Head = HeadOf(words),
            Countries = countries,
        };
    }

    private static ImmutableArray<string> ContentWords(IReadOnlyList<string> words)
    {
        var result = ImmutableArray.CreateBuilder<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (i + 1 < words.Count && NameWords.CountryPairs.TryGetValue((w, words[i + 1]), out var pair))
            {
                result.Add(pair);
                i++;
                continue;
            }

            if (NameWords.Function.Contains(w) && words.Count > 1)
            {
                continue;
            }

            if (NameWords.Country.TryGetValue(w, out var adjective))
            {
                w = adjective;
            }
            else if (NameWords.Spelling.TryGetValue(w, out var uk))
            {
                w = uk;
            }

            result.Add(w);
        }

        return result.ToImmutable();
    }

    private static bool LooksLikeAcronym(string name)
    {
        var t = name.Trim().Trim('.', '(', ')', '"', '\'');
        if (t.Length < 2 || t.Length > 7 || t.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var upper = 0;
        var letters = 0;
        foreach (var c in t)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (c != '.' && c != '-' && c != '&')
            {
                return false;
            }
        }

        return letters >= 2 && upper >= 2 && upper * 2 >= letters;
    }

    // Initials of every word and of content words only ("mod" and "md" for Ministry of Defence); a leading
    // country adjective is also dropped ("Russian Ministry of Defence" -> "mod"), and "X Ministry" is also read
    // as "Ministry of X" so that "Defence Ministry" yields "mod".
    private static ImmutableArray<string> AcronymsOf(IReadOnlyList<string> words, ImmutableArray<string> content)
    {
        if (words.Count < 2)
        {
            return ImmutableArray<string>.Empty;
        }

        var set = new SortedSet<string>(StringComparer.Ordinal);
        void Add(IEnumerable<string> ws)
        {
            var initials = string.Concat(ws.Where(w => w.Length > 0).Select(w => w[0]));
            if (initials.Length >= 2)
            {
                set.Add(initials);
            }
        }

        Add(words);
        Add(content);
        var noCountry = words.SkipWhile(w => NameWords.Country.ContainsKey(w)).ToList();
        Add(noCountry);
        Add(noCountry.Where(w => !NameWords.Function.Contains(w)));
        if (noCountry.Count >= 2 && NameWords.BodyHeads.Contains(noCountry[^1]))
        {
            Add([noCountry[^1], "of", .. noCountry.Take(noCountry.Count - 1)]);
        }

        return [.. set];
    }

    private static string? HeadOf(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        // "Ministry of Defence of Russia", "Syrian Observatory for Human Rights": the head precedes "of"/"for".
        for (var i = 1; i < words.Count; i++)
        {
            if (NameJoiningPrepositionWords.HasWord(words[i]))
            {
                var head = words[i - 1];
                return NameWords.Spelling.TryGetValue(head, out var uk) ? uk : head;
            }
        }

        var last = words[^1];
        return NameWords.Spelling.TryGetValue(last, out var s) ? s : last;
    }
}
