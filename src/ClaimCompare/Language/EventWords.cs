using System.Collections.Frozen;
using System.Text;

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
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || ch is '-' or '\'' or '’')
            {
                sb.Append(ch);
                continue;
            }

            Flush(sb, words);
            if (ch == ',')
            {
                words.Add(",");
            }
        }

        Flush(sb, words);
        return words;

        static void Flush(StringBuilder sb, List<string> words)
        {
            if (sb.Length > 0)
            {
                // A word of hyphens and apostrophes only trims to nothing and is dropped.
                var word = sb.ToString().Trim('-', '\'');
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                sb.Clear();
            }
        }
    }
}
