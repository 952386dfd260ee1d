using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Attribution;

/// <summary>
/// Precision and finite-verb rules (session 3): senses of cue verbs that report nothing, subjects the phrase walk cannot read
/// ("those loyal to him", "no one"), agreement between subject and verb, and clauses embedded in an earlier speaker's content.
/// </summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.about-or-like</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAboutOrLikeWords = Language.Lexicon.Default.Words("attribution.about-or-like");

    /// <summary>Role <c>attribution.auxiliary</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAuxiliaryWords = Language.Lexicon.Default.Words("attribution.auxiliary");

    /// <summary>Role <c>attribution.be-or-get</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionBeOrGetWords = Language.Lexicon.Default.Words("attribution.be-or-get");

    /// <summary>Role <c>attribution.causative-verb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCausativeVerbWords = Language.Lexicon.Default.Words("attribution.causative-verb");

    /// <summary>Role <c>attribution.clause-subject-start</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionClauseSubjectStartWords = Language.Lexicon.Default.Words("attribution.clause-subject-start");

    /// <summary>Role <c>attribution.complementizer</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionComplementizerWords = Language.Lexicon.Default.Words("attribution.complementizer");

    /// <summary>Role <c>attribution.determiner-after-verb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDeterminerAfterVerbWords = Language.Lexicon.Default.Words("attribution.determiner-after-verb");

    /// <summary>Role <c>attribution.from-by-in</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionFromByInWords = Language.Lexicon.Default.Words("attribution.from-by-in");

    /// <summary>Role <c>attribution.gap-follower</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionGapFollowerWords = Language.Lexicon.Default.Words("attribution.gap-follower");

    /// <summary>Role <c>attribution.group-head</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionGroupHeadWords = Language.Lexicon.Default.Words("attribution.group-head");

    /// <summary>Role <c>attribution.new-clause-word</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNewClauseWordWords = Language.Lexicon.Default.Words("attribution.new-clause-word");

    /// <summary>Role <c>attribution.not-gap-before</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNotGapBeforeWords = Language.Lexicon.Default.Words("attribution.not-gap-before");

    /// <summary>Role <c>attribution.not-manner-adverb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNotMannerAdverbWords = Language.Lexicon.Default.Words("attribution.not-manner-adverb");

    /// <summary>Role <c>attribution.object-gap-lemma</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionObjectGapLemmaWords = Language.Lexicon.Default.Words("attribution.object-gap-lemma");

    /// <summary>Role <c>attribution.object-relative</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionObjectRelativeWords = Language.Lexicon.Default.Words("attribution.object-relative");

    /// <summary>Role <c>attribution.of-or-about</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionOfOrAboutWords = Language.Lexicon.Default.Words("attribution.of-or-about");

    /// <summary>Role <c>attribution.plural-form-singular</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPluralFormSingularWords = Language.Lexicon.Default.Words("attribution.plural-form-singular");

    /// <summary>Role <c>attribution.plural-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPluralPronounWords = Language.Lexicon.Default.Words("attribution.plural-pronoun");

    /// <summary>Role <c>attribution.quantifier-before-of</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionQuantifierBeforeOfWords = Language.Lexicon.Default.Words("attribution.quantifier-before-of");

    /// <summary>Role <c>attribution.questioned-people</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionQuestionedPeopleWords = Language.Lexicon.Default.Words("attribution.questioned-people");

    /// <summary>Role <c>attribution.reflexive-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionReflexivePronounWords = Language.Lexicon.Default.Words("attribution.reflexive-pronoun");

    /// <summary>Role <c>attribution.relation-adjective</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionRelationAdjectiveWords = Language.Lexicon.Default.Words("attribution.relation-adjective");

    /// <summary>Role <c>attribution.report-noun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionReportNounWords = Language.Lexicon.Default.Words("attribution.report-noun");

    /// <summary>Role <c>attribution.responded-place</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionRespondedPlaceWords = Language.Lexicon.Default.Words("attribution.responded-place");

    /// <summary>Role <c>attribution.spatial-preposition</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSpatialPrepositionWords = Language.Lexicon.Default.Words("attribution.spatial-preposition");

    /// <summary>Role <c>attribution.subject-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSubjectPronounWords = Language.Lexicon.Default.Words("attribution.subject-pronoun");

    /// <summary>Role <c>attribution.time-subordinator</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionTimeSubordinatorWords = Language.Lexicon.Default.Words("attribution.time-subordinator");

    /// <summary>Role <c>attribution.universal</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionUniversalWords = Language.Lexicon.Default.Words("attribution.universal");

    /// <summary>Role <c>attribution.universal-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionUniversalPronounWords = Language.Lexicon.Default.Words("attribution.universal-pronoun");

    /// <summary>Role <c>attribution.way-noun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionWayNounWords = Language.Lexicon.Default.Words("attribution.way-noun");

    /// <summary>Role <c>attribution.with-or-by</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionWithOrByWords = Language.Lexicon.Default.Words("attribution.with-or-by");

    /// <summary>
    /// A subject phrase ending in an object pronoun or a number after a preposition ("those loyal to him", "the father of two"),
    /// which the phrase walk reads as a determiner, or a negated universal ("no one"): (start, end) of the whole phrase, or (-1, -1).
    /// </summary>
    private static (int From, int To) ObjectEndedSubject(IReadOnlyList<Token> tokens, int last)
    {
        // "No one expected", "Not everyone agrees": the negation belongs to the subject.
        if (last >= 1 && tokens[last].IsWord && (tokens[last].Lower == "one" && tokens[last - 1].Lower == "no" || AttributionUniversalPronounWords.HasWord(tokens[last].Lower) && tokens[last - 1].Lower == "not"))
        {
            return (last - 1, last + 1);
        }

        // "the growers we visited said": a relative clause without "who" ends the subject with its own verb; the name is the
        // noun phrase before it, and the caller runs the span over the clause.
        if (last >= 3 && tokens[last].IsWord && tokens[last].Lower.EndsWith("ed", StringComparison.Ordinal) && !tokens[last].IsCapitalized
            && AttributionSubjectPronounWords.HasWord(tokens[last - 1].Lower) && tokens[last - 2].IsWord && !tokens[last - 2].IsCapitalized
            && (Lexicon.AnonymousHeads.Contains(tokens[last - 2].Text) || Lexicon.PersonRoleNouns.Contains(tokens[last - 2].Text))
            && Phrases.WalkLeft(tokens, last - 2) is var start && start >= 0)
        {
            return (tokens[start].Lower == "the" && start >= 1 && AttributionQuantifierBeforeOfWords.HasWord(tokens[start - 1].Lower) ? start - 1 : start, last - 1);
        }

        // A subject may end in the object of a preposition that is an object pronoun or a number ("those loyal to them",
        // "an owner of two"), which the walk takes for the start of a new phrase.
        var objectEnd = last >= 2 && last < tokens.Count && tokens[last].Kind == TokenKind.Number
            || (last >= 2 && last < tokens.Count && tokens[last].IsWord && (AttributionObjectPronounWords.HasWord(tokens[last].Lower) || Extraction.Scanning.NumberLexicon.IsNumberWord(tokens[last].Lower)));
        if (last < 2 || !objectEnd || !tokens[last - 1].IsWord
            || !(Lexicon.InnerPrepositions.Contains(tokens[last - 1].Text) || AttributionAboutOrLikeWords.HasWord(tokens[last - 1].Lower)))
        {
            return (-1, -1);
        }

        // "close to them", "loyal to him": an adjective before the preposition belongs to the phrase.
        var head = AttributionRelationAdjectiveWords.HasWord(tokens[last - 2].Lower)
            ? last - 3
            : last - 2;
        if (head < 0)
        {
            return (-1, -1);
        }

        // "Those" alone heads the phrase in "those loyal to him"; the walk reads it as a determiner.
        var from = AttributionGroupHeadWords.HasWord(tokens[head].Lower) ? head : Phrases.WalkLeft(tokens, head);
        return from >= 0 && tokens[head].IsWord && !Lexicon.Pronouns.Contains(tokens[head].Text) ? (from, last + 1) : (-1, -1);
    }

    /// <summary>True when the first verb after the subject ending at <paramref name="subjectEnd"/> (past auxiliaries) is a cue verb.</summary>
    private static bool SubjectsCue(IReadOnlyList<Token> tokens, int subjectEnd)
    {
        var k = subjectEnd;
        while (k < tokens.Count && k - subjectEnd < 4 && tokens[k].IsWord && Lexicon.Auxiliaries.Contains(tokens[k].Text))
        {
            k++;
        }

        return k < tokens.Count && tokens[k].IsWord && !tokens[k].IsCapitalized && Lexicon.CueVerbs.ContainsKey(tokens[k].Text);
    }

    /// <summary>A lower-case -ly adverb of manner ("warmly", "openly"), not a noun or adjective in -ly ("family", "early").</summary>
    private static bool MannerAdverb(Token t) =>
        t.IsWord && !t.IsCapitalized && t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.AnonymousHeads.Contains(t.Text)
        && !AttributionNotMannerAdverbWords.HasWord(t.Lower);

    /// <summary>
    /// Senses of cue verbs that report nothing: "maintain" keeps something unless a that-clause or the quotation follows ("maintains
    /// a program", "a monitor maintained by the embassy"); "show up" is arriving; "find a way", "find themselves" and "show himself"
    /// are idioms of managing and being; "reported from Quito" is a reporter's dateline; "learned from that season" is
    /// experience, not knowledge of a content; "declined." with nothing after it is a refusal of no stated content, and "orders declined steadily over 3 months" is a fall; "assumed a
    /// new post" takes office; "the film concludes with a song" ends; "opposed to" is the adjective ("as opposed to"); to question
    /// people ("investigators questioned 3 witnesses") is to interrogate them, not to doubt a content.
    /// </summary>
    private static bool OtherSense(IReadOnlyList<Token> tokens, int i, string lemma)
    {
        var nextKind = i + 1 < tokens.Count ? tokens[i + 1].Kind : TokenKind.End;
        var nextWord = nextKind == TokenKind.Word ? tokens[i + 1].Lower : string.Empty;
        return lemma switch
        {
            "maintain" => nextKind == TokenKind.Word && nextWord != "that",
            "show" => nextWord is "up" || Reflexive(nextWord),
            "find" => Reflexive(nextWord) || nextWord is "ways" || AttributionDeterminerAfterVerbWords.HasWord(nextWord) && i + 2 < tokens.Count && AttributionWayNounWords.HasWord(tokens[i + 2].Lower),
            "report" => nextWord is "from" && i + 2 < tokens.Count && tokens[i + 2].IsCapitalized,
            "learn" => nextWord is "from",
            "decline" => nextKind is TokenKind.End or TokenKind.Comma or TokenKind.Number || AttributionFromByInWords.HasWord(nextWord) || MannerAdverb(tokens[i + 1]),
            "know" or "feel" or "see" or "assume" => !CognitionComplement(tokens, i, lemma),
            "conclude" => AttributionWithOrByWords.HasWord(nextWord),
            "question" => QuestionsPeople(tokens, i),
            "oppose" => nextWord is "to",

            // "the man charged with murder", "police have charged a suspect", "charged him in the robbery": a criminal charge, not an
            // accusation spoken. The spoken sense takes a that-clause or stands beside its quotation ("the senator charged that ...").
            // "a man accused of shooting two people": the active verb needs its object before "of" ("accused the mayor of"), so "accused
            // of" is always the passive, and the phrase before it is the accused, not the accuser.
            "accuse" => nextWord is "of",
            "charge" => !(nextWord is "that" || nextKind is TokenKind.Comma or TokenKind.Colon or TokenKind.Quote or TokenKind.End),

            // "officers responded to the scene", "when deputies responded, they found ...": emergency services answering a call act;
            // "responded to the criticism", "never responded to our questions" answer words, which is speech.
            "respond" => nextWord is "to" && AnswersACall(tokens, i + 2) || nextKind is TokenKind.Comma or TokenKind.End && OpensTimeClause(tokens, i),
            _ => false,
        };
    }

    /// <summary>
    /// True when one of the next three words names a call-out, a place or an incident ("to the scene", "to a call"); a report
    /// counts only as "a report of" something happening ("to a report of shots"), since answering a published report ("responded
    /// to the report") is speech.
    /// </summary>
    private static bool AnswersACall(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 3 && tokens[k].IsWord; k++)
        {
            if (AttributionRespondedPlaceWords.HasWord(tokens[k].Lower)
                || AttributionReportNounWords.HasWord(tokens[k].Lower) && k + 1 < tokens.Count && tokens[k + 1].Lower == "of")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a time conjunction ("when", "after", "once", "before", "until", "as") opens the clause of the verb at <paramref name="i"/>, with no quotation before it.</summary>
    private static bool OpensTimeClause(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            if (tokens[k].Kind == TokenKind.Quote)
            {
                return false;
            }

            if (tokens[k].IsWord && AttributionTimeSubordinatorWords.HasWord(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the mayor knows (that) the depot will close", "residents felt the council was not listening", "critics see the plan as a giveaway":
    /// a cognition verb holds a content only with a that-clause, a clause opened by a subject, or "see X as Y". Alone ("she knew him",
    /// "they saw the damage") it reports knowing or seeing a thing.
    /// </summary>
    private static bool CognitionComplement(IReadOnlyList<Token> tokens, int i, string lemma)
    {
        if (i + 2 >= tokens.Count || !tokens[i + 1].IsWord)
        {
            return false;
        }

        var next = tokens[i + 1].Lower;
        if (lemma == "see")
        {
            for (var k = i + 2; k < tokens.Count && k <= i + 8; k++)
            {
                if (tokens[k].IsWord && tokens[k].Lower == "as")
                {
                    return true;
                }

                if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number || Lexicon.ClauseWords.Contains(tokens[k].Text))
                {
                    return false;
                }
            }

            return false;
        }

        if (AttributionClauseSubjectStartWords.HasWord(next))
        {
            return true;
        }

        // "thought the ferry timetable was fine": a short noun phrase and then a finite verb.
        if (Lexicon.Determiners.Contains(next) || tokens[i + 1].IsCapitalized)
        {
            for (var k = i + 2; k < tokens.Count && k <= i + 6; k++)
            {
                if (tokens[k].IsWord && (Lexicon.BeForms.Contains(tokens[k].Text) && !AttributionBeOrGetWords.HasWord(tokens[k].Lower) || AttributionAuxiliaryWords.HasWord(tokens[k].Lower)))
                {
                    return true;
                }

                if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number)
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>True when the object of "question" is a person or people ("questioned him", "question several of the aides").</summary>
    private static bool QuestionsPeople(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 6 && (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number); k++)
        {
            var w = tokens[k].Lower;
            if (k == i + 1 && AttributionObjectPronounWords.HasWord(w))
            {
                return true;
            }

            if (Lexicon.AnonymousHeads.Contains(w) || Lexicon.PersonRoleNouns.Contains(w) || AttributionQuestionedPeopleWords.HasWord(w))
            {
                return true;
            }

            if (Lexicon.ClauseWords.Contains(w) && !AttributionOfOrAboutWords.HasWord(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A reflexive pronoun ("themselves").</summary>
    private static bool Reflexive(string word) =>
        AttributionReflexivePronounWords.HasWord(word);

    /// <summary>
    /// "... the warning it sends to parents and teachers shows", "they votes": a third-person singular verb after a plural pronoun or a
    /// lower-case plural head noun does not agree with it, so the phrase is not its subject (the real subject stands further left).
    /// </summary>
    private static bool Disagrees(IReadOnlyList<Token> tokens, int from, int to, Token cue)
    {
        if (!Lexicon.CueVerbs.TryGetValue(cue.Text, out var lemma) || cue.Lower == lemma || !cue.Lower.EndsWith('s') || cue.Lower.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        var head = to - 1;
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].IsWord && Lexicon.InnerPrepositions.Contains(tokens[k].Text))
            {
                head = k - 1;
                break;
            }
        }

        var word = tokens[head];
        // "a review of the ship's old logbooks shows": a document head read too short still points at the right subject.
        if (!word.IsWord || word.IsCapitalized || Lexicon.DocumentWords.Contains(word.Text))
        {
            return false;
        }

        var w = word.Lower;
        return AttributionPluralPronounWords.HasWord(w)
            || w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
               && !w.EndsWith("is", StringComparison.Ordinal) && !w.EndsWith("ics", StringComparison.Ordinal) && !AttributionPluralFormSingularWords.HasWord(w)
               && !w.Contains('\'') && !w.Contains('’');
    }

    /// <summary>True when a word in [from, to) carries a possessive ending ("Hollis's").</summary>
    private static bool HasPossessor(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            Lexicon.StripPossessive(tokens[k].Text, out var possessive);
            if (possessive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"no one", "not everyone", "not everybody": a negated universal standing as the whole subject.</summary>
    private static bool NegatedUniversal(IReadOnlyList<Token> tokens, int from, int to) =>
        to - from == 2 && (tokens[from].Lower == "no" && tokens[from + 1].Lower == "one" || tokens[from].Lower == "not" && AttributionUniversalWords.HasWord(tokens[from + 1].Lower));

    /// <summary>Month names, which may follow "in" between a subject and its verb ("inspectors in May fined").</summary>
    private static readonly HashSet<string> Months = new(CalendarWords.UnambiguousMonthNames, StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that end like adverbs ("family", "rally"); "a highly rated" keeps its adverb.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NounsInLy = Language.Lexicon.Default.WordsIgnoringCase("noun-in-ly");

    /// <summary>True when the -ly noun at <paramref name="k"/> follows a determiner or a possessor ("the family", "Nell's family").</summary>
    private static bool AfterDeterminer(IReadOnlyList<Token> tokens, int k)
    {
        if (k < 1 || !tokens[k - 1].IsWord)
        {
            return false;
        }

        Lexicon.StripPossessive(tokens[k - 1].Text, out var possessive);
        return NounsInLy.Contains(tokens[k].Text) && (possessive || Lexicon.Determiners.Contains(tokens[k - 1].Text));
    }

    /// <summary>
    /// "Brandt says Hollis promised ...", "she adds that the club announced ...", "if the council agreed ...": a phrase after "that",
    /// "if" or a cue verb opens a clause embedded in what the outer speaker says, so its own cue restates that content.
    /// </summary>
    private static bool EmbeddedClause(Token previous) =>
        AttributionComplementizerWords.HasWord(previous.Lower) || Lexicon.CueVerbs.ContainsKey(previous.Text) && !Lexicon.NounLikeForms.Contains(previous.Text);

    /// <summary>
    /// "the routes she has suggested, ...", "the reform, which the mayor championed.", "the two recipes he praised are ...": a cue with nothing
    /// after it, whose subject follows a noun or a relative "which", is a relative clause with its object moved to that noun. It names
    /// what the noun is; it reports no content. Verbs that take a clause ("the sum she says she raised") are left to the nesting rules.
    /// </summary>
    private static bool ObjectGap(IReadOnlyList<Token> tokens, int from, int to, int cueTo, string lemma)
    {
        if (from < 1 || to - from > 3 || AttributionObjectGapLemmaWords.HasWord(lemma))
        {
            return false;
        }

        var gap = cueTo >= tokens.Count || tokens[cueTo].Kind is TokenKind.End or TokenKind.Comma or TokenKind.Colon
            || tokens[cueTo].IsWord && AttributionGapFollowerWords.HasWord(tokens[cueTo].Lower);
        if (!gap)
        {
            return false;
        }

        var previous = tokens[from - 1].Kind == TokenKind.Quote && from >= 2 ? tokens[from - 2] : tokens[from - 1];
        return previous.IsWord && (AttributionObjectRelativeWords.HasWord(previous.Lower)
            || !previous.IsCapitalized && !Lexicon.ClauseWords.Contains(previous.Text) && !Lexicon.Determiners.Contains(previous.Text) && !Lexicon.InnerPrepositions.Contains(previous.Text)
               && !Lexicon.CueVerbs.ContainsKey(previous.Text) && !Phrases.LooksVerbal(previous) && !AttributionNotGapBeforeWords.HasWord(previous.Lower));
    }

    /// <summary>
    /// "with the mayor and her deputy expected to attend": a past participle right after a noun phrase opened by "with" is the passive
    /// of an absolute phrase; the phrase is what is expected, not who expects.
    /// </summary>
    private static bool WithAbsolute(IReadOnlyList<Token> tokens, int from, int to, int cue, string lemma)
    {
        // A nominative pronoun ("... with the network he blasted") is the subject of a finite verb, never part of an absolute.
        if (to != cue || tokens[cue].Lower == lemma || !tokens[cue].Lower.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Pronouns.Contains(tokens[to - 1].Text))
        {
            return false;
        }

        // The phrase read may be only the last conjunct ("with the mayor and her deputy expected").
        for (var k = from - 1; k >= 0 && from - k <= Phrases.MaxLength; k--)
        {
            if (!tokens[k].IsWord || Phrases.LooksVerbal(tokens[k]) || Lexicon.ClauseWords.Contains(tokens[k].Text) && tokens[k].Lower != "with")
            {
                return false;
            }

            if (tokens[k].Lower == "with")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Parents may not let coaches tell them which camp to choose", "the aide made the mayor explain it": a bare base form after a causative
    /// or perception verb and its object is that verb's complement, not a finite statement.
    /// </summary>
    private static bool CausativeComplement(IReadOnlyList<Token> tokens, int from, Token cue, string lemma) =>
        from >= 1 && cue.Lower == lemma && tokens[from - 1].IsWord
        && AttributionCausativeVerbWords.HasWord(tokens[from - 1].Lower);

    /// <summary>
    /// "Farmers in the valley and along the coast say": a second prepositional phrase joined by "and" to one inside the subject
    /// belongs to the same subject; the walk, which stops at the second preposition, goes on to the noun before the first one.
    /// Returns the new start (or <paramref name="start"/>).
    /// </summary>
    private static int ExtendOverPlaces(IReadOnlyList<Token> tokens, int start)
    {
        if (start < 3 || !tokens[start - 1].IsWord || !IsPreposition(tokens[start - 1]) || tokens[start - 2].Lower != "and" || !tokens[start - 3].IsWord
            || Phrases.WalkLeft(tokens, start - 3) is not (var earlier and >= 0) || earlier >= start - 3)
        {
            return start;
        }

        for (var k = earlier; k < start - 3; k++)
        {
            if (tokens[k].IsWord && IsPreposition(tokens[k]))
            {
                return earlier;
            }
        }

        return start;
    }

    private static bool IsPreposition(Token t) =>
        Lexicon.InnerPrepositions.Contains(t.Text) || AttributionSpatialPrepositionWords.HasWord(t.Lower);

    /// <summary>A conjunction that opens a clause of its own ("..., but he said", "and 1 percent support").</summary>
    private static bool NewClause(Token previous) =>
        AttributionNewClauseWordWords.HasWord(previous.Lower);
}
