using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Cue verbs in non-finite clauses, whose understood subject stands elsewhere in the sentence: to-infinitives ("went on
/// a podcast to accuse", "the audit led the minister to warn") and -ing participles and gerunds ("with analysts warning",
/// "a video of the referee asking", "cut the budget, saying"). Every look-back is bounded, so the scan stays linear.
/// </summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.cue-adverb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCueAdverbWords = Language.Lexicon.Default.Words("attribution.cue-adverb");

    /// <summary>Role <c>attribution.each-or-both</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionEachOrBothWords = Language.Lexicon.Default.Words("attribution.each-or-both");

    /// <summary>Role <c>attribution.nonfinite-lemma</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNonfiniteLemmaWords = Language.Lexicon.Default.Words("attribution.nonfinite-lemma");

    /// <summary>Role <c>attribution.not-possessor</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNotPossessorWords = Language.Lexicon.Default.Words("attribution.not-possessor");

    /// <summary>Role <c>attribution.object-complement</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionObjectComplementWords = Language.Lexicon.Default.Words("attribution.object-complement");

    /// <summary>How far back a controller or clause subject is looked for, in tokens.</summary>
    private const int NonfiniteReach = 24;

    /// <summary>How far a non-finite clause's content is read, in tokens.</summary>
    private const int ClauseReach = 256;

    /// <summary>
    /// Called for a cue verb form that <see cref="Verb"/> did not read as a finite verb: a base form after "to" or an
    /// -ing form. Returns the attribution with the controller as source, or null.
    /// </summary>
    private static RawAttribution? Nonfinite(IReadOnlyList<Token> tokens, int i, string lemma, TextSpan sentence, List<RawAttribution> found)
    {
        var t = tokens[i];
        var ing = t.Lower.EndsWith("ing", StringComparison.Ordinal) && t.Lower != lemma;

        // A capitalised form is a verb only when it opens the sentence ("Citing a new survey, the campaign ...").
        if (t.IsCapitalized && !(ing && i == FirstContentToken(tokens)) || !(ing || t.Lower == lemma) || CueEnd(tokens, i, lemma) is not (var cueTo and > 0))
        {
            return null;
        }

        // "to continue", "to show up", "to find a way": after "to" these verbs name doing, displaying or locating, not saying.
        if (!ing && AttributionNonfiniteLemmaWords.HasWord(lemma))
        {
            return null;
        }

        var speech = !Lexicon.AttitudeLemmas.Contains(lemma) && !Lexicon.IsAction(lemma);
        var (from, to, controller) = ing ? ParticipleHolder(tokens, i, speech) : InfinitiveController(tokens, i);

        // "The ministry refused to confirm the toll": when the controlling verb is itself a cue, the infinitive is its content.
        if (controller >= 0 && IsFoundCue(found, controller))
        {
            return null;
        }

        if (from < 0 || to <= from || (to > i && from < cueTo) || Lexicon.ClauseWords.Contains(tokens[to - 1].Text)
            || !(PlausibleSubject(tokens, from, to, t, i) || !ing && Possessor(tokens[to - 1])))
        {
            return null;
        }

        // An intended, obliged or caused act of speech ("needs to tell", "led the minister to warn") is not a statement the
        // holder made, so it never credits a figure; a participle reports speech as it happens and keeps the verb's class.
        var cueClass = Lexicon.IsAction(lemma) ? CueClass.Action
            : !speech || !ing ? CueClass.Attitude
            : CueClass.Speech;

        // A participle after a comma reports what follows it, as ", saying" does after a finite verb; the content of an infinitive
        // or of a gerund in an adjunct ends with its clause, so a later cue of the sentence is not read as nested inside it.
        var contentFrom = ContentStart(tokens, AfterObject(tokens, cueTo, lemma));
        var trailingParticiple = ing && i >= 1 && (tokens[i - 1].Kind is TokenKind.Comma or TokenKind.Dash || AttributionEachOrBothWords.HasWord(tokens[i - 1].Lower));
        var contentTo = trailingParticiple ? tokens.Count : ClauseEnd(tokens, contentFrom);
        return new RawAttribution(i, cueTo, from, to) { Content = SpanOf(tokens, contentFrom, contentTo, sentence), Class = cueClass };
    }

    /// <summary>
    /// "the captain's" in "the captain's reply was to deny": a possessor holds the infinitive of its noun. "There's", "it's",
    /// "that's" are a word and a contracted "is".
    /// </summary>
    private static bool Possessor(Token t)
    {
        var bare = Lexicon.StripPossessive(t.Text, out var possessive).ToLowerInvariant();
        return possessive && t.IsWord && !AttributionNotPossessorWords.HasWord(bare);
    }

    /// <summary>The end of the cue (after a required particle), or -1 when the form is not a cue here.</summary>
    private static int CueEnd(IReadOnlyList<Token> tokens, int i, string lemma)
    {
        var cueTo = i + 1;
        if (Lexicon.ParticleVerbs.TryGetValue(lemma, out var particles))
        {
            if (!(i + 1 < tokens.Count && Lexicon.IsParticle(particles, tokens[i + 1].Lower)))
            {
                return -1;
            }

            cueTo = i + 2;
        }

        if ((Lexicon.IssueLemmas.Contains(lemma) || Lexicon.LightLemmas.Contains(lemma)) && !IssuesText(tokens, cueTo, lemma))
        {
            return -1;
        }

        // The verb needs a complement: a clause, an object, a quotation ("saying nothing" is fine, "the ruling was" is a noun).
        if (cueTo >= tokens.Count || tokens[cueTo].Kind is TokenKind.End || tokens[cueTo].IsWord
            && (Lexicon.BeForms.Contains(tokens[cueTo].Text) || Lexicon.Auxiliaries.Contains(tokens[cueTo].Text) && !AttributionCueAdverbWords.HasWord(tokens[cueTo].Lower)))
        {
            return -1;
        }

        return cueTo;
    }

    /// <summary>True when one of the last cues found covers token <paramref name="k"/> (cues are found left to right, so a look at the last two is enough).</summary>
    private static bool IsFoundCue(List<RawAttribution> found, int k)
    {
        for (var n = found.Count - 1; n >= 0 && n >= found.Count - 2; n--)
        {
            if (found[n].CueFrom <= k && k < found[n].CueTo)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first comma, colon or sentence end at or after <paramref name="k"/> outside a quotation; the look-ahead is bounded so
    /// that many cues in one long sentence stay linear.
    /// </summary>
    private static int ClauseEnd(IReadOnlyList<Token> tokens, int k)
    {
        var quoted = false;
        for (var m = k; m < tokens.Count && m - k < ClauseReach; m++)
        {
            if (tokens[m].Kind == TokenKind.Quote && tokens[m].Text is not ("'" or "’"))
            {
                quoted = !quoted;
            }
            else if (!quoted && tokens[m].Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.End)
            {
                return m;
            }
        }

        return Math.Min(tokens.Count, k + ClauseReach);
    }

    /// <summary>
    /// Past the listener of a verb like "tell" or "warn" ("telling voters that ..."): a noun phrase counts as the listener only
    /// when "that", "to", punctuation or a quotation follows it; in "warning that 2,000 jobs could go" it is the content's subject.
    /// </summary>
    private static int AfterObject(IReadOnlyList<Token> tokens, int cueTo, string lemma)
    {
        if (!Lexicon.ObjectVerbs.Contains(lemma) || cueTo >= tokens.Count || tokens[cueTo].Lower == "that")
        {
            return cueTo;
        }

        var objectEnd = Phrases.WalkRight(tokens, cueTo);
        var listener = objectEnd > cueTo && (objectEnd >= tokens.Count || !tokens[objectEnd].IsWord || AttributionObjectComplementWords.HasWord(tokens[objectEnd].Lower));
        return listener ? objectEnd : cueTo;
    }
}
