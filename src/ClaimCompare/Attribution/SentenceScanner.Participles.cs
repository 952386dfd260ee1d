using System.Collections.Frozen;
using ClaimCompare.Language;
namespace ClaimCompare.Attribution;

/// <summary>
/// The understood subject of a cue verb in an -ing clause: participles after a comma or opening the sentence, gerunds after a
/// preposition, absolutes ("with analysts warning"), recordings ("a video of X saying"), perception passives and causatives.
/// </summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.adjunct-opener</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAdjunctOpenerWords = Language.Lexicon.Default.Words("attribution.adjunct-opener");

    /// <summary>Role <c>attribution.causative-participle-verb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCausativeParticipleVerbWords = Language.Lexicon.Default.Words("attribution.causative-participle-verb");

    /// <summary>Role <c>attribution.participle-adverb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionParticipleAdverbWords = Language.Lexicon.Default.Words("attribution.participle-adverb");

    /// <summary>Role <c>attribution.perception-participle</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPerceptionParticipleWords = Language.Lexicon.Default.Words("attribution.perception-participle");

    /// <summary>Role <c>attribution.subordinator</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSubordinatorWords = Language.Lexicon.Default.Words("attribution.subordinator");

    /// <summary>Nouns for a recording of someone, whose "of" phrase names who is heard or seen ("a video of the referee asking").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RecordingNouns = Language.Lexicon.Default.WordsIgnoringCase("source.recording-noun");

    /// <summary>Prepositions whose gerund shares the subject of the clause it modifies ("pitched the plan by telling", "after saying").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> GerundPrepositions = Language.Lexicon.Default.WordsIgnoringCase("gerund-preposition");

    /// <summary>
    /// (from, to, -1) of the holder of the -ing cue at token <paramref name="i"/>, or (-1, -1, -1); <paramref name="speech"/> is
    /// true for a speech verb (not an attitude or act).
    /// </summary>
    private static (int From, int To, int Controller) ParticipleHolder(IReadOnlyList<Token> tokens, int i, bool speech)
    {
        // "Citing a new survey, the campaign argued ...": a participle opening the sentence belongs to the subject after its comma.
        // "Writing for a trade journal, ..." names where the writer works, as "writing for" does before a cue.
        if (i == FirstContentToken(tokens))
        {
            return tokens[i].Lower == "writing" && i + 1 < tokens.Count && tokens[i + 1].Lower == "for" ? (-1, -1, -1) : WithoutController(SubjectAfterOpening(tokens, i));
        }

        var p = i - 1;
        while (p >= 1 && (IsLyAdverb(tokens[p]) || AttributionParticipleAdverbWords.HasWord(tokens[p].Lower)))
        {
            p--;
        }

        // 'called it a "strong plan," adding': a closing quotation mark after the comma.
        if (p >= 1 && tokens[p].Kind == TokenKind.Quote && tokens[p - 1].Kind == TokenKind.Comma)
        {
            p--;
        }

        if (p < 0)
        {
            return (-1, -1, -1);
        }

        // "The mayor cut the budget, saying ...": the subject of the clause the participle hangs on.
        if (tokens[p].Kind is TokenKind.Comma or TokenKind.Dash)
        {
            return WithoutController(ClauseSubject(tokens, p));
        }

        if (!tokens[p].IsWord)
        {
            return (-1, -1, -1);
        }

        // "..., each touting its bread": a distributive quantifier after a comma is the subject of its own participle.
        if (AttributionEachOrBothWords.HasWord(tokens[p].Lower) && p >= 1 && tokens[p - 1].Kind == TokenKind.Comma)
        {
            return (p, p + 1, -1);
        }

        // "calmed the tenants by telling them that ...", "after saying ...": a gerund after a preposition shares the clause's subject. Only
        // speech verbs: attitudes and acts there ("after assuming her post", "after railing against") were right 2 times in 4.
        if (GerundPrepositions.Contains(tokens[p].Text))
        {
            if (!speech)
            {
                return (-1, -1, -1);
            }

            return WithoutController(p <= FirstContentToken(tokens) ? SubjectAfterOpening(tokens, i) : ClauseSubject(tokens, p));
        }

        // "could be heard yelling", "was seen arguing": a passive verb of perception hands over its subject.
        if (AttributionPerceptionParticipleWords.HasWord(tokens[p].Lower) && p >= 1 && Lexicon.BeForms.Contains(tokens[p - 1].Text))
        {
            return WithoutController(SubjectOf(tokens, p));
        }

        // "had the bakers wondering about", "left the board arguing over": the object of a causative "have" or "leave" acts.
        if (Phrases.WalkLeft(tokens, p) is var caused && caused >= 1 && AttributionCausativeParticipleVerbWords.HasWord(tokens[caused - 1].Lower))
        {
            return (caused, p + 1, -1);
        }

        // "a video of the referee asking", "clips of her supporting it": who is seen or heard in a recording.
        for (var k = p; k >= 1 && p - k < 6 && tokens[k].IsWord; k--)
        {
            if (tokens[k].Lower == "of" && RecordingNouns.Contains(tokens[k - 1].Text))
            {
                return k < p ? (k + 1, p + 1, -1) : (-1, -1, -1);
            }
        }

        var from = Phrases.WalkLeft(tokens, p);
        if (from < 0)
        {
            return (-1, -1, -1);
        }

        // ", with analysts warning that ...": the noun phrase of an absolute construction is its subject. The absolute opens
        // the sentence or follows a comma; "replaced the clause with milder wording calling for" is a noun with a participle.
        if (from >= 1 && tokens[from - 1].Lower == "with" && (from - 1 <= FirstContentToken(tokens) || tokens[from - 2].Kind == TokenKind.Comma))
        {
            return (from, p + 1, -1);
        }

        return (-1, -1, -1);
    }

    /// <summary>
    /// The subject of the clause that ends at <paramref name="limit"/>: the clause starts at the sentence start or after a
    /// conjunction or subordinator; opening adjuncts closed by a comma and an apposition after a name are skipped.
    /// </summary>
    private static (int From, int To) ClauseSubject(IReadOnlyList<Token> tokens, int limit)
    {
        var first = FirstContentToken(tokens);
        var start = -1;
        for (var k = limit - 1; k >= first && limit - k <= 2 * NonfiniteReach; k--)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.End or TokenKind.Colon or TokenKind.Quote or TokenKind.OpenParen or TokenKind.Dash or TokenKind.Other
                || t.IsWord && (AttributionSubordinatorWords.HasWord(t.Lower) || AttributionClauseCoordinatorWords.HasWord(t.Lower) && k >= 1 && tokens[k - 1].Kind == TokenKind.Comma))
            {
                start = k + 1;
                break;
            }

            if (k == first)
            {
                start = first;
            }
        }

        return start < 0 || start >= limit ? (-1, -1) : SubjectAt(tokens, start, limit);
    }

    /// <summary>"After saying ..., the senator left": the subject after a sentence-opening gerund phrase and its comma.</summary>
    private static (int From, int To) SubjectAfterOpening(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k - i <= NonfiniteReach; k++)
        {
            if (tokens[k].Kind == TokenKind.Comma)
            {
                return SubjectAt(tokens, k + 1, Math.Min(tokens.Count, k + 1 + NonfiniteReach));
            }

            if (tokens[k].Kind is TokenKind.End or TokenKind.Colon or TokenKind.Quote)
            {
                break;
            }
        }

        return (-1, -1);
    }

    /// <summary>The subject noun phrase opening a clause at <paramref name="start"/>, before <paramref name="limit"/>, or (-1, -1).</summary>
    private static (int From, int To) SubjectAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        // "Later that day, ...", "Stung by the audit, ...": up to two opening adjuncts or participle phrases closed by a comma (a
        // participle is told by its ending or by the "by" of its agent).
        for (var adjuncts = 0; adjuncts < 2 && start < limit && (OpensAdjunct(tokens[start]) || start + 1 < limit && tokens[start + 1].Lower == "by"); adjuncts++)
        {
            var comma = start;
            while (comma < limit && comma - start < 12 && tokens[comma].Kind != TokenKind.Comma)
            {
                comma++;
            }

            if (comma >= limit || tokens[comma].Kind != TokenKind.Comma)
            {
                return (-1, -1);
            }

            start = comma + 1;
        }

        if (start >= limit || !(tokens[start].IsCapitalized || Lexicon.Pronouns.Contains(tokens[start].Text) || Lexicon.Determiners.Contains(tokens[start].Text))
            || Lexicon.InnerPrepositions.Contains(tokens[start].Text) || Phrases.IsTimeName(tokens[start]))
        {
            return (-1, -1);
        }

        // "Dana Pruitt sings to the crowd": a name ends at the first lower-case word that is not a preposition or particle.
        var end = Phrases.WalkRight(tokens, start);
        for (var k = start + 1; k < end && tokens[start].IsCapitalized && !Lexicon.Determiners.Contains(tokens[start].Text); k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized)
            {
                Lexicon.StripPossessive(tokens[k - 1].Text, out var possessive);
                var nameGoesOn = Lexicon.InnerPrepositions.Contains(tokens[k].Text) || Lexicon.NameParticles.Contains(tokens[k].Text) || Lexicon.Determiners.Contains(tokens[k].Text)
                    || tokens[k].Lower is "and" || possessive || tokens[k - 1].Lower.EndsWith('.');
                end = nameGoesOn ? end : k;
                break;
            }
        }

        if (end <= start || end >= limit)
        {
            return (-1, -1);
        }

        // "Captain Renk, the harbour master, despite ...": a name and an apposition reaching the participle phrase are the clause's subject.
        if (tokens[end].Kind == TokenKind.Comma && tokens[start].IsCapitalized && tokens[limit - 1].Kind == TokenKind.Comma && limit - end <= Phrases.MaxLength)
        {
            return (start, end);
        }

        // "Dana Pruitt, a former mayor, poked fun at ...": a name with an apposition between commas, then the verb.
        var verb = end;
        if (tokens[end].Kind == TokenKind.Comma && tokens[start].IsCapitalized && end + 1 < limit && Lexicon.Determiners.Contains(tokens[end + 1].Text))
        {
            verb = end + 1;
            while (verb < limit && verb - end <= Phrases.MaxLength && tokens[verb].Kind != TokenKind.Comma)
            {
                verb++;
            }

            verb++;
        }

        return verb < limit && tokens[verb].IsWord && !tokens[verb].IsCapitalized && (!Lexicon.ClauseWords.Contains(tokens[verb].Text) || Lexicon.Auxiliaries.Contains(tokens[verb].Text) || Lexicon.BeForms.Contains(tokens[verb].Text))
            ? (start, end)
            : (-1, -1);
    }

    /// <summary>A holder found without a controlling verb that could itself be a cue.</summary>
    private static (int From, int To, int Controller) WithoutController((int From, int To) holder) => (holder.From, holder.To, -1);

    /// <summary>A word that opens an adjunct before the subject: a preposition, subordinator, time word or participle.</summary>
    private static bool OpensAdjunct(Token t) =>
        IsAdjunct(t) || t.IsWord && !t.IsCapitalized && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal))
        || t.IsWord && t.IsCapitalized && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal)) && t.Lower.Length > 5
        || t.IsWord && AttributionAdjunctOpenerWords.HasWord(t.Lower);
}
