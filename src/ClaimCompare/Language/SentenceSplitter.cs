using ClaimCompare.Model;

namespace ClaimCompare.Language;

/// <summary>
/// Splits article body text into sentences, as spans of the original text. Line breaks always end a
/// sentence (news paragraphs); inside a line, a full stop ends one unless it belongs to an abbreviation
/// ("Lt.", "U.S."), an initial, or a number ("1.5").
/// </summary>
/// <remarks>Stateless and thread-safe. Linear in the text length.</remarks>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(Lexicon.Default.Words("sentence-abbreviation"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Splits the whole text.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, new TextSpan(0, text.Length));
    }

    /// <summary>Splits the body of an article (chrome, captions and footers left out).</summary>
    public static IReadOnlyList<TextSpan> Split(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = new List<TextSpan>();
        foreach (var span in article.BodySpans())
        {
            result.AddRange(Split(article.Text, span));
        }

        return result;
    }

    /// <summary>Splits the part of <paramref name="text"/> inside <paramref name="within"/>.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan within)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var end = Math.Min(within.End, text.Length);
        var start = Math.Max(0, within.Start);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n' || c == '\r' || c == '\u2029')
            {
                Add(text, sentences, start, i);
                start = i + 1;
            }
            else if ((c is '.' or '!' or '?' or '…') && EndsSentence(text, i, end))
            {
                var stop = i + 1;
                while (stop < end && text[stop] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ']' or '»')
                {
                    stop++;
                }

                Add(text, sentences, start, stop);
                start = stop;
                i = stop;
                continue;
            }

            i++;
        }

        Add(text, sentences, start, end);
        return sentences;
    }

    private static bool EndsSentence(string text, int i, int end)
    {
        var next = i + 1;
        while (next < end && text[next] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ']' or '»')
        {
            next++;
        }

        if (next >= end)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false; // "1.5", "U.S.", "example.com"
        }

        var after = next;
        while (after < end && text[after] is ' ' or '\t' or '\u00A0')
        {
            after++;
        }

        if (after >= end || text[after] is '\n' or '\r')
        {
            return true;
        }

        var first = text[after];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '‘' or '\'' or '(' or '['))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // The word before the full stop: an abbreviation or a single initial does not end a sentence.
        var w = i;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '\''))
        {
            w--;
        }

        var word = text[w..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !Abbreviations.Contains(word.TrimEnd('.'));
    }

    private static void Add(string text, List<TextSpan> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
