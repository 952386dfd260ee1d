using System.Collections.Frozen;

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
        while (moved && i < to)
        {
            moved = false;
            for (var length = 4; length >= 1; length--)
            {
                if (i + length > to)
                {
                    continue;
                }

                var phrase = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Lower));
                // The colon may be the cue itself ("STORY: ..." read as a colon cue), so it is looked for past the subject too.
                var colon = i + length < tokens.Count && tokens[i + length].Text == ":";
                if (Headings.Contains(phrase) || colon && Headings.Contains(phrase + ":") || length == 1 && (ListWords.Contains(phrase) && (colon || i > from) || phrase == "related" && (colon || i + 1 < to && ListWords.Contains(tokens[i + 1].Lower))))
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
