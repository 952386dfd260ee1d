using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Attribution;

/// <summary>Finds the edges of noun phrases around a cue, walking tokens left or right (each walk is bounded).</summary>
internal static class Phrases
{
    /// <summary>Role <c>attribution.and-or-close</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAndOrCloseWords = Language.Lexicon.Default.Words("attribution.and-or-close");

    /// <summary>Role <c>attribution.walk-stop-left</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionWalkStopLeftWords = Language.Lexicon.Default.Words("attribution.walk-stop-left");

    /// <summary>Role <c>attribution.walk-stop-right</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionWalkStopRightWords = Language.Lexicon.Default.Words("attribution.walk-stop-right");

    /// <summary>The longest source phrase walked in either direction, in tokens.</summary>
    public const int MaxLength = 16;

    private static readonly System.Collections.Frozen.FrozenSet<string> EdAdjectives = Language.Lexicon.Default.WordsIgnoringCase("source.ed-adjective");

    // Day and month names, "today" and "yesterday": words that name a time, never a source.
    private static readonly HashSet<string> Months = new(
        [.. CalendarWords.Weekdays.Keys, .. CalendarWords.UnambiguousMonthNames, "today", "yesterday"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a lower-case word that reads as a verb or participle ("killed", "running"), which ends a noun phrase.</summary>
    public static bool LooksVerbal(Token t)
    {
        if (!t.IsWord || t.IsCapitalized || t.Text.Contains('-'))
        {
            return false;
        }

        var w = t.Lower;
        if (EdAdjectives.Contains(w) || Lexicon.AnonymousHeads.Contains(w) || Lexicon.DocumentWords.Contains(w))
        {
            return false;
        }

        return (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
            || (Lexicon.CueVerbs.ContainsKey(w) && !Lexicon.NounLikeForms.Contains(w));
    }

    /// <summary>Prepositions that can follow a participle modifying a noun ("stationed near", "hired by"), beside the inner ones.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PlacePrepositions = Language.Lexicon.Default.WordsIgnoringCase("place-preposition.source");

    /// <summary>Verbs that take a bare clause ("let editorials tell", "make Kadzik testify"): a subject never reaches back past them.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Causatives = Language.Lexicon.Default.WordsIgnoringCase("source.causative");

    /// <summary>"didn't", "They're", "We've": a contracted verb is never part of a source phrase.</summary>
    public static bool IsContraction(Token t)
    {
        var w = t.Lower;
        return t.IsWord && (w.Contains("n't", StringComparison.Ordinal) || w.Contains("n’t", StringComparison.Ordinal) || w == "cannot"
            || w.EndsWith("'re", StringComparison.Ordinal) || w.EndsWith("’re", StringComparison.Ordinal) || w.EndsWith("'ve", StringComparison.Ordinal)
            || w.EndsWith("’ve", StringComparison.Ordinal) || w.EndsWith("'d", StringComparison.Ordinal) || w.EndsWith("’d", StringComparison.Ordinal)
            || w.EndsWith("'ll", StringComparison.Ordinal) || w.EndsWith("’ll", StringComparison.Ordinal) || w.EndsWith("'m", StringComparison.Ordinal)
            || w.EndsWith("’m", StringComparison.Ordinal));
    }

    public static bool IsTimeName(Token t) => t.IsWord && Months.Contains(t.Text);

    /// <summary>
    /// The start of the noun phrase that ends at token <paramref name="last"/>, or -1 when none does
    /// (the word there is a verb, a clause word or punctuation).
    /// </summary>
    public static int WalkLeft(IReadOnlyList<Token> tokens, int last)
    {
        if (last < 0 || !tokens[last].IsWord)
        {
            if (last >= 0 && tokens[last].Kind == TokenKind.CloseParen)
            {
                var open = MatchingOpen(tokens, last);
                return open > 0 ? WalkLeft(tokens, open - 1) : -1;
            }

            return -1;
        }

        var first = tokens[last];
        if (Lexicon.Pronouns.Contains(first.Text))
        {
            return last;
        }

        if (Lexicon.ClauseWords.Contains(first.Text) || Lexicon.Determiners.Contains(first.Text) || LooksVerbal(first) || IsContraction(first)
            || (first.IsCapitalized && first.Lower.EndsWith("ing", StringComparison.Ordinal) && last == 0)
            || Lexicon.InnerPrepositions.Contains(first.Text) || IsTimeName(first) || AttributionWalkStopLeftWords.HasWord(first.Lower))
        {
            return -1;
        }

        var start = last;
        var m = last - 1;
        while (m >= 0 && last - m < MaxLength)
        {
            var t = tokens[m];
            if (t.Kind == TokenKind.CloseParen)
            {
                var open = MatchingOpen(tokens, m);
                if (open < 1 || !tokens[open - 1].IsWord)
                {
                    break;
                }

                m = open - 1;
                continue;
            }

            if (!t.IsWord && t.Kind != TokenKind.Number)
            {
                break;
            }

            var w = t.Lower;
            if (w == "that")
            {
                break;
            }

            if (Lexicon.Determiners.Contains(w) && t.Kind == TokenKind.Word)
            {
                start = m;
                if (m >= 2 && (Lexicon.InnerPrepositions.Contains(tokens[m - 1].Text) || tokens[m - 1].Lower == "and") && NounLike(tokens[m - 2]))
                {
                    m -= 1;
                    continue;
                }

                // "commanders stationed in the eastern districts": a participle with its prepositional phrase modifies the
                // noun before it, which heads the phrase; the walk goes on to that noun.
                if (m >= 3 && ReducedRelative(tokens, m - 2, m - 1))
                {
                    m -= 3;
                    continue;
                }

                break;
            }

            if (Lexicon.InnerPrepositions.Contains(w) || w == "and" || w == "&")
            {
                if (m >= 1 && NounLike(tokens[m - 1]) && (w != "and" || tokens[m - 1].IsCapitalized || Lexicon.AnonymousHeads.Contains(tokens[m - 1].Text)))
                {
                    m--;
                    continue;
                }

                if (w != "and" && m >= 2 && ReducedRelative(tokens, m - 1, m))
                {
                    m -= 2;
                    continue;
                }

                break;
            }

            // "the monitoring body": a participle right after a determiner is an adjective.
            var adjective = m >= 1 && LooksVerbal(t) && Lexicon.Determiners.Contains(tokens[m - 1].Text);

            if (Lexicon.ClauseWords.Contains(w) || (LooksVerbal(t) && !adjective) || IsTimeName(t) || Lexicon.Pronouns.Contains(w) || IsContraction(t) || Causatives.Contains(w))
            {
                break;
            }

            start = m;
            m--;
        }

        // Never start on a preposition or conjunction.
        while (start < last && tokens[start].IsWord && (Lexicon.InnerPrepositions.Contains(tokens[start].Text) || tokens[start].Lower == "and"))
        {
            start++;
        }

        return start;
    }

    /// <summary>The end (exclusive) of the noun phrase that starts at <paramref name="first"/>, or <paramref name="first"/> when none does.</summary>
    public static int WalkRight(IReadOnlyList<Token> tokens, int first)
    {
        var i = first;
        while (i < tokens.Count && i - first < MaxLength)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.OpenParen && i > first)
            {
                var close = MatchingClose(tokens, i);
                if (close < 0)
                {
                    break;
                }

                i = close + 1;
                continue;
            }

            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            var w = t.Lower;
            if (i == first && (Lexicon.Determiners.Contains(w) || Lexicon.Pronouns.Contains(w)))
            {
                i++;
                if (Lexicon.Pronouns.Contains(w))
                {
                    break;
                }

                continue;
            }

            if (Lexicon.InnerPrepositions.Contains(w) || w == "and" || w == "close")
            {
                if (w == "on" || i + 1 >= tokens.Count || !tokens[i + 1].IsWord || IsTimeName(tokens[i + 1]))
                {
                    break;
                }

                var next = tokens[i + 1];
                if (w == "and" && !next.IsCapitalized && !Lexicon.Determiners.Contains(next.Text))
                {
                    break;
                }

                // "declared by Damascus and Moscow to give a chance to ...": "to", a lower-case word and an article
                // start an infinitive with its object, not a phrase like "adviser to former president X".
                if (w == "to" && !next.IsCapitalized && !Lexicon.Determiners.Contains(next.Text) && i + 2 < tokens.Count
                    && Lexicon.Determiners.Contains(tokens[i + 2].Text))
                {
                    break;
                }

                i++;
                continue;
            }

            if (Lexicon.ClauseWords.Contains(w) || LooksVerbal(t) || IsTimeName(t) || (i > first && Lexicon.Pronouns.Contains(w))
                || AttributionWalkStopRightWords.HasWord(w))
            {
                break;
            }

            i++;
        }

        // Never end on a preposition, conjunction or determiner.
        while (i > first && tokens[i - 1].IsWord && (Lexicon.InnerPrepositions.Contains(tokens[i - 1].Text) || AttributionAndOrCloseWords.HasWord(tokens[i - 1].Lower)
            || (Lexicon.Determiners.Contains(tokens[i - 1].Text) && i - 1 > first)))
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// True when the participle at <paramref name="m"/> opens a reduced relative clause inside the phrase: a lower-case
    /// "-ed"/"-ing" form other than a cue verb, right before the preposition at <paramref name="preposition"/>, after a noun.
    /// </summary>
    private static bool ReducedRelative(IReadOnlyList<Token> tokens, int m, int preposition)
    {
        var t = tokens[m];
        var start = preposition;
        if (start != m + 1 || m < 1 || !t.IsWord || t.IsCapitalized || Lexicon.CueVerbs.ContainsKey(t.Text) || !LooksVerbal(t)
            || !(t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal))
            || !tokens[start].IsWord || !(Lexicon.InnerPrepositions.Contains(tokens[start].Text) || PlacePrepositions.Contains(tokens[start].Text)))
        {
            return false;
        }

        var noun = tokens[m - 1];
        return NounLike(noun) && noun.Kind == TokenKind.Word && !Lexicon.Determiners.Contains(noun.Text) && !Lexicon.Auxiliaries.Contains(noun.Text)
            && !IsTimeName(noun) && !IsContraction(noun) && !Causatives.Contains(noun.Text);
    }

    private static bool NounLike(Token t) =>
        (t.IsWord || t.Kind == TokenKind.Number) && !Lexicon.ClauseWords.Contains(t.Text) && !LooksVerbal(t) && !Lexicon.Pronouns.Contains(t.Text)
        && !Lexicon.InnerPrepositions.Contains(t.Text);

    public static int MatchingOpen(IReadOnlyList<Token> tokens, int close)
    {
        for (var i = close - 1; i >= 0 && close - i < 12; i--)
        {
            if (tokens[i].Kind == TokenKind.OpenParen)
            {
                return i;
            }
        }

        return -1;
    }

    public static int MatchingClose(IReadOnlyList<Token> tokens, int open)
    {
        for (var i = open + 1; i < tokens.Count && i - open < 12; i++)
        {
            if (tokens[i].Kind == TokenKind.CloseParen)
            {
                return i;
            }
        }

        return -1;
    }
}
