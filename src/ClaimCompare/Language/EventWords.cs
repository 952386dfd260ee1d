using System.Collections.Frozen;

namespace ClaimCompare.Language;

/// <summary>
/// Event words by class, shared by extraction (which reads the event around a figure) and comparison (which tells like
/// events from unlike): which verbs and nouns name the same event, and which words negate one.
/// </summary>
internal static class EventWords
{
    /// <summary>Event verbs and nouns by class: synonyms of one event (role <c>event.class:CLASS</c>, Language/Data/events.tsv).</summary>
    public static readonly FrozenDictionary<string, string> Class = Lexicon.Default.Values("event.class");

    /// <summary>Words that negate an event: "did not use warplanes for 16 days" is the length of a pause.</summary>
    public static readonly FrozenSet<string> Negations = Lexicon.Default.Words("event.negation");

    /// <summary>Splits a phrase into words, keeping hyphenated words and commas (for coordinations and clause ends).</summary>
    public static List<string> Words(string? text) => string.IsNullOrEmpty(text) ? [] : Words(text, 0, text.Length);

    /// <summary>
    /// As <see cref="Words(string?)"/>, for the characters <paramref name="from"/>..<paramref name="to"/> (exclusive) of
    /// <paramref name="text"/>: a window of a sentence is split where it lies, without copying it first.
    /// </summary>
    public static List<string> Words(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var i = from;
        while (NextWord(text, ref i, to, out var word))
        {
            words.Add(WordAt(text, word));
        }

        return words;
    }

    /// <summary>
    /// The place of the next word of <see cref="Words(string, int, int)"/> at or after <paramref name="i"/> and before
    /// <paramref name="to"/>, moving <paramref name="i"/> past it; a comma is a word of its own character. False at the end.
    /// </summary>
    public static bool NextWord(string text, ref int i, int to, out Range word)
    {
        while (i < to)
        {
            var ch = text[i];
            if (IsWordCharacter(ch))
            {
                var start = i;
                while (i < to && IsWordCharacter(text[i]))
                {
                    i++;
                }

                // A word keeps inner hyphens and apostrophes; one of hyphens and apostrophes only trims to nothing and is dropped.
                var end = i;
                while (start < end && text[start] is '-' or '\'')
                {
                    start++;
                }

                while (end > start && text[end - 1] is '-' or '\'')
                {
                    end--;
                }

                if (end > start)
                {
                    word = new Range(start, end);
                    return true;
                }

                continue;
            }

            i++;
            if (ch == ',')
            {
                word = new Range(i - 1, i);
                return true;
            }
        }

        word = default;
        return false;
    }

    /// <summary>The word at a place <see cref="NextWord"/> found (the one shared string for a comma).</summary>
    public static string WordAt(string text, Range word) => text[word.Start.Value] == ',' ? "," : text[word];

    private static bool IsWordCharacter(char ch) => char.IsLetterOrDigit(ch) || ch is '-' or '\'' or '’';
}
