using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>A cue verb and the source phrase that governs it: subject before, inverted after, passives, texts issued.</summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.additive-adverb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAdditiveAdverbWords = Language.Lexicon.Default.Words("attribution.additive-adverb");

    /// <summary>Role <c>attribution.clause-coordinator</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionClauseCoordinatorWords = Language.Lexicon.Default.Words("attribution.clause-coordinator");

    /// <summary>Role <c>attribution.clause-opener</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionClauseOpenerWords = Language.Lexicon.Default.Words("attribution.clause-opener");

    /// <summary>Role <c>attribution.coordinator</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCoordinatorWords = Language.Lexicon.Default.Words("attribution.coordinator");

    /// <summary>Role <c>attribution.cue-noun-particle</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCueNounParticleWords = Language.Lexicon.Default.Words("attribution.cue-noun-particle");

    /// <summary>Role <c>attribution.cue-noun-preposition</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCueNounPrepositionWords = Language.Lexicon.Default.Words("attribution.cue-noun-preposition");

    /// <summary>Role <c>attribution.degree-before-participle</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDegreeBeforeParticipleWords = Language.Lexicon.Default.Words("attribution.degree-before-participle");

    /// <summary>Role <c>attribution.demonstrative-or-so</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDemonstrativeOrSoWords = Language.Lexicon.Default.Words("attribution.demonstrative-or-so");

    /// <summary>Role <c>attribution.discourse-adverb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDiscourseAdverbWords = Language.Lexicon.Default.Words("attribution.discourse-adverb");

    /// <summary>Role <c>attribution.free-relative</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionFreeRelativeWords = Language.Lexicon.Default.Words("attribution.free-relative");

    /// <summary>Role <c>attribution.have-form</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionHaveFormWords = Language.Lexicon.Default.Words("attribution.have-form");

    /// <summary>Role <c>attribution.indefinite-antecedent</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionIndefiniteAntecedentWords = Language.Lexicon.Default.Words("attribution.indefinite-antecedent");

    /// <summary>Role <c>attribution.irregular-participle</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionIrregularParticipleWords = Language.Lexicon.Default.Words("attribution.irregular-participle");

    /// <summary>Role <c>attribution.judgement-adjective</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionJudgementAdjectiveWords = Language.Lexicon.Default.Words("attribution.judgement-adjective");

    /// <summary>Role <c>attribution.made-clear</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionMadeClearWords = Language.Lexicon.Default.Words("attribution.made-clear");

    /// <summary>Role <c>attribution.message-noun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionMessageNounWords = Language.Lexicon.Default.Words("attribution.message-noun");

    /// <summary>Role <c>attribution.modal-or-to</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionModalOrToWords = Language.Lexicon.Default.Words("attribution.modal-or-to");

    /// <summary>Role <c>attribution.negated-be</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNegatedBeWords = Language.Lexicon.Default.Words("attribution.negated-be");

    /// <summary>Role <c>attribution.object-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionObjectPronounWords = Language.Lexicon.Default.Words("attribution.object-pronoun");

    /// <summary>Role <c>attribution.of-or-that</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionOfOrThatWords = Language.Lexicon.Default.Words("attribution.of-or-that");

    /// <summary>Role <c>attribution.one-or-another</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionOneOrAnotherWords = Language.Lexicon.Default.Words("attribution.one-or-another");

    /// <summary>Role <c>attribution.place-adverb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPlaceAdverbWords = Language.Lexicon.Default.Words("attribution.place-adverb");

    /// <summary>Role <c>attribution.plain-reporting-lemma</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPlainReportingLemmaWords = Language.Lexicon.Default.Words("attribution.plain-reporting-lemma");

    /// <summary>Role <c>attribution.progressive-be</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionProgressiveBeWords = Language.Lexicon.Default.Words("attribution.progressive-be");

    /// <summary>Role <c>attribution.quantifier-antecedent</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionQuantifierAntecedentWords = Language.Lexicon.Default.Words("attribution.quantifier-antecedent");

    /// <summary>Role <c>attribution.quantifier-or-others</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionQuantifierOrOthersWords = Language.Lexicon.Default.Words("attribution.quantifier-or-others");

    /// <summary>Role <c>attribution.quantifier-partitive</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionQuantifierPartitiveWords = Language.Lexicon.Default.Words("attribution.quantifier-partitive");

    /// <summary>Role <c>attribution.quantifier-subject</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionQuantifierSubjectWords = Language.Lexicon.Default.Words("attribution.quantifier-subject");

    /// <summary>Role <c>attribution.relative-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionRelativePronounWords = Language.Lexicon.Default.Words("attribution.relative-pronoun");

    /// <summary>Role <c>attribution.run-noun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionRunNounWords = Language.Lexicon.Default.Words("attribution.run-noun");

    /// <summary>Role <c>attribution.same-form-past</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSameFormPastWords = Language.Lexicon.Default.Words("attribution.same-form-past");

    /// <summary>Role <c>attribution.speaking-participle</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSpeakingParticipleWords = Language.Lexicon.Default.Words("attribution.speaking-participle");

    /// <summary>Role <c>attribution.speaking-preposition</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSpeakingPrepositionWords = Language.Lexicon.Default.Words("attribution.speaking-preposition");

    /// <summary>Role <c>attribution.text-complement</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionTextComplementWords = Language.Lexicon.Default.Words("attribution.text-complement");

    /// <summary>Role <c>attribution.time-word</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionTimeWordWords = Language.Lexicon.Default.Words("attribution.time-word");

    /// <summary>Role <c>attribution.wording-noun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionWordingNounWords = Language.Lexicon.Default.Words("attribution.wording-noun");

    /// <summary>Role <c>determiner.indefinite</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> DeterminerIndefiniteWords = Language.Lexicon.Default.Words("determiner.indefinite");

    private static RawAttribution? Verb(IReadOnlyList<Token> tokens, int i, string lemma, TextSpan sentence, bool hasPrevious)
    {
        var t = tokens[i];
        var cueTo = i + 1;
        if (Lexicon.ParticleVerbs.TryGetValue(lemma, out var particles))
        {
            if (i + 1 < tokens.Count && Lexicon.IsParticle(particles, tokens[i + 1].Lower))
            {
                cueTo = i + 2;
            }
            else if (i + 2 < tokens.Count && (Phrases.IsTimeName(tokens[i + 1]) || MannerAdverb(tokens[i + 1])) && Lexicon.IsParticle(particles, tokens[i + 2].Lower))
            {
                // "called Tuesday for a review of the fares", "spoke warmly of": a day name or a manner adverb may stand between
                // the verb and its particle.
                cueTo = i + 3;
            }
            else if (lemma != "call" && i + 2 < tokens.Count && AttributionObjectPronounWords.HasWord(tokens[i + 1].Lower) && Lexicon.IsParticle(particles, tokens[i + 2].Lower))
            {
                // "pressed him on his record", "pushed them for answers": a pronoun object stands between the verb and its particle.
                cueTo = i + 3;
            }
            else if (!(lemma == "call" && CallsSomethingSomething(tokens, i)))
            {
                return null;
            }
        }

        // "issued a statement", "released a note from her lawyer": an issue verb is a cue only when it puts out a text.
        if ((Lexicon.IssueLemmas.Contains(lemma) || Lexicon.LightLemmas.Contains(lemma)) && !IssuesText(tokens, cueTo, lemma) && !GivesSpeechTo(tokens, cueTo, lemma))
        {
            return null;
        }

        if (OtherSense(tokens, i, lemma))
        {
            return null;
        }

        // "the senator's claims as misleading", "the tenant's repair claims, ...": a noun-like form followed by a preposition is a noun.
        if (Lexicon.NounLikeForms.Contains(t.Text) && cueTo < tokens.Count
            && (tokens[cueTo].Kind == TokenKind.Dash || tokens[cueTo].IsWord && AttributionCueNounParticleWords.HasWord(tokens[cueTo].Lower)))
        {
            return null;
        }

        // "solvents found in old paint", "rules proposed during her tenure", "drivers accused of speeding": a participle right
        // before a preposition, with nothing between it and its noun, is a reduced relative clause, not a cue.
        if (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && !Lexicon.Pronouns.Contains(tokens[i - 1].Text)
            && !Lexicon.AnonymousHeads.Contains(tokens[i - 1].Text) && !Lexicon.ClauseWords.Contains(tokens[i - 1].Text) && t.Lower != lemma && !t.Lower.EndsWith('s') && !t.Lower.EndsWith("ing", StringComparison.Ordinal)
            && !AttributionPlainReportingLemmaWords.HasWord(lemma)
            && cueTo + 1 < tokens.Count && tokens[cueTo].IsWord && AttributionCueNounPrepositionWords.HasWord(tokens[cueTo].Lower)
            && !(tokens[cueTo].Lower == "in" && (Lexicon.Determiners.Contains(tokens[cueTo + 1].Text) || Lexicon.TimeWords.Contains(tokens[cueTo + 1].Text))))
        {
            return null;
        }

        // "a crate labeled “fragile”", "the old memo marked 'secret'": a participle right after a lower-case noun phrase opened by a
        // determiner, followed by a quotation, names the noun (a reduced relative clause); it is not a finite cue.
        if (i >= 2 && cueTo < tokens.Count && tokens[cueTo].Kind == TokenKind.Quote && t.Lower != lemma && t.Lower.EndsWith("ed", StringComparison.Ordinal)
            && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && !Lexicon.Pronouns.Contains(tokens[i - 1].Text) && !Lexicon.AnonymousHeads.Contains(tokens[i - 1].Text)
            && DeterminerOpens(tokens, i - 1))
        {
            return null;
        }

        // "more detailed", "most often cited", "such trusted partners": a degree word makes the participle an adjective.
        // "has long said" is a perfect with an adverb, not an adjective.
        if (i > 0 && tokens[i - 1].IsWord && AttributionDegreeBeforeParticipleWords.HasWord(tokens[i - 1].Lower)
            && !(tokens[i - 1].Lower == "long" && i > 1 && AttributionHaveFormWords.HasWord(tokens[i - 2].Lower)))
        {
            return null;
        }

        // "an estimate repeated by several economists", "a figure cited by the agency": a participle after a noun and before
        // "by" is a reduced passive, and its agent is the source.
        if (i > 0 && cueTo == i + 1 && cueTo + 1 < tokens.Count && tokens[cueTo].Lower == "by" && Agent(tokens, cueTo + 1) && t.Lower != lemma && !t.Lower.EndsWith('s')
            && !t.Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[i - 1].IsWord && !Lexicon.Pronouns.Contains(tokens[i - 1].Text)
            && !Lexicon.Auxiliaries.Contains(tokens[i - 1].Text) && !Lexicon.BeForms.Contains(tokens[i - 1].Text) && !Lexicon.ClauseWords.Contains(tokens[i - 1].Text))
        {
            return Passive(tokens, i, sentence);
        }

        // "isn't repeated", "wasn't shown": a negated form of "be" makes the cue passive.
        for (var k = i - 1; k >= 0 && k >= i - 3 && tokens[k].IsWord; k--)
        {
            if (AttributionNegatedBeWords.HasWord(tokens[k].Lower) && !t.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return Passive(tokens, i, sentence);
            }
        }

        // "Hale continued: ...", "'...,' she continued.": "continue" reports speech only next to its quotation.
        if (lemma == "continue" && (t.Lower.EndsWith("ing", StringComparison.Ordinal) || !(cueTo < tokens.Count && tokens[cueTo].Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.End or TokenKind.Quote)))
        {
            return null;
        }

        var before = SkipAuxiliariesLeft(tokens, i - 1);

        // "Several growers, however, doubt ...": a discourse adverb set off by commas stands between the subject and its verb.
        if (before >= 3 && tokens[before].Kind == TokenKind.Comma && tokens[before - 2].Kind == TokenKind.Comma && DiscourseAdverb(tokens[before - 1]))
        {
            before = SkipAuxiliariesLeft(tokens, before - 3);
        }
        else if (before >= 1 && DiscourseAdverb(tokens[before]) && !AttributionAdditiveAdverbWords.HasWord(tokens[before].Lower) && tokens[before - 1].IsWord && NounEnd(tokens[before - 1]))
        {
            // "Reyes however said": the same adverb without its commas.
            before = SkipAuxiliariesLeft(tokens, before - 1);
        }
        else if (before >= 1 && tokens[before].IsWord && AttributionPlaceAdverbWords.HasWord(tokens[before].Lower) && tokens[before - 1].IsWord && NounEnd(tokens[before - 1])
            && (Lexicon.AnonymousHeads.Contains(tokens[before - 1].Text) || Lexicon.OrganizationWords.Contains(tokens[before - 1].Text) || Lexicon.PersonRoleNouns.Contains(tokens[before - 1].Text)))
        {
            // "Officials there said", "campaign workers here say": a place adverb after the noun places the speakers.
            before = before - 1;
        }

        // "Residents, many of whom say ...": the antecedent speaks, and the span runs to "whom", as for "who".
        if (before >= 4 && tokens[before].Lower == "whom" && tokens[before - 1].Lower == "of"
            && AttributionQuantifierPartitiveWords.HasWord(tokens[before - 2].Lower))
        {
            var last = tokens[before - 3].Kind is TokenKind.Comma or TokenKind.Dash ? before - 4 : before - 3;
            var antecedent = Phrases.WalkLeft(tokens, last);
            return antecedent < 0 || t.Lower == lemma && Lexicon.NounLikeForms.Contains(t.Text)
                ? null
                : new RawAttribution(i, cueTo, antecedent, last + 1) { SpanTo = before + 1, Content = SpanOf(tokens, ContentStart(tokens, cueTo), tokens.Count, sentence) };
        }

        var objectEnd = ObjectEndedSubject(tokens, before);
        if (before >= 0 && tokens[before].IsWord && objectEnd.From < 0)
        {
            var w = tokens[before].Lower;

            // "are said to", "was reported": a passive cue with no agent names no source; "reported by X" does.
            if (Lexicon.BeForms.Contains(w) && !t.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return Passive(tokens, i, sentence);
            }

            // "Some believe", "many say": a quantifier right before the verb stands alone as its subject.
            var quantifierSubject = before == i - 1 && AttributionQuantifierSubjectWords.HasWord(w)
                && (!Lexicon.NounLikeForms.Contains(t.Text) || t.Lower == lemma && i + 1 < tokens.Count && tokens[i + 1].Lower == "that")
                && !(before >= 1 && AttributionFreeRelativeWords.HasWord(tokens[before - 1].Lower));

            // "Footage of the crash shows": a word after "of the" is the object of the preposition, a noun whatever its ending.
            var prepositionObject = before >= 2 && Lexicon.Determiners.Contains(tokens[before - 1].Text) && Lexicon.InnerPrepositions.Contains(tokens[before - 2].Text);
            if (w == "to" || (Lexicon.Determiners.Contains(w) && w != "that" && !quantifierSubject && CountedSubject(tokens, before) < 0)
                || (Lexicon.NounLikeForms.Contains(t.Text) && !char.IsUpper(tokens[before].Text[0]) && IsAdjectiveLike(tokens[before]) && !prepositionObject))
            {
                return null;
            }
        }

        // "the notes that", "some reports of": a determiner before a noun-like form makes it a noun, except a quantifier standing
        // alone as the subject of a base form with a that-clause ("but some note that").
        if (Lexicon.NounLikeForms.Contains(t.Text) && i + 1 < tokens.Count && AttributionOfOrThatWords.HasWord(tokens[i + 1].Lower) && before >= 0 && Lexicon.Determiners.Contains(tokens[before].Text)
            && !(before == i - 1 && t.Lower == lemma && tokens[i + 1].Lower == "that" && AttributionQuantifierSubjectWords.HasWord(tokens[before].Lower)
                && (before == 0 || !tokens[before - 1].IsWord || AttributionClauseCoordinatorWords.HasWord(tokens[before - 1].Lower))))
        {
            return null;
        }

        // "Recent estimates suggest", "the reports said": a noun-like form followed by a verb is the subject, not the cue.
        if (Lexicon.NounLikeForms.Contains(t.Text) && SkipAuxiliariesRight(tokens, i + 1) is var v && v < tokens.Count && tokens[v].IsWord
            && (Lexicon.CueVerbs.ContainsKey(tokens[v].Text) || Lexicon.BeForms.Contains(tokens[v].Text) || AttributionHaveFormWords.HasWord(tokens[v].Lower)))
        {
            return null;
        }

        // "She's arguing that ...", "he's called for ...": a pronoun with a contracted "is"/"has" is the subject itself.
        if (before >= 0 && before >= i - 2 && ContractedSubject(tokens[before]))
        {
            var contracted = new RawAttribution(i, cueTo, before, before + 1) { Content = SpanOf(tokens, ContentStart(tokens, cueTo), tokens.Count, sentence) };
            return t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.EndsWith("ed", StringComparison.Ordinal) || AttributionIrregularParticipleWords.HasWord(t.Lower)
                ? contracted
                : null;
        }

        // "the mayor is demanding", "she was insisting": a progressive form reads like the finite verb.
        if (t.Lower.EndsWith("ing", StringComparison.Ordinal) && before >= 1 && tokens[before].IsWord && AttributionProgressiveBeWords.HasWord(tokens[before].Lower))
        {
            before = SkipAuxiliariesLeft(tokens, before - 1);
        }
        else if (t.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            if (hasPrevious && i > 0 && (tokens[i - 1].Kind == TokenKind.Comma || tokens[i - 1].Lower == "and"))
            {
                if (lemma == "cite")
                {
                    var citedTo = Phrases.WalkRight(tokens, i + 1);
                    return citedTo > i + 1 ? new RawAttribution(i, i + 1, i + 1, citedTo) { Cites = true } : null;
                }

                return new RawAttribution(i, i + 1, -1, -1) { InheritsSource = true, Content = SpanOf(tokens, ContentStart(tokens, i + 1), tokens.Count, sentence) };
            }

            // "The mayor is defending her budget, saying ...": with no earlier speaker, the sentence's subject speaks.
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Comma && lemma != "cite" && SentenceSubject(tokens, i) is var (first, subjectEnd) && first >= 0)
            {
                return new RawAttribution(i, i + 1, first, subjectEnd) { Content = SpanOf(tokens, ContentStart(tokens, i + 1), tokens.Count, sentence) };
            }

            return null;
        }

        // "a nurse who said": the relative pronoun's antecedent speaks.
        // "who’s called for" fuses the pronoun with "has".
        if (before >= 1 && AttributionRelativePronounWords.HasWord(tokens[before].Lower) && !(before == i - 1 && t.Lower == lemma && Lexicon.NounLikeForms.Contains(t.Text)))
        {
            var last = tokens[before - 1].Kind is TokenKind.Comma or TokenKind.Dash ? before - 2 : before - 1;

            // "won praise from some who felt ...": a quantifier alone is the antecedent.
            var antecedent = last >= 0 && tokens[last].IsWord && AttributionQuantifierAntecedentWords.HasWord(tokens[last].Lower) ? last : Phrases.WalkLeft(tokens, last);
            if (antecedent < 0 || last == antecedent && AttributionIndefiniteAntecedentWords.HasWord(tokens[last].Lower))
            {
                return null;
            }

            // The span runs to the pronoun itself (annotators mark "who"); the name comes from the antecedent.
            return new RawAttribution(i, i + 1, antecedent, last + 1) { SpanTo = before + 1, Content = SpanOf(tokens, ContentStart(tokens, i + 1), tokens.Count, sentence) };
        }

        // "tenants, who have marched for weeks and called for ...": a verb coordinated inside a relative clause
        // shares the relative pronoun's antecedent.
        if (before >= 2 && AttributionClauseCoordinatorWords.HasWord(tokens[before].Lower) && !hasPrevious && CoordinatedRelative(tokens, before) is var (relFrom, relTo, relSpan) && relFrom != -1)
        {
            return relFrom < 0 ? null : new RawAttribution(i, cueTo, relFrom, relTo) { SpanTo = relSpan, Content = SpanOf(tokens, ContentStart(tokens, cueTo), tokens.Count, sentence) };
        }

        // "Kessler urged supporters to turn out and said she was ...": a second verb shares the sentence's subject.
        // With a cue before it in the sentence, the second verb shares the subject only when that cue was the subject's own verb
        // ("the club has called on the league to ... and called on fans to ..."), not a cue inside someone's content.
        if (before >= 1 && AttributionClauseCoordinatorWords.HasWord(tokens[before].Lower) && SentenceSubject(tokens, before) is var (subjectFrom, subjectTo) && subjectFrom >= 0
            && (!hasPrevious || SubjectsCue(tokens, subjectTo)))
        {
            return new RawAttribution(i, i + 1, subjectFrom, subjectTo) { Content = SpanOf(tokens, ContentStart(tokens, i + 1), tokens.Count, sentence) };
        }

        int sourceFrom;
        int sourceTo;
        var spanTo = -1;
        var preferredPossessor = false;
        (int, int) via = (-1, -1);
        if (CountedSubject(tokens, before) is var counted && counted >= 0)
        {
            // "300 pledged delegates", "five proposed bills": a participle between a count and a noun modifies the noun; as a
            // verb after a count it takes an object opened by a determiner, a pronoun, "that" or a number ("43 opposed the plan").
            if (t.Lower.EndsWith("ed", StringComparison.Ordinal)
                && !(cueTo < tokens.Count && (tokens[cueTo].Kind == TokenKind.Number || tokens[cueTo].IsWord && (Lexicon.Determiners.Contains(tokens[cueTo].Text) || Lexicon.Pronouns.Contains(tokens[cueTo].Text) || tokens[cueTo].Lower == "that"))))
            {
                return null;
            }

            // "43 said", "Two in three say", "more than 4 in 10 said": a count standing alone before the verb counts people.
            sourceFrom = counted;
            sourceTo = before + 1;
        }
        else if (ThoseParticiple(tokens, before) is var (thoseFrom, thoseTo) && thoseFrom >= 0)
        {
            // "Those surveyed say", "half of those polled said": the people the participle describes speak; the span runs over it.
            sourceFrom = thoseFrom;
            sourceTo = thoseTo;
            spanTo = before + 1;
        }
        else if (before >= 0 && tokens[before].IsWord && AttributionQuantifierOrOthersWords.HasWord(tokens[before].Lower)
            && (before == 0 || !tokens[before - 1].IsWord || Lexicon.ClauseWords.Contains(tokens[before - 1].Text) || tokens[before - 1].Lower is "and")
            && !(before >= 1 && AttributionFreeRelativeWords.HasWord(tokens[before - 1].Lower)))
        {
            // "Some believe ...", "but many say ...": a quantifier standing alone as the subject names a part of the people discussed.
            sourceFrom = before;
            sourceTo = before + 1;
        }
        else if (objectEnd.From < 0 && before >= 0 && (tokens[before].IsWord || tokens[before].Kind == TokenKind.CloseParen) && Phrases.WalkLeft(tokens, before) is var start && start >= 0)
        {
            sourceFrom = ExtendOverPlaces(tokens, start);
            sourceTo = before + 1;
            (sourceFrom, sourceTo) = PreferPossessor(tokens, sourceFrom, sourceTo);
            preferredPossessor = sourceTo <= before && !Lexicon.AttitudeLemmas.Contains(lemma) && !Lexicon.IsAction(lemma);

            // "Two engineers who inspected the bridge said": the phrase before the cue is the object of a "who" clause; the
            // speaker is the antecedent of "who", and the span runs over the clause.
            if (RelativeObjectAntecedent(tokens, sourceFrom) is var (antecedentFrom, antecedentTo) && antecedentFrom >= 0)
            {
                sourceFrom = antecedentFrom;
                sourceTo = antecedentTo;
                spanTo = before + 1;
                preferredPossessor = false;
            }

            // "Analyst X writing for New Eastern Outlook says": the outlet is the channel, the analyst the source.
            if (sourceFrom >= 3 && AttributionSpeakingPrepositionWords.HasWord(tokens[sourceFrom - 1].Lower) && AttributionSpeakingParticipleWords.HasWord(tokens[sourceFrom - 2].Lower))
            {
                var inner = Phrases.WalkLeft(tokens, sourceFrom - 3);
                if (inner >= 0)
                {
                    via = (sourceFrom, sourceTo);
                    sourceTo = sourceFrom - 2;
                    sourceFrom = inner;
                }
            }
        }
        else if (objectEnd.From >= 0)
        {
            // "Those loyal to him say", "the father of two replied": the phrase ends in a word that cannot end a walk.
            sourceFrom = objectEnd.From;
            sourceTo = objectEnd.To;
            spanTo = sourceTo <= before ? before + 1 : -1;
        }
        else if (before >= 2 && tokens[before].Kind == TokenKind.Dash && DashedApposition(tokens, before) is var (dashedFrom, dashedTo) && dashedFrom >= 0)
        {
            // "Lee -- author of a study on ports -- said": the phrase before the opening dash speaks; the span runs
            // over the apposition, as for a relative pronoun.
            sourceFrom = dashedFrom;
            sourceTo = dashedTo;
            spanTo = before;
        }
        else if (before >= 0 && tokens[before].Kind == TokenKind.Comma && Apposition(tokens, before, ClosesSentence(tokens, cueTo, lemma)) is var (subject, subjectEnd) && subject >= 0)
        {
            // "The Institute, a Geneva-based group that tracks displacement, said" / "Layla Haddad, the monitor's director, said".
            sourceFrom = subject;
            sourceTo = subjectEnd;
        }
        else if (before < 0 || tokens[before].Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.Colon or TokenKind.Dash)
        {
            // Inverted order: "..., said Omar Saleh, a brigade commander" / "..." says the report.
            var from = i + 1;
            var to = Phrases.WalkRight(tokens, from);
            var quoted = before >= 0 && (tokens[before].Kind == TokenKind.Quote || (before >= 1 && tokens[before - 1].Kind == TokenKind.Quote));

            // A bare base form with nothing before it is an imperative ("Don't blame the referee"), not an inverted cue.
            if (t.Lower == lemma && lemma != "say")
            {
                return null;
            }

            // "Said the mayor: ...", "Said one nurse, “...”": the sentence opens with the cue, the speaker and a colon, comma or quotation.
            if (before < 0 && to < tokens.Count && to > from
                && (tokens[to].Kind == TokenKind.Colon || (t.IsCapitalized && tokens[to].Kind is TokenKind.Comma or TokenKind.Quote && !AttributionDemonstrativeOrSoWords.HasWord(tokens[from].Lower)))
                && (tokens[from].IsCapitalized || Lexicon.Determiners.Contains(tokens[from].Text) || Lexicon.AnonymousHeads.Contains(tokens[from].Text)
                    || AttributionOneOrAnotherWords.HasWord(tokens[from].Lower)))
            {
                return new RawAttribution(i, i + 1, from, to) { Content = SpanOf(tokens, to + 1, tokens.Count, sentence) };
            }

            // Without a quotation, "..., said X" must end the sentence or open an apposition ("said X, a spokesman").
            if (!quoted && to < tokens.Count && tokens[to].Kind != TokenKind.End
                && !(tokens[to].Kind == TokenKind.Comma && to + 1 < tokens.Count && (Lexicon.Determiners.Contains(tokens[to + 1].Text) || Lexicon.Titles.Contains(tokens[to + 1].Text))))
            {
                return null;
            }

            if (to <= from || Lexicon.ClauseWords.Contains(tokens[from].Text) || !(tokens[from].IsCapitalized || Lexicon.Determiners.Contains(tokens[from].Text) || Lexicon.Pronouns.Contains(tokens[from].Text) || Lexicon.AnonymousHeads.Contains(tokens[from].Text)
                || ModifiedTitle(tokens, from, to) || quoted && FalseTitle(tokens, from, to)))
            {
                return null;
            }

            // "'...' said a year earlier": a time phrase after the cue is an adjunct, not the speaker.
            if (AttributionTimeWordWords.HasWord(tokens[to - 1].Lower))
            {
                return null;
            }

            to = ExtendApposition(tokens, to);
            return new RawAttribution(i, i + 1, from, to) { Trailing = true, Content = SpanOf(tokens, FirstContentToken(tokens), LastContentBefore(tokens, i), sentence) };
        }
        else
        {
            return null;
        }

        // "the agency's statement added", "the club's ledger shows": the possessor speaks for the document it owns; the
        // document phrase is what must be a plausible subject. A document does not hold attitudes ("if the mayor's plan rejected").
        if (!PlausibleSubject(tokens, sourceFrom, preferredPossessor ? before + 1 : sourceTo, t, i) || ObjectGap(tokens, sourceFrom, sourceTo, cueTo, lemma)
            || WithAbsolute(tokens, sourceFrom, sourceTo, i, lemma) || CausativeComplement(tokens, sourceFrom, t, lemma))
        {
            return null;
        }

        // A bare base form ("say", "report", "show") reports speech only after a plural or personal subject, never after a
        // modal ("would add", "will announce" tells what may happen, not what was said). "Put" and "forecast" are their own
        // past tense ("the ministry put the toll at 40"), so after a singular subject they are the past, not a bare base form.
        if (t.Lower == lemma && !(AttributionSameFormPastWords.HasWord(lemma) && !ModalBefore(tokens, sourceTo, i)) && !BaseFormSubject(tokens, sourceFrom, sourceTo, i))
        {
            return null;
        }

        // After the cue: the listener ("told Sputnik"), "that", a time or manner adjunct, then the content.
        var after = cueTo;

        // "warned that 2,000 jobs could go": "that" right after the verb opens the content; it is not a determiner of a listener.
        var complementizer = after < tokens.Count && tokens[after].Lower == "that";
        if (!complementizer && (Lexicon.ObjectVerbs.Contains(lemma) || Lexicon.IssueLemmas.Contains(lemma) || Lexicon.LightLemmas.Contains(lemma) || (lemma == "write" && after < tokens.Count && tokens[after].Lower == "for")))
        {
            var objFrom = lemma == "write" ? after + 1 : after;
            var objTo = Phrases.WalkRight(tokens, objFrom);
            if (objTo > objFrom)
            {
                if (via.Item1 < 0 && IsChannel(tokens, objFrom, objTo))
                {
                    via = (objFrom, objTo);
                }

                after = objTo;
            }
        }

        var contentStart = ContentStart(tokens, after);
        if (contentStart >= tokens.Count || OnlyClosing(tokens, contentStart))
        {
            return new RawAttribution(i, cueTo, sourceFrom, sourceTo) { Via = via, Trailing = true, SpanTo = spanTo, Content = SpanOf(tokens, FirstContentToken(tokens), LastContentBefore(tokens, sourceFrom), sentence) };
        }

        // '"A," X said, "B."': the content is on both sides.
        var lead = LastContentBefore(tokens, sourceFrom);
        var contentFrom = lead > FirstContentToken(tokens) + 1 && sourceFrom > 0 && tokens[sourceFrom - 1].Kind is TokenKind.Comma or TokenKind.Quote
            ? FirstContentToken(tokens)
            : contentStart;
        return new RawAttribution(i, cueTo, sourceFrom, sourceTo) { Via = via, SpanTo = spanTo, Content = SpanOf(tokens, contentFrom, tokens.Count, sentence) };
    }

    /// <summary>A discourse adverb that may stand between a subject and its verb ("however", "meanwhile", "nevertheless").</summary>
    private static bool DiscourseAdverb(Token t) =>
        t.IsWord && AttributionDiscourseAdverbWords.HasWord(t.Lower);

    /// <summary>A word that can end a subject noun phrase: not a function word, an auxiliary or a verb-like form.</summary>
    private static bool NounEnd(Token t) =>
        t.IsWord && !Lexicon.ClauseWords.Contains(t.Text) && !Lexicon.Determiners.Contains(t.Text) && !Lexicon.InnerPrepositions.Contains(t.Text)
        && !Lexicon.Auxiliaries.Contains(t.Text) && !Lexicon.BeForms.Contains(t.Text) && !Phrases.LooksVerbal(t) && !Lexicon.CueVerbs.ContainsKey(t.Text)
        && !AttributionCoordinatorWords.HasWord(t.Lower);

    // The antecedent of a "who" at most two lower-case words before <objectFrom> ("engineers who inspected", "residents who
    // had fled"), as (from, to), or (-1, -1).
    private static (int From, int To) RelativeObjectAntecedent(IReadOnlyList<Token> tokens, int objectFrom)
    {
        for (var k = objectFrom - 2; k >= Math.Max(1, objectFrom - 3); k--)
        {
            if (tokens[k].Lower == "who")
            {
                var clauseIsWords = true;
                for (var m = k + 1; m < objectFrom; m++)
                {
                    clauseIsWords &= tokens[m].IsWord && !tokens[m].IsCapitalized;
                }

                var from = clauseIsWords && tokens[k - 1].IsWord ? Phrases.WalkLeft(tokens, k - 1) : -1;
                return from >= 0 ? (from, k) : (-1, -1);
            }

            if (!tokens[k].IsWord)
            {
                break;
            }
        }

        return (-1, -1);
    }

    // A determiner at most three lower-case words before the noun at <noun> ("a folder", "the old blue folder").
    private static bool DeterminerOpens(IReadOnlyList<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (Lexicon.Determiners.Contains(tokens[k].Text))
            {
                return true;
            }

            if (tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The end (exclusive) of a predicative "as" phrase at token <paramref name="at"/> ("as a horrific attack", "as “isolated”"), up to
    /// the next comma or the sentence end; <paramref name="at"/> when there is none. "as" opening a clause ("as the storm hit", "as
    /// officials revealed that ...") is a conjunction: a verb after its subject (a form of "be", an auxiliary or a past -ed word) says so.
    /// </summary>
    private static int AsComplement(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].Lower != "as" || Lexicon.Pronouns.Contains(tokens[at + 1].Text))
        {
            return at;
        }

        var end = at + 1;
        while (end < tokens.Count && tokens[end].Kind is not (TokenKind.Comma or TokenKind.End or TokenKind.Colon))
        {
            end++;
        }

        var head = Phrases.WalkRight(tokens, at + 1);
        if (head > at + 1 && head < end && tokens[head] is var after && after.IsWord && !after.IsCapitalized
            && (Lexicon.BeForms.Contains(after.Text) || Lexicon.Auxiliaries.Contains(after.Text) || after.Lower.EndsWith("ed", StringComparison.Ordinal)))
        {
            return at;
        }

        return end;
    }

    private static RawAttribution? Passive(IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        if (i + 1 < tokens.Count && tokens[i + 1].Lower == "by")
        {
            var to = Phrases.WalkRight(tokens, i + 2);
            if (to > i + 2)
            {
                // "what was described by police as a horrific attack", "the man, identified by officials as the driver": the agent's words
                // are the "as" phrase (a description of the subject), not the clause the subject stands in.
                var content = AsComplement(tokens, to) is var asEnd && asEnd > to + 1
                    ? SpanOf(tokens, to + 1, asEnd, sentence)
                    : SpanOf(tokens, FirstContentToken(tokens), i, sentence);
                return new RawAttribution(i, i + 2, i + 2, to) { Content = content, Trailing = true };
            }
        }

        // "the toll was put at 25 by local officials", "losses were estimated at over 300 by the ministry": an estimate verb's
        // figure comes before its agent; the figure is part of what the agent said.
        if (i + 2 < tokens.Count && tokens[i + 1].Lower == "at" && FigureFollows(tokens, i + 2))
        {
            for (var k = i + 2; k < tokens.Count - 1 && k < i + 8 && (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number); k++)
            {
                if (tokens[k].Lower == "by" && Agent(tokens, k + 1) && Phrases.WalkRight(tokens, k + 1) is var to && to > k + 1)
                {
                    return new RawAttribution(i, i + 1, k + 1, to) { Content = SpanOf(tokens, FirstContentToken(tokens), k, sentence), Trailing = true };
                }
            }
        }

        return null;
    }

    /// <summary>True when the noun phrase right after an issue verb is headed by a text or message ("a statement", "a series of posts").</summary>
    private static bool IssuesText(IReadOnlyList<Token> tokens, int after, string lemma)
    {
        var light = Lexicon.LightLemmas.Contains(lemma);

        // "has used the phrase “...”": using a phrase, quoted right after it, is saying it.
        if (lemma == "use")
        {
            return after + 2 < tokens.Count && Lexicon.Determiners.Contains(tokens[after].Text) && AttributionWordingNounWords.HasWord(tokens[after + 1].Lower)
                && tokens[after + 2].Kind == TokenKind.Quote;
        }

        // "made it clear (that) ...", "has made it plain": making a point plain is stating it.
        if (lemma == "make" && after + 2 < tokens.Count && tokens[after].Lower == "it" && AttributionMadeClearWords.HasWord(tokens[after + 1].Lower))
        {
            return true;
        }

        // "made the following comment:": a participle used as an adjective ends the phrase walk early, so up to three words are read.
        var end = Phrases.WalkRight(tokens, after);
        for (var k = end; k < tokens.Count && k < after + 3 && tokens[k].IsWord; k++)
        {
            end = k + 1;
        }

        var measured = false;
        for (var k = after; k < end && k < after + 6; k++)
        {
            // "a series of posts", "a flurry of statements": a measure noun hands the head over to the noun after "of".
            if (k + 1 < end && AttributionRunNounWords.HasWord(tokens[k].Lower) && tokens[k + 1].Lower == "of")
            {
                k++;
                measured = true;
                continue;
            }

            if (tokens[k].IsWord && (light ? Lexicon.SpeechNouns.Contains(tokens[k].Text) : Lexicon.IssuedTexts.Contains(tokens[k].Text) || Lexicon.DocumentWords.Contains(tokens[k].Text)))
            {
                // "the ruling sends a message" is an idiom for "shows", said of events and policies as often as of people.
                if (lemma == "send" && AttributionMessageNounWords.HasWord(tokens[k].Lower))
                {
                    return false;
                }

                // The head comes before any "of"/"from" complement: "a note from her lawyer", but not "copies of the report".
                // "made an argument for", "voiced concern that", "offered no evidence that": a light verb's speech noun must introduce
                // what was said; "made those remarks at the rally" only points back at words already reported.
                if (light && !(k + 1 < tokens.Count && (tokens[k + 1].Kind is TokenKind.Colon or TokenKind.Quote
                    || tokens[k + 1].IsWord && AttributionTextComplementWords.HasWord(tokens[k + 1].Lower))))
                {
                    return false;
                }

                return measured || k == after || k == after + 1 || k == after + 2 || (k > after && !(tokens[k - 1].IsWord && Lexicon.InnerPrepositions.Contains(tokens[k - 1].Text)));
            }

            if (tokens[k].IsWord && Lexicon.InnerPrepositions.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// For a cue right after a closing dash: the noun phrase before the opening dash of the same pair, when it opens the
    /// sentence or follows a comma, and the (-1, -1) pair otherwise.
    /// </summary>
    private static (int From, int To) DashedApposition(IReadOnlyList<Token> tokens, int closing)
    {
        for (var k = closing - 1; k >= 1 && closing - k <= 2 * Phrases.MaxLength; k--)
        {
            if (tokens[k].Kind == TokenKind.Dash)
            {
                var from = Phrases.WalkLeft(tokens, k - 1);
                var opens = from >= 0 && (from == FirstContentToken(tokens) || tokens[from - 1].Kind == TokenKind.Comma
                    || (tokens[from - 1].IsWord && AttributionClauseCoordinatorWords.HasWord(tokens[from - 1].Lower)));
                return opens ? (from, k) : (-1, -1);
            }

            if (tokens[k].Kind is TokenKind.Quote or TokenKind.Colon or TokenKind.End)
            {
                break;
            }
        }

        return (-1, -1);
    }

    /// <summary>"called the plan a 'bold experiment'", "called her a hero": calling something a name is a judgement attributed to the caller.</summary>
    private static bool CallsSomethingSomething(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].IsCapitalized && i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.End)
        {
            return false;
        }

        // "called the audit baseless": an adjective right after the object phrase is the judgement.
        var objectEnd = Phrases.WalkRight(tokens, i + 1);
        if (objectEnd > i + 1 && objectEnd < tokens.Count && JudgementAdjective(tokens[objectEnd]))
        {
            return true;
        }

        for (var k = i + 2; k < tokens.Count && k <= i + Phrases.MaxLength; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote || (tokens[k].IsWord && DeterminerIndefiniteWords.HasWord(tokens[k].Lower)))
            {
                return true;
            }

            // "called the meeting because the chair wanted ...": the naming ends where a new clause begins.
            if (tokens[k].Kind is TokenKind.End or TokenKind.Comma || tokens[k].IsWord && AttributionClauseOpenerWords.HasWord(tokens[k].Lower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A lower-case word shaped like an evaluative adjective ("unsubstantiated", "outrageous", "divisive", "shameful").</summary>
    private static bool JudgementAdjective(Token t)
    {
        if (!t.IsWord || t.IsCapitalized || t.Lower.Length < 5)
        {
            return false;
        }

        var w = t.Lower;
        return w.EndsWith("ous", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ful", StringComparison.Ordinal)
            || w.EndsWith("less", StringComparison.Ordinal) || w.EndsWith("able", StringComparison.Ordinal) || w.EndsWith("ible", StringComparison.Ordinal)
            || (w.EndsWith("ed", StringComparison.Ordinal) && w.StartsWith("un", StringComparison.Ordinal)) || AttributionJudgementAdjectiveWords.HasWord(w);
    }

    /// <summary>True when a figure (a numeral or number word, possibly after a qualifier) stands within four words after the cue.</summary>
    private static bool FigureFollows(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 4; k++)
        {
            if (tokens[k].Kind == TokenKind.Number || tokens[k].IsWord && Extraction.Scanning.NumberLexicon.IsNumberWord(tokens[k].Lower))
            {
                return true;
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when "at" and a figure follow within the next ten words, with no clause break ("put the toll at 25").</summary>
    private static bool PutsAtFigure(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 10; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "at")
            {
                return FigureFollows(tokens, k + 1);
            }

            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when a modal or "to" stands between the subject and the cue ("will put", "is expected to forecast").</summary>
    private static bool ModalBefore(IReadOnlyList<Token> tokens, int from, int cue)
    {
        for (var k = from; k < cue; k++)
        {
            if (tokens[k].IsWord && AttributionModalOrToWords.HasWord(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// False for the senses of the figure verbs that report nothing. "The monitor counted 45 deaths", "the bulletin listed six
    /// villages", "officials put the toll at 25" report a figure; "counting on voters", "the address listed on the form",
    /// "put the dispute behind her" do not. Counting and listing verbs need a figure or a colon within four words after them, "put" needs "at" and a figure.
    /// </summary>
    public static bool FigureVerbSense(IReadOnlyList<Token> tokens, int i, string lemma) => lemma switch
    {
        "count" or "list" or "tally" => FigureFollows(tokens, i + 1) || ColonFollows(tokens, i + 1),
        "put" => PutsAtFigure(tokens, i + 1),
        _ => true,
    };

    /// <summary>True when a colon closes the next four words ("listed the damage:"), opening a list of figures.</summary>
    private static bool ColonFollows(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 5; k++)
        {
            if (tokens[k].Kind == TokenKind.Colon)
            {
                return true;
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "said former Gov. Ann Hale", "said retired Gen. Omar Saleh", "says interim Mayor Ruth Bly": a lower-case modifier opens a
    /// name phrase that holds a title before a capitalised name.
    /// </summary>
    private static bool ModifiedTitle(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (!tokens[from].IsWord || tokens[from].IsCapitalized || from + 2 >= to)
        {
            return false;
        }

        for (var k = from + 1; k < to - 1; k++)
        {
            if (!tokens[k].IsCapitalized)
            {
                return false;
            }

            if (Lexicon.Titles.Contains(tokens[k].Text.TrimEnd('.')) && tokens[k + 1].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }
}
