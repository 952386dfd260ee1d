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

    /// <summary>Role <c>relative-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> RelativePronouns = Language.Lexicon.Default.Words("relative-pronoun");

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
                if (Headings.HasWord(phrase) || colon && Headings.HasWord(withColon) || length == 1 && colon && Label(tokens[i]) || length == 1 && (ListWords.HasWord(phrase) && (colon || i > from) || phrase.SequenceEqual("related") && (colon || i + 1 < to && ListWords.Contains(tokens[i + 1].Lower))))
                {
                    i = Math.Min(to, i + length + (colon ? 1 : 0));
                    moved = true;
                    break;
                }
            }
        }

        return i;
    }

    /// <summary>
    /// A label set in capitals before a colon ("PREVIOUS:", "EARLIER:", "MORE:"): a word WordNet knows as an adjective or adverb
    /// and never as a noun names no one, so it is a page's kicker or link label, not a speaker ("UN: 40 killed" keeps its source,
    /// and so does a surname, which is either unknown to WordNet or also a noun).
    /// </summary>
    private static bool Label(Token t)
    {
        if (t.Text.Length < 3 || !t.Text.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var wordNet = Language.WordNet.Default;
        return !wordNet.Knows(t.Lower, Language.WordClass.Noun)
            && (wordNet.Knows(t.Lower, Language.WordClass.Adjective) || wordNet.Knows(t.Lower, Language.WordClass.Adverb));
    }

    /// <summary>
    /// True when the subject read at <paramref name="from"/> opens with a predicate adjective right after a form of "be" and before
    /// another word ("two were dead investigators said", a comma left out): the adjective ends the clause before, and the words
    /// after it are the subject. Followed by a preposition ("fines are likely for the firm accused in ...", "were critical of
    /// lawmakers who ..."), the phrase is the clause's complement and the cue after it has no subject there. A relative pronoun before the cue is its subject, whatever stands before it.
    /// </summary>
    public static bool PredicateAdjective(IReadOnlyList<Token> tokens, int from, int cue)
    {
        if (from < 1 || from + 1 >= cue || from + 1 >= tokens.Count || !tokens[from].IsWord || tokens[from].IsCapitalized || !Lexicon.BeForms.Contains(tokens[from - 1].Text)
            || !tokens[from + 1].IsWord)
        {
            return false;
        }

        // "one of two women who declared", "likely to please Democrats, who have argued": a relative pronoun before the cue is its
        // subject, whatever stands before it.
        for (var k = from; k < cue && k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && RelativePronouns.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        var wordNet = Language.WordNet.Default;
        var w = tokens[from].Lower;
        // "possible", "likely": adjectives at least as often as nouns in WordNet, never verbs; "officials", "police" are nouns only.
        var adjective = wordNet.Senses(w, Language.WordClass.Adjective).Length;
        return adjective > 0 && !wordNet.Knows(w, Language.WordClass.Verb) && adjective >= wordNet.Senses(w, Language.WordClass.Noun).Length;
    }
}
