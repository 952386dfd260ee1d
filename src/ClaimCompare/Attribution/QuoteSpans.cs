using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Carries an attribution over a quotation that runs past the sentence holding its cue, within one paragraph:
/// back to the opening quote for '... more,” Rudskoy said.', forward to the closing quote for 'He said: “A. B.”',
/// and over a quotation that follows straight after '"A," she told X. "B."'.
/// </summary>
internal static class QuoteSpans
{
    public static TextSpan Extend(string text, TextSpan content, TextSpan sentence, bool trailing, int maxLength)
    {
        // Paragraph edges are looked for no further than the longest quote carried, so each call costs at most O(maxLength).
        var paragraphStart = ParagraphStart(text, sentence.Start, maxLength);
        var paragraphEnd = ParagraphEnd(text, sentence.End, maxLength);
        var start = content.Start;
        var end = content.End;
        if (trailing)
        {
            if (ClosesAfter(text, content.End, sentence.End) && !OpensBefore(text, content.Start, sentence.Start) && LastOpenQuote(text, content.Start, content.End) < 0 && !HasQuote(text, content))
            {
                // The quote opened in an earlier sentence of the paragraph (or, when its opening mark is missing, at the paragraph start).
                var open = FindOpening(text, content.Start - 1, paragraphStart);
                start = open >= 0 ? open + 1 : paragraphStart;
            }

            // '"A," she told X. "B."': the next quotation in the same paragraph is hers too.
            var next = SkipSpaces(text, sentence.End, paragraphEnd);
            if (next < paragraphEnd && IsOpening(text, next))
            {
                var close = FindClosing(text, next + 1, paragraphEnd);
                end = close >= 0 ? close : paragraphEnd;
            }
        }
        else
        {
            var open = LastOpenQuote(text, content.Start, content.End);
            if (open >= 0)
            {
                var close = FindClosing(text, open + 1, paragraphEnd);
                end = close >= 0 ? Math.Max(end, close) : paragraphEnd;
            }
        }

        start = Math.Max(start, content.End - maxLength);
        end = Math.Min(end, start + Math.Max(maxLength, content.Length));
        return new TextSpan(Math.Min(start, content.Start), Math.Max(end, content.End));
    }

    private static bool HasQuote(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (IsQuote(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»';

    private static bool IsOpening(string text, int i)
    {
        var c = text[i];
        if (c is '“' or '«')
        {
            return true;
        }

        if (c is '”' or '»')
        {
            return false;
        }

        // A straight quote opens when it follows a space or the line start and precedes a word.
        return c == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
    }

    private static bool ClosesAfter(string text, int from, int limit)
    {
        for (var i = from; i < Math.Min(limit, from + 4); i++)
        {
            if (IsQuote(text[i]) && !IsOpening(text, i))
            {
                return true;
            }

            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool OpensBefore(string text, int from, int limit)
    {
        for (var i = from - 1; i >= Math.Max(limit, from - 4); i--)
        {
            if (IsQuote(text[i]))
            {
                return true;
            }

            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The nearest quote mark before <paramref name="from"/> when it opens; -1 when a closing mark or the limit comes first.</summary>
    private static int FindOpening(string text, int from, int limit)
    {
        for (var i = from; i >= limit; i--)
        {
            if (IsQuote(text[i]))
            {
                return IsOpening(text, i) ? i : -1;
            }
        }

        return -1;
    }

    private static int FindClosing(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (IsQuote(text[i]) && !IsOpening(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An opening quote inside the span with no closing quote after it there; -1 when quotes balance.</summary>
    private static int LastOpenQuote(string text, int from, int to)
    {
        var open = -1;
        for (var i = from; i < to; i++)
        {
            if (IsQuote(text[i]))
            {
                open = IsOpening(text, i) ? i : -1;
            }
        }

        return open;
    }

    private static int SkipSpaces(string text, int i, int limit)
    {
        while (i < limit && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return i;
    }

    private static int ParagraphStart(string text, int i, int maxLength)
    {
        var k = Math.Min(i, text.Length) - 1;
        var stop = Math.Max(-1, k - maxLength);
        while (k > stop && text[k] != '\n')
        {
            k--;
        }

        return SkipSpaces(text, k + 1, text.Length);
    }

    private static int ParagraphEnd(string text, int i, int maxLength)
    {
        var k = Math.Max(0, i);
        var stop = Math.Min(text.Length, k + maxLength);
        while (k < stop && text[k] != '\n')
        {
            k++;
        }

        return k;
    }
}
