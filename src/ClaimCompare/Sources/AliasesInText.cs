using System.Collections.Immutable;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Sources;

/// <summary>Two names an article itself says belong to one source.</summary>
/// <param name="Name">The first name ("Jabhat Fateh al-Sham").</param>
/// <param name="Alias">The other name ("al-Nusra Front").</param>
/// <param name="NameSpan">Where the first name stands.</param>
/// <param name="AliasSpan">Where the other name stands.</param>
/// <param name="Cue">What said so: "formerly known as", "acronym in parentheses", "translation in parentheses", ...</param>
internal sealed record StatedAlias(string Name, string Alias, TextSpan NameSpan, TextSpan AliasSpan, string Cue);

/// <summary>
/// Finds aliases an article states: "X, formerly known as Y", "X, also known as Y", "X (Y)" where Y is X's
/// acronym or an earlier name, "Jaish al-Fatah (Army of Conquest)". A linear scanner over words; no regex.
/// </summary>
internal static class AliasesInText
{
    private const int MaxPhraseWords = 8;
    private const int MaxParenthesis = 80;

    /// <summary>Cues after a comma that introduce another name for what precedes.</summary>
    // Longest first, so "formerly known as" is read before "formerly".
    private static readonly string[] CommaCues =
        [.. Lexicon.Default.Words("alias.comma-cue").OrderByDescending(c => c.Length).ThenBy(c => c, StringComparer.Ordinal)];

    /// <summary>Words that may stand inside a name phrase in lower case.</summary>
    private static readonly HashSet<string> Connectors = new(Lexicon.Default.Words("alias-connector"), StringComparer.Ordinal);

