using System.Collections.Frozen;
using ClaimCompare.Language;
namespace ClaimCompare.Attribution;

/// <summary>The understood subject of a cue verb in a to-infinitive: object control, subject control and purpose clauses.</summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.adverb-before-to</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAdverbBeforeToWords = Language.Lexicon.Default.Words("attribution.adverb-before-to");

    /// <summary>Role <c>attribution.clause-boundary</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionClauseBoundaryWords = Language.Lexicon.Default.Words("attribution.clause-boundary");

    /// <summary>Role <c>attribution.failure-word</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionFailureWordWords = Language.Lexicon.Default.Words("attribution.failure-word");

    /// <summary>Role <c>attribution.get-form</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionGetFormWords = Language.Lexicon.Default.Words("attribution.get-form");

    /// <summary>Role <c>attribution.possessive-person</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPossessivePersonWords = Language.Lexicon.Default.Words("attribution.possessive-person");

    /// <summary>Role <c>attribution.seem-verb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSeemVerbWords = Language.Lexicon.Default.Words("attribution.seem-verb");

    /// <summary>Role <c>relative-pronoun.wh</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> RelativePronounWhWords = Language.Lexicon.Default.Words("relative-pronoun.wh");

    /// <summary>
    /// Verbs whose object is the subject of a following infinitive: causing, forcing, persuading and asking someone to act
    /// ("led the minister to warn", "pressed the board to explain"). The object is the one who speaks. Verbs of obligation and
    /// permission ("requires", "allows") are left out: they say an act may or must happen, not that someone was moved to it.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ObjectControlVerbs = Language.Lexicon.Default.WordsIgnoringCase("object-control-verb");

    /// <summary>
    /// Verbs and adjectives that hand their own subject to a following infinitive ("tried to explain", "refused to say",
    /// "was quick to point out", "is set to announce").
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> SubjectControlWords = Language.Lexicon.Default.WordsIgnoringCase("subject-control-word");

    /// <summary>(from, to, controlling verb) of the controller of the infinitive whose verb is token <paramref name="i"/>, or (-1, -1, -1).</summary>
    private static (int From, int To, int Controller) InfinitiveController(IReadOnlyList<Token> tokens, int i)
    {
        var to = i - 1;
        if (to >= 1 && IsLyAdverb(tokens[to]))
        {
            to--;
        }

        if (to < 1 || tokens[to].Lower != "to")
        {
            return (-1, -1, -1);
        }

        var g = to - 1;

        // "pushed the treasurer, who had stayed silent, to concede": a relative clause between the object and "to".
        if (tokens[g].Kind == TokenKind.Comma && RelativeBefore(tokens, g) is var relative && relative > 0)
        {
            g = relative - 1;
            if (g >= 0 && tokens[g].Kind == TokenKind.Comma)
            {
                g--;
            }
        }

        // "failed to disclose", "the club's failure to speak out", "unable to explain": the act did not happen, so nobody said anything.
        if (g < 1 || tokens[g].Lower.StartsWith("fail", StringComparison.Ordinal) || AttributionFailureWordWords.HasWord(tokens[g].Lower))
        {
            return (-1, -1, -1);
        }

        // Object control: "moved the guild at its spring session to ban", "led the minister to warn", "led Ms. Vell (harbour board)
        // and Mr. Renk (port office) to object" (one more conjunct before "and").
        var objectFrom = Phrases.WalkLeft(tokens, g);
        if (objectFrom >= 2 && tokens[objectFrom - 1].Lower == "and" && Phrases.WalkLeft(tokens, objectFrom - 2) is var conjunct && conjunct >= 1)
        {
            objectFrom = conjunct;
        }

        // "made it hard for the mayor to attack", "no reason for the club to reply": "for" opens an infinitive clause with its
        // own subject, so no verb before it controls the infinitive. Taking that subject as the source was right 1 time in 2.
        for (var k = g - 1; k >= 0 && g - k <= 6 && tokens[k].IsWord; k--)
        {
            if (tokens[k].Lower == "for")
            {
                return (-1, -1, -1);
            }
        }

        if (objectFrom >= 1 && tokens[objectFrom - 1].IsWord && ObjectControlVerbs.Contains(tokens[objectFrom - 1].Text))
        {
            return (objectFrom, g + 1, objectFrom - 1);
        }

        // Subject control: "she tries to draw", "he refused to say", "the mayor was quick to point out".
        var c = g;
        while (c >= 1 && (IsLyAdverb(tokens[c]) || AttributionAdverbBeforeToWords.HasWord(tokens[c].Lower)))
        {
            c--;
        }

        if (tokens[c].IsWord && SubjectControlWords.Contains(tokens[c].Text))
        {
            var (subjectFrom, subjectTo) = SubjectOf(tokens, c);
            return (subjectFrom, subjectTo, c);
        }

        // "his refusal to release", "the chef's decision to endorse", "the captain's first reply was to deny": the possessor of the
        // noun governing the infinitive is its subject.
        var nounEnd = g >= 2 && tokens[g].IsWord && Lexicon.BeForms.Contains(tokens[g].Text) ? g - 1 : g;
        for (var k = nounEnd - 1; k >= 0 && nounEnd - k <= 2 && tokens[k].IsWord; k--)
        {
            if (AttributionPossessivePersonWords.HasWord(tokens[k].Lower))
            {
                return (k, k + 1, -1);
            }

            if (Possessor(tokens[k]))
            {
                var from = Phrases.WalkLeft(tokens, k);
                return from >= 0 ? (from, k + 1, -1) : (-1, -1, -1);
            }
        }

        return PurposeController(tokens, g);
    }

    /// <summary>Past forms the -ed test misses, irregular or too short to tell, that often govern a purpose clause ("met with the board to discuss").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularPasts = Language.Lexicon.Default.WordsIgnoringCase("irregular-past");

    /// <summary>
    /// A purpose clause: "went on a podcast to accuse", "crowded into the library to discuss", "met with the board to discuss". The
    /// active past verb before the infinitive, with only its object and adjuncts between, passes on its subject.
    /// </summary>
    private static (int From, int To, int Controller) PurposeController(IReadOnlyList<Token> tokens, int g)
    {
        for (var k = g; k >= 1 && g - k < 12; k--)
        {
            var w = tokens[k];
            // "went to the harbour": a "to" before a name or a determiner is a preposition; one before a bare word opens another infinitive.
            if (!w.IsWord && w.Kind != TokenKind.Number || AttributionClauseBoundaryWords.HasWord(w.Lower)
                || w.Lower == "to" && k < g && !(tokens[k + 1].IsCapitalized || Lexicon.Determiners.Contains(tokens[k + 1].Text)))
            {
                break;
            }

            if (w.IsCapitalized || !(IrregularPasts.Contains(w.Text) || w.Lower.Length > 4 && w.Lower.EndsWith("ed", StringComparison.Ordinal) && Phrases.LooksVerbal(w)))
            {
                continue;
            }

            // "was written to reassure": a passive names what was made, not who acts.
            var before = SkipAuxiliariesLeft(tokens, k - 1);
            if (before < 0 || tokens[before].IsWord && Lexicon.BeForms.Contains(tokens[before].Text))
            {
                break;
            }

            var (from, to) = SubjectOf(tokens, k);
            return from >= 0 && (from == FirstContentToken(tokens) || !tokens[from - 1].IsWord || Lexicon.ClauseWords.Contains(tokens[from - 1].Text) || tokens[from - 1].Lower is "and")
                ? (from, to, k)
                : (-1, -1, -1);
        }

        return (-1, -1, -1);
    }

    /// <summary>For a comma at <paramref name="comma"/> closing a ", who ..." clause: the index of the opening comma, or -1.</summary>
    private static int RelativeBefore(IReadOnlyList<Token> tokens, int comma)
    {
        for (var k = comma - 1; k >= 1 && comma - k <= NonfiniteReach; k--)
        {
            if (tokens[k].Kind == TokenKind.Comma)
            {
                return k + 1 < comma && RelativePronounWhWords.HasWord(tokens[k + 1].Lower) ? k : -1;
            }

            if (tokens[k].Kind is TokenKind.End or TokenKind.Colon or TokenKind.Quote)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject of the verb (or predicative adjective) at <paramref name="v"/>: read back over auxiliaries and a form of
    /// "be", as for a finite cue; a relative pronoun gives its antecedent. (-1, -1) when there is none.
    /// </summary>
    private static (int From, int To) SubjectOf(IReadOnlyList<Token> tokens, int v)
    {
        // "appears set to", "seemed willing to", "is expected to": a raising verb or a form of "be" stands between.
        var before = SkipAuxiliariesLeft(tokens, v - 1);
        for (var hops = 0; hops < 2 && before >= 0 && tokens[before].IsWord
            && (Lexicon.BeForms.Contains(tokens[before].Text) && !AttributionGetFormWords.HasWord(tokens[before].Lower) || AttributionSeemVerbWords.HasWord(tokens[before].Lower)); hops++)
        {
            before = SkipAuxiliariesLeft(tokens, before - 1);
        }

        if (before < 0)
        {
            return (-1, -1);
        }

        if (tokens[before].IsWord && ContractedSubject(tokens[before]))
        {
            return (before, before + 1);
        }

        if (tokens[before].IsWord && tokens[before].Lower is "who" && before >= 1)
        {
            var last = tokens[before - 1].Kind == TokenKind.Comma ? before - 2 : before - 1;
            var antecedent = Phrases.WalkLeft(tokens, last);
            return antecedent >= 0 ? (antecedent, last + 1) : (-1, -1);
        }

        if (tokens[before].IsWord || tokens[before].Kind == TokenKind.CloseParen)
        {
            var start = Phrases.WalkLeft(tokens, before);
            return start >= 0 ? PreferPossessor(tokens, start, before + 1) : (-1, -1);
        }

        if (tokens[before].Kind == TokenKind.Comma)
        {
            return Apposition(tokens, before, closesSentence: false);
        }

        return (-1, -1);
    }

    private static bool IsLyAdverb(Token t) =>
        t.IsWord && !t.IsCapitalized && t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.AnonymousHeads.Contains(t.Text);
}
