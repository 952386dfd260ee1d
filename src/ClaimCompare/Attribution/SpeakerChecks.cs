using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Attribution;

/// <summary>
/// A check on a cue's subject before it becomes a source (session 6, issue 13): page chrome at the start of the subject
/// ("More News Videos Deputies tell ...", "STORY: ...") is cut off; a subject made only of chrome is no source.
/// </summary>
internal static class SpeakerChecks
{
    // Headings of link lists ("More news", "Watch:") and the words that make "Related" a heading ("Related stories").
    private static readonly FrozenSet<string> Headings = Language.Lexicon.Default.WordsIgnoringCase("page.link-list-heading");
    private static readonly FrozenSet<string> ListWords = Language.Lexicon.Default.WordsIgnoringCase("page.list-word");

    /// <summary>
    /// The first token of the subject <c>[from, to)</c> after any page chrome it starts with; <paramref name="to"/> when the whole
    /// subject is chrome (a link label such as "STORY:" read as a speaker).
    /// </summary>
    public static int SkipChrome(IReadOnlyList<Token> tokens, int from, int to)
    {
        var i = from;
        var moved = true;
        Span<char> buffer = stackalloc char[128];
        while (moved && i < to)
        {
            moved = false;
            for (var length = 4; length >= 1; length--)
            {
                if (i + length > to)
                {
                    continue;
                }

                // The words joined by spaces, and a colon after them, written into a buffer: no string per phrase tried.
                var size = length;
                for (var k = i; k < i + length; k++)
                {
                    size += tokens[k].Lower.Length;
                }

                var written = size <= buffer.Length ? buffer[..size] : new char[size];
                var at = 0;
                for (var k = i; k < i + length; k++)
                {
                    if (k > i)
                    {
                        written[at++] = ' ';
                    }

                    tokens[k].Lower.CopyTo(written[at..]);
                    at += tokens[k].Lower.Length;
                }

                written[at] = ':';
                ReadOnlySpan<char> phrase = written[..at];
                ReadOnlySpan<char> withColon = written;

                // The colon may be the cue itself ("STORY: ..." read as a colon cue), so it is looked for past the subject too.
                var colon = i + length < tokens.Count && tokens[i + length].Text == ":";
                if (Headings.HasWord(phrase) || colon && Headings.HasWord(withColon) || length == 1 && (ListWords.HasWord(phrase) && (colon || i > from) || phrase.SequenceEqual("related") && (colon || i + 1 < to && ListWords.Contains(tokens[i + 1].Lower))))
                {
                    i = Math.Min(to, i + length + (colon ? 1 : 0));
                    moved = true;
                    break;
                }
            }
        }

        return i;
    }
}
