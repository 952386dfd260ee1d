using System.Runtime.CompilerServices;

namespace ClaimCompare.Language;

internal sealed partial class WordNet
{
    /// <summary>WordNet's detachment rules (morph.c): an inflected ending and the base-form ending it replaces.</summary>
    private static readonly (string Suffix, string Ending)[][] DetachmentRules =
    [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ];

    /// <summary>At most this many base forms are kept for one inflected form (no English form has more in WordNet).</summary>
    private const int MaxLemmas = 6;

    [InlineArray(MaxLemmas)]
    private struct LemmaBuffer
    {
        private string? first;
    }

    /// <summary>
    /// The WordNet lemmas an inflected <paramref name="form"/> may stand for, as WordNet's morphy finds them: the irregular
    /// forms of the exception lists ("fled" -> "flee"), the form itself when it is a lemma, then the regular detachment
    /// rules ("evacuations" -> "evacuation"). Case is ignored; an empty list means WordNet does not know the word.
    /// </summary>
    /// <remarks>
    /// Order matters to callers that take the first: for verbs and adjectives the exception lists come first, because a
    /// news text's "saw", "found" or "worse" is far more often the irregular form of "see", "find" and "bad" than the lemma
    /// itself; for nouns the form itself comes first, because a plural such as "people" or "arms" is a lemma of its own;
    /// for adjectives the regular base comes before the form, because WordNet lists comparatives such as "larger",
    /// "older" and "latest" as lemmas while a text using them compares ("outer" -> "out" is the price of that order).
    /// A compound verb ("passed away") is read by inflecting its first word.
    /// </remarks>
    public IReadOnlyList<string> Lemmas(string form, WordClass wordClass)
    {
        LemmaBuffer buffer = default;
        int count = FindLemmas(form, wordClass, buffer);
        if (count == 0)
            return [];
        var lemmas = new string[count];
        for (int i = 0; i < count; i++)
            lemmas[i] = buffer[i]!;
        return lemmas;
    }

    /// <summary>The first of <see cref="Lemmas"/> (see there for the order), or null; allocates nothing for a word already in lower case.</summary>
    public string? Lemma(string form, WordClass wordClass)
    {
        LemmaBuffer buffer = default;
        return FindLemmas(form, wordClass, buffer) > 0 ? buffer[0] : null;
    }

    /// <summary>True when <paramref name="form"/> is, or inflects, a WordNet lemma of <paramref name="wordClass"/>.</summary>
    public bool Knows(string form, WordClass wordClass) => Lemma(form, wordClass) is not null;

    /// <summary>
    /// True when <paramref name="form"/> is an irregular plural noun: it does not end in -s and WordNet reads it as the
    /// plural of another noun, through its exception lists ("children" -> child, "feet" -> foot, "media" -> medium) or
    /// the "-men" rule ("women" -> woman). Case is ignored.
    /// </summary>
    public bool IsIrregularPlural(string form)
    {
        if (form.Length < 3 || form.EndsWith('s') || form.EndsWith('S'))
            return false;
        LemmaBuffer buffer = default;
        int count = FindLemmas(form, WordClass.Noun, buffer);
        for (int i = 0; i < count; i++)
        {
            if (!string.Equals(buffer[i], form, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private int FindLemmas(string form, WordClass wordClass, Span<string?> found)
    {
        if (form.Length == 0)
            return 0;
        Span<char> lower = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        int c = (int)wordClass;
        int count = wordClass == WordClass.Noun ? AddIfLemma(lower, c, found, 0) : 0;
        count = AddExceptions(lower, c, found, count);
        if (wordClass == WordClass.Verb)
            count = AddIfLemma(lower, c, found, count);

        Span<char> candidate = lower.Length + 2 <= 130 ? stackalloc char[lower.Length + 2] : new char[lower.Length + 2];
        foreach (var (suffix, ending) in DetachmentRules[c])
        {
            if (lower.Length <= suffix.Length || !lower.EndsWith(suffix, StringComparison.Ordinal))
                continue;
            int stem = lower.Length - suffix.Length;
            lower[..stem].CopyTo(candidate);
            ending.AsSpan().CopyTo(candidate[stem..]);
            count = AddIfLemma(candidate[..(stem + ending.Length)], c, found, count);
        }

        if (wordClass is WordClass.Adjective or WordClass.Adverb)
            count = AddIfLemma(lower, c, found, count);

        if (count == 0 && wordClass == WordClass.Verb && lower.IndexOf(' ') is > 0 and int space)
            count = AddCompoundVerb(lower, space, found);
        return count;
    }

    /// <summary>"passed away" -> "pass away": the first word inflects, the particle stays.</summary>
    private int AddCompoundVerb(ReadOnlySpan<char> lower, int space, Span<string?> found)
    {
        LemmaBuffer heads = default;
        int headCount = FindLemmas(new string(lower[..space]), WordClass.Verb, heads);
        int count = 0;
        for (int i = 0; i < headCount; i++)
            count = AddIfLemma(string.Concat(heads[i], lower[space..]), (int)WordClass.Verb, found, count);
        return count;
    }

    private int AddExceptions(ReadOnlySpan<char> lower, int c, Span<string?> found, int count)
    {
        if (!exceptionLookups[c].TryGetValue(lower, out var bases))
            return count;
        foreach (var lemma in bases)
            count = AddIfLemma(lemma, c, found, count);
        return count;
    }

    private int AddIfLemma(ReadOnlySpan<char> candidate, int c, Span<string?> found, int count)
    {
        if (count == found.Length || !indexLookups[c].TryGetValue(candidate, out string? lemma, out _))
            return count;
        for (int i = 0; i < count; i++)
        {
            if (ReferenceEquals(found[i], lemma))
                return count;
        }

        found[count] = lemma;
        return count + 1;
    }
}
