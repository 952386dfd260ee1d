using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>Token-level helpers: skipping auxiliaries and punctuation, content starts, spans, trimming overlaps.</summary>
internal static partial class SentenceScanner
{
    private static int SkipAuxiliariesRight(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].IsWord && (Lexicon.Auxiliaries.Contains(tokens[k].Text) && tokens[k].Lower is not ("has" or "have" or "had")))
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
                || (w is "very" or "almost" or "quite" or "rather" or "nearly" && k + 1 < tokens.Count && tokens[k + 1].Lower.EndsWith("ly", StringComparison.Ordinal));
            var negated = w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal) || w is "cannot" or "together";
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
                if (tokens[k - 1].Lower == "on" && tokens[k - 2].Lower is not ("went" or "goes" or "go"))
                {
                    break;
                }

                k -= tokens[k - 1].Lower == "on" ? 3 : 2;
                continue;
            }

            // "A survey released Monday shows", "a study published last year found": a document with a dated participle.
            var timeFrom = Phrases.IsTimeName(tokens[k]) ? k : tokens[k].Lower is "week" or "month" or "year" && k >= 1 && tokens[k - 1].Lower is "last" or "this" ? k - 1 : -1;

            // "a poll released in late August found": the dated phrase may open with "in" and a part of the month.
            if (timeFrom >= 2 && tokens[timeFrom - 1].Lower is "late" or "early" or "mid")
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
            if ((Phrases.IsTimeName(tokens[k]) || tokens[k].Lower is "week" or "month" or "year" or "weekend" or "morning" or "night" or "evening" or "afternoon")
                && k >= 1 && tokens[k - 1].Lower is "on" or "last" or "this" or "next" or "that")
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
            if (t.Kind is TokenKind.Comma or TokenKind.Colon || (t.IsWord && t.Lower is "that" or "on" or "in" or "a" or "an" or "the" or "statement" or "interview" or "last" or "this" or "week" or "earlier" or "also" or "today" or "yesterday" or "late" or "early")
                || Phrases.IsTimeName(t))
            {
                // "said in the city": stop once "in"/"on" is not followed by a time or statement word.
                if (t.IsWord && t.Lower is "in" or "on" && !(k + 1 < tokens.Count && (Phrases.IsTimeName(tokens[k + 1]) || tokens[k + 1].Lower is "a" or "an" or "the" or "statement" or "interview")))
                {
                    return k;
                }

                if (t.IsWord && t.Lower is "a" or "an" or "the" && !(k + 1 < tokens.Count && tokens[k + 1].Lower is "statement" or "interview" or "briefing"))
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
            || t.Lower.EndsWith("ial", StringComparison.Ordinal) || t.Lower.EndsWith("ary", StringComparison.Ordinal) || t.Lower is "new" or "latest" or "recent" or "early" or "media" or "news" or "press" or "these" or "those");

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
                while (end > 0 && tokens[end - 1].IsWord && tokens[end - 1].Lower is "and" or "but" or "while" or "as" or "whereas")
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
