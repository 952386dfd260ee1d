using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>Token-level helpers: skipping auxiliaries and punctuation, content starts, spans, trimming overlaps.</summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.adjective-like</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAdjectiveLikeWords = Language.Lexicon.Default.Words("attribution.adjective-like");

    /// <summary>Role <c>attribution.after-in-on</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAfterInOnWords = Language.Lexicon.Default.Words("attribution.after-in-on");

    /// <summary>Role <c>attribution.before-period</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionBeforePeriodWords = Language.Lexicon.Default.Words("attribution.before-period");

    /// <summary>Role <c>attribution.cannot-together</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCannotTogetherWords = Language.Lexicon.Default.Words("attribution.cannot-together");

    /// <summary>Role <c>attribution.content-start-skip</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionContentStartSkipWords = Language.Lexicon.Default.Words("attribution.content-start-skip");

    /// <summary>Role <c>attribution.degree-left</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDegreeLeftWords = Language.Lexicon.Default.Words("attribution.degree-left");

    /// <summary>Role <c>attribution.in-or-on</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionInOrOnWords = Language.Lexicon.Default.Words("attribution.in-or-on");

    /// <summary>Role <c>attribution.part-of-period</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPartOfPeriodWords = Language.Lexicon.Default.Words("attribution.part-of-period");

    /// <summary>Role <c>attribution.period-noun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPeriodNounWords = Language.Lexicon.Default.Words("attribution.period-noun");

    /// <summary>Role <c>attribution.statement-event</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionStatementEventWords = Language.Lexicon.Default.Words("attribution.statement-event");

    /// <summary>Role <c>attribution.time-of-period</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionTimeOfPeriodWords = Language.Lexicon.Default.Words("attribution.time-of-period");

    /// <summary>Role <c>attribution.trim-conjunction</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionTrimConjunctionWords = Language.Lexicon.Default.Words("attribution.trim-conjunction");

    /// <summary>Role <c>period.this-or-last</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> PeriodThisOrLastWords = Language.Lexicon.Default.Words("period.this-or-last");

    private static int SkipAuxiliariesRight(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].IsWord && (Lexicon.Auxiliaries.Contains(tokens[k].Text) && !AttributionHaveFormWords.HasWord(tokens[k].Lower)))
        {
            k++;
        }

        return k;
    }

    private static int SkipAuxiliariesLeft(IReadOnlyList<Token> tokens, int k)
    {
        while (k >= 0 && (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number))
        {
            var w = tokens[k].Lower;
            // "very clearly pointed out", "almost instantly disclosed": degree words go with the adverb they modify.
            // "the family", "the Okoro family", "a rally": an -ly word right after a determiner or possessor is a noun, not an adverb.
            var adverb = (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !tokens[k].IsCapitalized && !Lexicon.AnonymousHeads.Contains(w) && !AfterDeterminer(tokens, k))
                || (AttributionDegreeLeftWords.HasWord(w) && k + 1 < tokens.Count && tokens[k + 1].Lower.EndsWith("ly", StringComparison.Ordinal));
            var negated = w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal) || AttributionCannotTogetherWords.HasWord(w);
            if (Lexicon.Auxiliaries.Contains(w) || adverb || negated)
            {
                k--;
                continue;
            }

            // "Okafor, who in 2012 said", "prosecutors in April charged": a year or month adjunct between the subject and the cue.
            if ((tokens[k].Kind == TokenKind.Number && tokens[k].Text.Length == 4 || Months.Contains(w)) && k >= 1 && tokens[k - 1].Lower == "in")
            {
                k -= 2;
                continue;
            }

            // "began to push for", "appeared to suggest", "went on to argue": a catenative verb hands its subject to the cue.
            if (w == "to" && k >= 2 && Catenative(tokens[k - 1]))
            {
                if (tokens[k - 1].Lower == "on" && !AttributionGoFormWords.HasWord(tokens[k - 2].Lower))
                {
                    break;
                }

                k -= tokens[k - 1].Lower == "on" ? 3 : 2;
                continue;
            }

            // "A survey released Monday shows", "a study published last year found": a document with a dated participle.
            var timeFrom = Phrases.IsTimeName(tokens[k]) ? k : AttributionPeriodNounWords.HasWord(tokens[k].Lower) && k >= 1 && PeriodThisOrLastWords.HasWord(tokens[k - 1].Lower) ? k - 1 : -1;

            // "a poll released in late August found": the dated phrase may open with "in" and a part of the month.
            if (timeFrom >= 2 && AttributionPartOfPeriodWords.HasWord(tokens[timeFrom - 1].Lower))
            {
                timeFrom--;
            }

            if (timeFrom >= 2 && tokens[timeFrom - 1].Lower == "in")
            {
                timeFrom--;
            }

            if (timeFrom >= 2 && tokens[timeFrom - 1].IsWord && tokens[timeFrom - 1].Lower.EndsWith("ed", StringComparison.Ordinal) && !tokens[timeFrom - 1].IsCapitalized
                && Lexicon.DocumentWords.Contains(tokens[timeFrom - 2].Text))
            {
                return timeFrom - 2;
            }

            // "The ministry in a statement said", "Okafor in a radio interview went on to blame": a speech-event adjunct.
            if (SpeechEventAdjunct(tokens, k) is var adjunct && adjunct >= 0)
            {
                k = adjunct - 1;
                continue;
            }

            // "X on Monday said", "X last week said", "X this month again said".
            if ((Phrases.IsTimeName(tokens[k]) || AttributionTimeOfPeriodWords.HasWord(tokens[k].Lower))
                && k >= 1 && AttributionBeforePeriodWords.HasWord(tokens[k - 1].Lower))
            {
                k -= 2;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>First content token after a cue: skips "that", colons, and adjuncts like "on Monday" or "in a statement".</summary>
    private static int ContentStart(IReadOnlyList<Token> tokens, int k)
    {
        var guard = k + 8;
        while (k < tokens.Count && k < guard)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.Comma or TokenKind.Colon || (t.IsWord && AttributionContentStartSkipWords.HasWord(t.Lower))
                || Phrases.IsTimeName(t))
            {
                // "said in the city": stop once "in"/"on" is not followed by a time or statement word.
                if (t.IsWord && AttributionInOrOnWords.HasWord(t.Lower) && !(k + 1 < tokens.Count && (Phrases.IsTimeName(tokens[k + 1]) || AttributionAfterInOnWords.HasWord(tokens[k + 1].Lower))))
                {
                    return k;
                }

                if (t.IsWord && DeterminerArticleWords.HasWord(t.Lower) && !(k + 1 < tokens.Count && AttributionStatementEventWords.HasWord(tokens[k + 1].Lower)))
                {
                    return k;
                }

                k++;
                continue;
            }

            break;
        }

        return k;
    }

    private static bool OnlyClosing(IReadOnlyList<Token> tokens, int k)
    {
        for (; k < tokens.Count; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstContentToken(IReadOnlyList<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Count && tokens[k].Kind is TokenKind.Quote or TokenKind.Dash or TokenKind.Other)
        {
            k++;
        }

        return k;
    }

    /// <summary>The exclusive end of the content before token <paramref name="k"/> (drops the comma and quote before a trailing source).</summary>
    private static int LastContentBefore(IReadOnlyList<Token> tokens, int k)
    {
        while (k > 0 && tokens[k - 1].Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.Dash)
        {
            k--;
        }

        return k;
    }

    private static int SkipPunctuation(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Dash)
        {
            k++;
        }

        return k;
    }

    private static bool IsAdjectiveLike(Token t) =>
        t.IsWord && !Lexicon.Pronouns.Contains(t.Text) && !Lexicon.AnonymousHeads.Contains(t.Text) && !t.IsCapitalized
        && (t.Lower.EndsWith("ent", StringComparison.Ordinal) || t.Lower.EndsWith("al", StringComparison.Ordinal) || t.Lower.EndsWith("ous", StringComparison.Ordinal)
            || t.Lower.EndsWith("ial", StringComparison.Ordinal) || t.Lower.EndsWith("ary", StringComparison.Ordinal) || AttributionAdjectiveLikeWords.HasWord(t.Lower));

    private static TextSpan? SpanOf(IReadOnlyList<Token> tokens, int from, int to, TextSpan sentence)
    {
        to = Math.Min(to, tokens.Count);
        while (to > from && tokens[to - 1].Kind is TokenKind.End or TokenKind.Comma)
        {
            to--;
        }

        if (from >= to || from < 0)
        {
            return null;
        }

        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
        return sentence.Contains(span) ? span : null;
    }

    /// <summary>Content that runs into a later cue's source phrase in the same sentence stops before it ("A said X, and B said Y").</summary>
    private static List<RawAttribution> Trim(IReadOnlyList<Token> tokens, List<RawAttribution> found, TextSpan sentence)
    {
        for (var k = 0; k < found.Count - 1; k++)
        {
            var current = found[k];
            var next = found[k + 1];
            // An attitude inside a statement ("X said rebels want ...") nests in its content rather than ending it.
            if (current.Trailing || next.SourceFrom < 0 || current.Content is not { } content || next.Trailing || next.Cites || next.Class != CueClass.Speech)
            {
                continue;
            }

            var cut = tokens[next.SourceFrom].Start;
            if (content.Contains(cut) && cut > content.Start)
            {
                var end = next.SourceFrom;
                while (end > 0 && tokens[end - 1].IsWord && AttributionTrimConjunctionWords.HasWord(tokens[end - 1].Lower))
                {
                    end--;
                }

                found[k] = current with { Content = SpanOf(tokens, IndexAt(tokens, content.Start), end, sentence) };
            }
        }

        return found;
    }

    /// <summary>The first token starting at or after <paramref name="offset"/> (binary search: tokens are in offset order).</summary>
    private static int IndexAt(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