    /// <summary>Every alias pair the text states, in text order. Never throws on odd text.</summary>
    public static ImmutableArray<StatedAlias> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ImmutableArray<StatedAlias>.Empty;
        }

        var found = new List<StatedAlias>();
        FindParentheses(text, found);
        FindCommaCues(text, found);
        return [.. found.OrderBy(f => f.NameSpan.Start).ThenBy(f => f.AliasSpan.Start)];
    }

    private static void FindParentheses(string text, List<StatedAlias> found)
    {
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = -1;
            for (var j = open + 1; j < text.Length && j - open <= MaxParenthesis; j++)
            {
                if (text[j] is '(' or '\n')
                {
                    break;
                }

                if (text[j] == ')')
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                continue;
            }

            var left = PhraseBefore(text, open);
            if (left is not { } l)
            {
                continue;
            }

            var innerStart = open + 1;
            while (innerStart < close && char.IsWhiteSpace(text[innerStart]))
            {
                innerStart++;
            }

            if (MatchCue(text, innerStart, close) is { } cue)
            {
                if (PhraseAfter(text, cue.End, close) is { } after)
                {
                    found.Add(Pair(text, l, after, cue.Cue));
                }

                continue;
            }

            if (PhraseAfter(text, innerStart, close) is not { } inner || inner.End < TrimEnd(text, close))
            {
                continue; // the parenthesis holds more than a name
            }

            var innerText = inner.Slice(text);
            var leftText = l.Slice(text);
            var innerKey = NameKey.Of(innerText);
            if (innerKey.IsAcronym && AcronymStart(text, l, innerText) is { } expanded)
            {
                found.Add(Pair(text, expanded, inner, "acronym in parentheses"));
            }
            else if (NameKey.Of(leftText).IsAcronym && innerKey.Acronyms.Contains(NameText.Normalize(leftText).Replace(" ", string.Empty, StringComparison.Ordinal)))
            {
                found.Add(Pair(text, l, inner, "expansion in parentheses"));
            }
            else if (HasArabicArticle(leftText) && innerText.Contains(' ', StringComparison.Ordinal) && !HasArabicArticle(innerText))
            {
                found.Add(Pair(text, l, inner, "translation in parentheses"));
            }
        }
    }

    private static void FindCommaCues(string text, List<StatedAlias> found)
    {
        for (var comma = text.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            var at = comma + 1;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (MatchCue(text, at, text.Length) is not { } cue || PhraseBefore(text, comma) is not { } left)
            {
                continue;
            }

            if (PhraseAfter(text, cue.End, text.Length) is { } right)
            {
                found.Add(Pair(text, left, right, cue.Cue));
            }
        }
    }

    private static StatedAlias Pair(string text, TextSpan name, TextSpan alias, string cue) =>
        new(name.Slice(text), alias.Slice(text), name, alias, cue);

    private static (string Cue, int End)? MatchCue(string text, int at, int limit)
    {
        foreach (var cue in CommaCues)
        {
            var end = at + cue.Length;
            if (end < limit && string.Compare(text, at, cue, 0, cue.Length, StringComparison.OrdinalIgnoreCase) == 0 && text[end] == ' ')
            {
                return (cue, end + 1);
            }
        }

        return null;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    // The words of a name phrase ending just before `end` (spaces skipped): capitalised words with connectors
    // inside, at most MaxPhraseWords, first and last word capitalised.
    private static TextSpan? PhraseBefore(string text, int end)
    {
        var words = new List<TextSpan>();
        var p = TrimEnd(text, end);
        while (p > 0 && words.Count < MaxPhraseWords)
        {
            var start = p;
            while (start > 0 && IsWordChar(text[start - 1]))
            {
                start--;
            }

            if (start == p)
            {
                break;
            }

            var word = new TextSpan(start, p);
            if (!IsNameWord(text, word) && !IsConnector(text, word))
            {
                break;
            }

            words.Add(word);
            p = start;
            if (p == 0 || text[p - 1] != ' ')
            {
                break;
            }

            p--;
        }

        words.Reverse();
        return Trimmed(text, words);
    }

    private static TextSpan? PhraseAfter(string text, int start, int limit)
    {
        var words = new List<TextSpan>();
        var p = start;
        while (p < limit && words.Count < MaxPhraseWords)
        {
            var end = p;
            while (end < limit && IsWordChar(text[end]))
            {
                end++;
            }

            if (end == p)
            {
                break;
            }

            var word = new TextSpan(p, end);
            if (!IsNameWord(text, word) && !IsConnector(text, word))
            {
                break;
            }

            words.Add(word);
            if (end >= limit || text[end] != ' ')
            {
                break;
            }

            p = end + 1;
        }

        return Trimmed(text, words);
    }

    private static TextSpan? Trimmed(string text, List<TextSpan> words)
    {
        var first = 0;
        var last = words.Count - 1;
        while (first <= last && !IsNameWord(text, words[first]))
        {
            first++;
        }

        while (last >= first && !IsNameWord(text, words[last]))
        {
            last--;
        }

        if (first > last)
        {
            return null;
        }

        // "Fighters of Jabhat Fateh al-Sham" at a sentence start: the capital is the sentence's, not a name's.
        if (last - first >= 3 && AtSentenceStart(text, words[first].Start) && IsConnector(text, words[first + 1])
            && !NameWords.BodyHeads.Contains(NameText.Normalize(words[first].Slice(text))))
        {
            first += 2;
        }

        var s = words[first].Start;
        var e = words[last].End;
        while (e > s && text[e - 1] is '.' or '\'' or '\u2019')
        {
            e--;
        }

        return e > s ? new TextSpan(s, e) : null;
    }

    // The longest ending of the phrase whose first word starts with the acronym's first letter and whose
    // initials give the acronym ("the UK-based Syrian Observatory for Human Rights (SOHR)").
    private static TextSpan? AcronymStart(string text, TextSpan phrase, string acronym)
    {
        var letters = NameText.Normalize(acronym).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (letters.Length < 2)
        {
            return null;
        }

        for (var s = phrase.Start; s < phrase.End; s++)
        {
            if (s > phrase.Start && text[s - 1] != ' ')
            {
                continue;
            }

            if (NameText.FoldChar(text[s]) != letters[0])
            {
                continue;
            }

            var candidate = new TextSpan(s, phrase.End);
            if (NameKey.Of(candidate.Slice(text)).Acronyms.Contains(letters))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool AtSentenceStart(string text, int at)
    {
        var p = at - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p]))
        {
            p--;
        }

        return p < 0 || text[p] is '.' or '!' or '?' or '"' or '\u201c' or ':';
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '\u2019' or '.' or '&';

    private static bool IsNameWord(string text, TextSpan word)
    {
        var c = text[word.Start];
        if (char.IsUpper(c))
        {
            return true;
        }

        // "al-Nusra", "ash-Sham": a lower-case article joined to a capitalised name.
        var dash = text.IndexOf('-', word.Start, word.Length);
        return dash > word.Start && dash + 1 < word.End && char.IsUpper(text[dash + 1]);
    }

    private static bool IsConnector(string text, TextSpan word) => Connectors.Contains(word.Slice(text));

    private static bool HasArabicArticle(string phrase)
    {
        foreach (var w in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = w.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && NameText.IsArabicArticle(NameText.Normalize(w[..dash]), hyphenated: true))
            {
                return true;
            }
        }

        return false;
    }
}
