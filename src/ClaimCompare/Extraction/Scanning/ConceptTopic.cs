using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// The sentence-level fallbacks of <see cref="ConceptReader"/>: the topic a sentence opens with ("Flats from $300,000
/// to $400,000 sell ...", "Farms for sale: ..."), which owns figures that name no owner of their own; the
/// antecedent of a subject pronoun ("Garcia runs a bakery where she sells 500 loaves a day"); and the checks that
/// keep verb forms and scale words out of a concept.
/// </summary>
internal static class ConceptTopic
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> AuxiliaryFiniteWords = Lexicon.Default.Words("auxiliary.finite");
    private static readonly FrozenSet<string> TopicLeadingPrepositionWords = Lexicon.Default.Words("topic.leading-preposition");
    private static readonly FrozenSet<string> TopicObjectStartWords = Lexicon.Default.Words("topic.object-start");

    /// <summary>Words that cannot be or open the topic noun phrase (function words, pronouns, adverbs of time).</summary>
    private static readonly HashSet<string> NotTopic = new(Lexicon.Default.Words("stop.topic"), StringComparer.Ordinal);

    /// <summary>Determiners that may open the topic phrase.</summary>
    private static readonly HashSet<string> Openers = new(Lexicon.Default.Words("determiner.article"), StringComparer.Ordinal);

    /// <summary>Subject pronouns that point back to a named topic.</summary>
    private static readonly HashSet<string> SubjectPronouns = new(
        Lexicon.Default.Words("pronoun.subject").Intersect(Lexicon.Default.Words("pronoun.third-person")), StringComparer.Ordinal);

    /// <summary>Scale words and unit remnants that are never the owner of a figure.</summary>
    private static readonly HashSet<string> NotConcept = new(Lexicon.Default.Words("stop.not-concept"), StringComparer.Ordinal);

    /// <summary>
    /// The noun phrase that opens the sentence (after a determiner, or after one opening adverb and its comma), with
    /// the index of its last token; null when the sentence opens otherwise (a preposition, a pronoun, a figure).
    /// </summary>
    public static (string? Phrase, int End) Read(List<Token> t)
    {
        var j = Opening(t);

        if (j < t.Count && t[j].Kind == TokenKind.Word && Openers.Contains(t[j].Lower))
        {
            j++;
        }

        var words = new List<string>(5);
        var end = -1;
        while (j < t.Count && words.Count < 5)
        {
            var tok = t[j];
            if (tok.Kind == TokenKind.Word)
            {
                // "The rule aims to ...", "Garcia runs a ...": a word followed by "to" or a determiner is the verb.
                if (NotTopic.Contains(tok.Lower) || (words.Count > 0 && (IsVerbForm(tok.Lower) || ConceptReader.IsGoverningVerb(tok.Lower) || IsIrregularPast(tok.Lower))) || IsVerbForm(tok.Lower) && !tok.Capitalized
                    || (words.Count > 0 && j + 1 < t.Count && t[j + 1].Kind == TokenKind.Word && TopicObjectStartWords.HasWord(t[j + 1].Lower)))
                {
                    break;
                }

                words.Add(tok.Lower);
                end = j;
                j++;
                continue;
            }

            // "Salah's second spell", "TA-35": a possessive or a joined name continues the phrase.
            if (words.Count > 0 && tok.Lower is "'" or "’" && !tok.SpaceBefore)
            {
                j++;
                if (j < t.Count && t[j].Is("s") && !t[j].SpaceBefore)
                {
                    j++;
                }

                continue;
            }

            if (words.Count > 0 && tok.IsDash && !tok.SpaceBefore && j + 1 < t.Count && !t[j + 1].SpaceBefore && t[j + 1].Kind != TokenKind.Symbol)
            {
                words[^1] = words[^1] + "-" + t[j + 1].Lower;
                end = j + 1;
                j += 2;
                continue;
            }

            break;
        }

        // "Local radio said six people had died": the one who reports is the figure's source, not its owner;
        // the phrase rules are English ones.
        if (words.Count == 0 || (end + 1 < t.Count && ConceptReader.IsReporting(t[end + 1])) || words[0][0] > '\u024F')
        {
            return (null, -1);
        }

        return (string.Join(' ', words), end);
    }

    /// <summary>True when the topic phrase starts with a capital letter in the text: a name, which a pronoun can point back to.</summary>
    public static bool IsName(List<Token> t)
    {
        var j = Opening(t);
        if (j < t.Count && Openers.Contains(t[j].Lower))
        {
            j++;
        }

        return j < t.Count && t[j].Kind == TokenKind.Word && t[j].Capitalized && !NotTopic.Contains(t[j].Lower);
    }

    /// <summary>
    /// Where the sentence's subject may start: after one sentence adverb and its comma ("Meanwhile, Garcia runs ...") or
    /// after a fronted adverbial phrase and its comma ("After a slow start, Jones improved ...").
    /// </summary>
    private static int Opening(List<Token> t)
    {
        if (t.Count > 2 && t[0].Kind == TokenKind.Word && t[1].IsSymbol(',') && (t[0].Lower.EndsWith("ly", StringComparison.Ordinal) || NotTopic.Contains(t[0].Lower)))
        {
            return 2;
        }

        if (t.Count > 2 && t[0].Kind == TokenKind.Word && TopicLeadingPrepositionWords.HasWord(t[0].Lower))
        {
            for (var k = 1; k < t.Count && k <= 10; k++)
            {
                if (t[k].IsSymbol(','))
                {
                    return k + 1;
                }

                if (t[k].Kind != TokenKind.Word && t[k].Kind != TokenKind.Number || AuxiliaryFiniteWords.HasWord(t[k].Lower))
                {
                    break;
                }
            }
        }

        return 0;
    }

    /// <summary>True for a capitalised month name.</summary>
    public static bool IsMonth(Token tok) => tok.Kind == TokenKind.Word && tok.Capitalized && ScopeWords.Months.ContainsKey(tok.Lower);

    /// <summary>True for "he", "she", "it", "they".</summary>
    public static bool IsSubjectPronoun(Token tok) => tok.Kind == TokenKind.Word && SubjectPronouns.Contains(tok.Lower);

    /// <summary>
    /// True when a concept read backwards is no noun phrase: a lone verb form ("sitting", "works", "borrow"), a scale
    /// word or unit remnant ("billion", "h"), or an adverb.
    /// </summary>
    public static bool IsNotAPhrase(string phrase)
    {
        if (phrase.Contains(' ', StringComparison.Ordinal))
        {
            var last = phrase[(phrase.LastIndexOf(' ') + 1)..];
            return NotConcept.Contains(last) && last.Length > 2 || last.Length == 1;
        }

        return NotConcept.Contains(phrase) || phrase.Length <= 2 || IsVerbForm(phrase) || phrase.EndsWith("ly", StringComparison.Ordinal)
            || NotConceptVerbs.Contains(phrase);
    }

    /// <summary>Common irregular past forms that end a subject phrase ("The committee met, ...").</summary>
    private static bool IsIrregularPast(string w) => IrregularPasts.Contains(w);

    private static readonly HashSet<string> IrregularPasts = new(Lexicon.Default.Words("concept.irregular-past"), StringComparer.Ordinal);
    private static readonly HashSet<string> NotConceptVerbs = new(Lexicon.Default.Words("concept.not-concept-verb"), StringComparer.Ordinal);

    private static bool IsVerbForm(string w) =>
        (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("thing", StringComparison.Ordinal))
        || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal));
}
