using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>What a figure counts and what happened to it, read from the words around it.</summary>
/// <param name="Subject">The counted noun phrase, lower-cased, head noun last, or null.</param>
/// <param name="Predicate">The canonical predicate (<see cref="PredicateLexicon"/>), or null.</param>
/// <param name="SubjectEnd">Last token of the subject phrase (or of the figure when there is none).</param>
/// <param name="PredicateBefore">True when the predicate stood before the figure ("killed 127").</param>
internal readonly record struct ClaimContext(string? Subject, string? Predicate, int SubjectEnd, bool PredicateBefore);

/// <summary>
/// Reads subject and predicate with small, bounded look-arounds: the noun phrase after the figure
/// ("21 battle tanks", "thousands of civilians"), a verb before it ("killed 127") or after the phrase
/// ("18,000 civilians left", "3,200 militants have been killed"), and list sharing ("lost 21 tanks, 10
/// vehicles and six systems"; "killed 127 and injured 254 civilians").
/// </summary>
internal static class ClaimContextReader
{
    private static readonly FrozenSet<string> InjurySurvivalWords = Lexicon.Default.Words("injury.survival");
    private static readonly FrozenSet<string> HarmHitParticipleWords = Lexicon.Default.Words("harm.hit-participle");
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> CasualtyNounWithOfWords = Lexicon.Default.Words("casualty.noun-with-of");
    private static readonly FrozenSet<string> ClauseBreakWordWords = Lexicon.Default.Words("clause.break-word");
    private static readonly FrozenSet<string> DeterminerDefiniteGroupWords = Lexicon.Default.Words("determiner.definite-group");
    private static readonly FrozenSet<string> InjuryWoundNounWords = Lexicon.Default.Words("injury.wound-noun");
    private static readonly FrozenSet<string> PredicateStateLinkWords = Lexicon.Default.Words("predicate.state-link");
    private static readonly FrozenSet<string> SubjectParentheticalOpenerWords = Lexicon.Default.Words("subject.parenthetical-opener");
    private static readonly FrozenSet<string> SubjectPartitiveSkipWords = Lexicon.Default.Words("subject.partitive-skip");
    private static readonly FrozenSet<string> TollModifierWords = Lexicon.Default.Words("toll.modifier");
    private static readonly FrozenSet<string> CoordinatorWords = Lexicon.Default.Words("coordinator");
    private static readonly FrozenSet<string> CountTimesWords = Lexicon.Default.Words("count.times");
    private static readonly FrozenSet<string> DeterminerBeforeGerundWords = Lexicon.Default.Words("determiner.before-gerund");
    private static readonly FrozenSet<string> InjuryConditionWords = Lexicon.Default.Words("injury.condition");
    private static readonly FrozenSet<string> InjuryWoundVerbWords = Lexicon.Default.Words("injury.wound-verb");
    private static readonly FrozenSet<string> LeaveVerbWords = Lexicon.Default.Words("leave-verb");
    private static readonly FrozenSet<string> ObjectStartWords = Lexicon.Default.Words("object-start");
    private static readonly FrozenSet<string> OutcomeClauseEndWords = Lexicon.Default.Words("outcome.clause-end");
    private static readonly FrozenSet<string> PartitiveEndWords = Lexicon.Default.Words("partitive-end");
    private static readonly FrozenSet<string> PredicateFindingVerbWords = Lexicon.Default.Words("predicate.finding-verb");
    private static readonly FrozenSet<string> PredicateNotSubjectNounWords = Lexicon.Default.Words("predicate.not-subject-noun");
    private static readonly FrozenSet<string> PredicateNotSubjectVerbWords = Lexicon.Default.Words("predicate.not-subject-verb");
    private static readonly FrozenSet<string> PredicateSkipBetweenWords = Lexicon.Default.Words("predicate.skip-between");
    private static readonly FrozenSet<string> PredicateVerbFormWords = Lexicon.Default.Words("predicate.verb-form");
    private static readonly FrozenSet<string> ShootVerbWords = Lexicon.Default.Words("shoot-verb");
    private static readonly FrozenSet<string> SubjectAdditionalWords = Lexicon.Default.Words("subject.additional");
    private static readonly FrozenSet<string> SubjectAdverbialAfterInWords = Lexicon.Default.Words("subject.adverbial-after-in");
    private static readonly FrozenSet<string> SubjectNotBeforeFigureWords = Lexicon.Default.Words("subject.not-before-figure");
    private static readonly FrozenSet<string> SubjectNotModifierWords = Lexicon.Default.Words("subject.not-modifier");
    private static readonly FrozenSet<string> TollWords = Lexicon.Default.Words("toll");

    /// <summary>Words that end a noun phrase.</summary>
    private static readonly HashSet<string> Stops = new(Lexicon.Default.Words("stop.phrase-end"), StringComparer.Ordinal);

    /// <summary>Words skipped between a noun phrase and its verb ("have also been", "were able to").</summary>
    private static readonly HashSet<string> Auxiliaries = new(Lexicon.Default.Words("skip.before-verb.context"), StringComparer.Ordinal);

    /// <summary>Forms of be and have: an aside holding one is a clause of its own ("60, was outside,"), not an appositive.</summary>
    private static readonly HashSet<string> Copulas = new(Lexicon.Default.Words("passive-auxiliary"), StringComparer.Ordinal);

    /// <summary>Connectors between items of a list that share a predicate.</summary>
    private static readonly HashSet<string> ListConnectors = new(Lexicon.Default.Words("list-connector"), StringComparer.Ordinal);

    /// <summary>Reads subject and predicate of each finding in one sentence; <paramref name="senses"/> tells nouns from other words.</summary>
    public static ClaimContext[] Read(List<Token> t, List<Found> found, ISenses senses)
    {
        var result = new ClaimContext[found.Count];
        for (var n = 0; n < found.Count; n++)
        {
            var f = found[n];
            var (subject, subjectEnd) = SubjectAfter(t, f, senses);
            // "six were wounded -- two mortally": an outcome adverb right after the figure says what happened to it.
            var predicate = OutcomeAdverb(t, subjectEnd + 1) ?? Condition(t, subjectEnd + 1) ?? Condition(t, AfterCopula(t, subjectEnd + 1));
            var verbAt = -1;
            predicate ??= PredicateBefore(t, f.First, n > 0 ? found[n - 1].Last : -1, out verbAt);
            var before = predicate is not null;
            if (verbAt >= 0 && (IsLeave(t[verbAt].Lower) || predicate == PredicateLexicon.KilledAndInjured) && Complement(t, subjectEnd + 1) is { } resultative
                && (IsLeave(t[verbAt].Lower) || resultative == PredicateLexicon.Killed))
            {
                // ("shot three men dead", "shooting two guards to death": the outcome follows the object.)
                // "a crash that left one rider dead", "left 300 families homeless": resultative leave, whose
                // object is what the complement says (leave = depart takes no such complement).
                predicate = resultative;
            }

            // "Killed were two children who had sheltered in the barn": the fronted participle is the count's own, not a verb
            // of the relative clause after it.
            predicate ??= InvertedPassive(t, f.First, n > 0 ? found[n - 1].Last : -1);
            predicate ??= PredicateAfter(t, subjectEnd + 1);
            predicate ??= HarmModifier(subject);
            predicate ??= CasualtyNoun(subject);
            predicate ??= DeathToll(t, f.First, n > 0 ? found[n - 1].Last : -1);
            if (predicate is null && subject is not null && Coordination(t, subjectEnd, n + 1 < found.Count ? found[n + 1].First : t.Count) is { } more)
            {
                // "418 farmers, traders, and herders were killed": the count is of the whole coordination.
                subject += more.Words;
                subjectEnd = more.End;
                predicate = PredicateAfter(t, subjectEnd + 1);
            }

            subject ??= SubjectBefore(t, f, n > 0 ? found[n - 1].Last : -1, n > 0 ? result[n - 1].Subject : null);
            if (PredicateLexicon.IsCasualty(predicate) && (CountTimesWords.HasWord(subject) || (verbAt >= 0 && IsShootVerb(t[verbAt].Lower) && (f.Unit is not null || subject is null))))
            {
                // "was shot 3 times" counts shots, not the shot; "shot 45 percent from the field", "shot 68 on Sunday"
                // are sports scoring: a shooting verb before a figure counts casualties only when people are named.
                predicate = null;
            }

            result[n] = new ClaimContext(subject, predicate, subjectEnd, before);
        }

        // "one of the 12 killed", "two of the five people shot": the part shares what happened to the whole. In "one of
        // the four was pronounced dead" the verb after an auxiliary is the part's own: the four are not the dead.
        for (var n = found.Count - 2; n >= 0; n--)
        {
            if (result[n + 1].Predicate is not { } whole || !IsPartitive(t, found[n], found[n + 1]))
            {
                continue;
            }

            if (result[n].Predicate is null)
            {
                result[n] = result[n] with { Predicate = whole };
            }

            if (result[n].Predicate == whole && !result[n + 1].PredicateBefore && AfterCopula(t, result[n + 1].SubjectEnd + 1) > result[n + 1].SubjectEnd + 1)
            {
                result[n + 1] = result[n + 1] with { Predicate = null };
            }
        }

        // Lists share the verb that stands before them; "killed 127 and injured 254 civilians" share the noun.
        for (var n = 1; n < found.Count; n++)
        {
            var prev = result[n - 1];
            var cur = result[n];
            var including = found[n].First > 0 && t[found[n].First - 1].Is("including");
            // "9 workers had been killed and 60 wounded": an item whose own word is an event keeps it.
            var ownEvent = cur.Subject is { } own && PredicateLexicon.OfWord(own.Split(' ')[0]) is not null;
            // "One robber is dead and two others are under arrest": an item with a verb of its own says its own event.
            var ownVerb = AfterCopula(t, Math.Max(cur.SubjectEnd, found[n].Last) + 1) > Math.Max(cur.SubjectEnd, found[n].Last) + 1;
            if (cur.Predicate is null && prev.Predicate is not null && !ownEvent && !ownVerb
                && (including || (prev.PredicateBefore ? OnlyConnectorsOrPhraseBetween(t, found[n - 1], prev.SubjectEnd, found[n].First) : SharesVerbAfter(t, prev.SubjectEnd, found[n].First))))
            {
                result[n] = cur with { Predicate = prev.Predicate, PredicateBefore = true };
            }
        }

        for (var n = found.Count - 2; n >= 0; n--)
        {
            var cur = result[n];
            var next = result[n + 1];
            if (cur.Subject is null && next.Subject is not null && found[n].Unit is null && found[n + 1].Unit is null && Between(t, found[n].Last, found[n + 1].First) is { } gap
                && gap.Count <= 3 && gap.Count > 0 && (CoordinatorWords.HasWord(gap[0]) || gap[0] is ","))
            {
                result[n] = cur with { Subject = next.Subject };
            }
        }

        return result;
    }

    private static (string? Subject, int End) SubjectAfter(List<Token> t, Found f, ISenses senses)
    {
        var j = f.Last + 1;
        var unit = f.Unit;
        if (unit is not null && !UnitLexicon.TimeUnits.Contains(unit))
        {
            // "12 hectares of farmland", "30% of the seats": the thing measured follows "of";
            // "a 1.5 per cent levy", "a $250000 grant": or stands right after the figure.
            if (j < t.Count && t[j].Is("of"))
            {
                j++;
            }
            else if (UnitLexicon.IsCurrency(unit) && j + 1 < t.Count && t[j].Is("in") && t[j + 1].Kind == TokenKind.Word && !t[j + 1].Capitalized
                && !Stops.Contains(t[j + 1].Lower) && !UnitLexicon.TimeUnits.Contains(t[j + 1].Lower) && !IsAdverbialAfterIn(t[j + 1].Lower))
            {
                j++; // "$2 billion in profits", "$4 million in damages": what the money is counted in
            }
            else if (!(j < t.Count && t[j].Kind == TokenKind.Word && !t[j].Capitalized && !Stops.Contains(t[j].Lower) && PredicateLexicon.OfWord(t[j].Lower) is null
                && TrendLexicon.Of(t[j].Lower, unit) is null && !t[j].Lower.EndsWith("ed", StringComparison.Ordinal) && !t[j].Lower.EndsWith("ly", StringComparison.Ordinal)))
            {
                return (null, f.Last);
            }
        }
        else if (j < t.Count && t[j].Is("of"))
        {
            j++;
        }

        var end = f.Last;
        while (j < t.Count && t[j].Kind == TokenKind.Word && SubjectPartitiveSkipWords.HasWord(t[j].Lower))
        {
            end = PartitiveEndWords.HasWord(t[j].Lower) ? j : end; // "two of them were killed": the partitive ends here
            j++;
        }

        var words = new List<string>(4);
        while (j < t.Count && words.Count < 6)
        {
            var tok = t[j];
            if (tok.Kind == TokenKind.Word)
            {
                var w = tok.Lower;
                if (words.Count == 0 && w is "other" && j + 1 < t.Count && t[j + 1].Kind == TokenKind.Word && !Stops.Contains(t[j + 1].Lower))
                {
                    words.Add(w); // "five other people were wounded": others beyond those already counted
                    end = j;
                    j++;
                    continue;
                }

                if (words.Count == 0 && SubjectAdditionalWords.HasWord(w) && !(j + 1 < t.Count && t[j + 1].Is("than")))
                {
                    end = j; // "two more were found dead", "six more people": more of what was counted, the noun or verb follows
                    j++;
                    continue;
                }

                if (words.Count == 0 && IsStateAfterFigure(t, j, f, senses))
                {
                    break; // "1 dead, 4 wounded", "two fatally": the figure's predicate, not its noun
                }

                if (Stops.Contains(w) || (words.Count > 0 && (PredicateLexicon.OfWord(w) is not null || EndsParticiple(w, t, j) || PredicateLexicon.MatchPhrase(t, j, out _) > 0)))
                {
                    break;
                }

                words.Add(w);
                end = j;
                j++;
                continue;
            }

            // "bomb-equipped", "Russia-brokered": hyphens inside a phrase word.
            if (tok.IsDash && !tok.SpaceBefore && words.Count > 0 && j + 1 < t.Count && !t[j + 1].SpaceBefore && t[j + 1].Kind == TokenKind.Word)
            {
                words[^1] = words[^1] + "-" + t[j + 1].Lower;
                end = j + 1;
                j += 2;
                continue;
            }

            if (tok.Kind == TokenKind.Symbol && tok.Lower is "'" or "’" && words.Count > 0)
            {
                j++;
                continue;
            }

            break;
        }

        if (words.Count == 0)
        {
            return (null, end);
        }

        // Keep the head and at most two modifiers before it.
        var keep = words.Count > 3 ? words.GetRange(words.Count - 3, 3) : words;
        return (string.Join(' ', keep), end);
    }

    private static string? SubjectBefore(List<Token> t, Found f, int floor, string? previousSubject)
    {
        if (f.Unit is null || UnitLexicon.TimeUnits.Contains(f.Unit))
        {
            return null;
        }

        // "Fabrikam up 3.1 per cent", "the futures were up 12 cents at $4.75": the measured thing stands
        // before the verb; when another figure stands between, the two share it.
        var j = f.First - 1;
        var skipped = 0;
        while (j > floor && skipped < 6 && t[j].Kind == TokenKind.Word && IsLinkWord(t[j].Lower, f.Unit))
        {
            if (t[j].Lower is "it" && j + 1 < f.First)
            {
                return null; // "you learn it can cost $900": the subject is the pronoun ("cost it $800" has it as object)
            }

            j--;
            skipped++;
        }

        if (j == floor && floor >= 0)
        {
            return previousSubject;
        }

        var words = new List<string>(3);
        while (j > floor && words.Count < 3 && t[j].Kind == TokenKind.Word && !Stops.Contains(t[j].Lower) && PredicateLexicon.OfWord(t[j].Lower) is null
            && !t[j].Lower.EndsWith("ed", StringComparison.Ordinal) && !SubjectNotModifierWords.HasWord(t[j].Lower) && !ConceptReader.IsGoverningVerb(t[j].Lower)
            && !(t[j].Lower.Length > 5 && t[j].Lower.EndsWith("ing", StringComparison.Ordinal) && words.Count == 0) && !ConceptTopic.IsMonth(t[j]))
        {
            words.Insert(0, t[j].Lower);
            j--;
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Words after "in" that make a time or an adverbial ("in total", "in advance", "in years"), not what money is counted in.</summary>
    private static bool IsAdverbialAfterIn(string w) =>
        SubjectAdverbialAfterInWords.HasWord(w);

    private static bool IsLinkWord(string w, string unit) =>
        Auxiliaries.Contains(w) || TrendLexicon.Of(w, unit) is not null || w.EndsWith("ed", StringComparison.Ordinal) || ConceptReader.IsGoverningVerb(w)
        || SubjectNotBeforeFigureWords.HasWord(w);

    internal static string? PredicateBefore(List<Token> t, int first, int floor, out int at)
    {
        // "killed 127", "lost 21 battle tanks", "liberated 16 districts": a verb at most three words before.
        at = -1;
        var stop = Math.Max(floor, first - 4);
        for (var j = first - 1; j > stop; j--)
        {
            var tok = t[j];
            if (tok.Kind != TokenKind.Word)
            {
                if (tok.IsDash || tok.Lower is "'" or "’" or "\"" or "“" or "”")
                {
                    continue;
                }

                return null;
            }

            if (PredicateLexicon.OfWord(tok.Lower) is { } p && IsVerbForm(tok.Lower))
            {
                at = j;

                // "killed and wounded 300 people" (one count of both), "shot and killed two", "fatally shot one".
                return PredicateLexicon.MatchPhraseEndingAt(t, j, floor, out var phrase) > 1 ? phrase : p;
            }

            // "the deaths of three children", "death of 4": a casualty noun whose "of" names who died.
            if (j + 1 < first && t[j + 1].Is("of") && PredicateLexicon.OfWord(tok.Lower) is PredicateLexicon.Killed or PredicateLexicon.Injured && CasualtyNounWithOfWords.HasWord(tok.Lower))
            {
                at = j;
                return PredicateLexicon.OfWord(tok.Lower);
            }

            if (PredicateLexicon.OfVerbBeforeFigure(tok.Lower) is { } gerund)
            {
                at = j;

                // "the shooting two weeks ago": after a determiner the -ing form is a noun, not a verb.
                return j > 0 && DeterminerBeforeGerundWords.HasWord(t[j - 1].Lower) ? null : gerund;
            }

            // "districts populated by 90,000 residents": the agent of a population participle is what is counted.
            if (tok.Lower == "by" && j - 1 > floor && t[j - 1].Kind == TokenKind.Word && PredicateLexicon.CountsAgent(t[j - 1].Lower))
            {
                at = j - 1;
                return PredicateLexicon.OfWord(t[j - 1].Lower);
            }

            if (!PredicateSkipBetweenWords.HasWord(tok.Lower))
            {
                return null;
            }
        }

        return null;
    }

    internal static string? PredicateAfter(List<Token> t, int j)
    {
        // Skip a parenthetical ", including hundreds of children and newborn babies," before the verb.
        if (j + 1 < t.Count && t[j].IsSymbol(',') && SubjectParentheticalOpenerWords.HasWord(t[j + 1].Lower))
        {
            var k = j + 2;
            while (k < t.Count && k < j + 16 && !t[k].IsSymbol(','))
            {
                k++;
            }

            // With no closing comma in reach, the aside is no parenthetical: the verb is not behind it.
            if (k < t.Count && t[k].IsSymbol(','))
            {
                j = k + 1;
            }
        }

        // Skip an appositive closed by a comma when the verb group follows it: "Four patients, all elderly, died", "three men,
        // ages 19 to 22, were wounded". Without a verb right after the closing comma the words are no aside of the subject.
        if (j < t.Count && t[j].IsSymbol(','))
        {
            for (var k = j + 1; k < t.Count && k < j + 9; k++)
            {
                if (t[k].IsSymbol(',') && k > j + 1)
                {
                    if (k + 1 < t.Count && t[k + 1].Kind == TokenKind.Word && (Auxiliaries.Contains(t[k + 1].Lower)
                        || (PredicateLexicon.IsCasualty(PredicateLexicon.OfWord(t[k + 1].Lower)) && IsVerbForm(t[k + 1].Lower))))
                    {
                        j = k + 1;
                    }

                    break;
                }

                // "Herring Jr., 60, was outside, injured": an aside with a verb of its own is a clause, not an appositive.
                if ((t[k].Kind == TokenKind.Symbol && !t[k].IsSymbol(',') && !t[k].IsDash) || (t[k].Kind == TokenKind.Word && Copulas.Contains(t[k].Lower)))
                {
                    break;
                }
            }
        }

        // Skip an aside between spaced dashes or in brackets: "Four miners – all from one village – were hurt".
        if (j < t.Count && (t[j].IsSymbol('(') || (t[j].IsDash && t[j].SpaceBefore)))
        {
            var close = t[j].IsSymbol('(') ? ')' : '\0';
            var k = j + 1;
            while (k < t.Count && k < j + 16 && !(close == ')' ? t[k].IsSymbol(')') : t[k].IsDash && t[k].SpaceBefore))
            {
                k++;
            }

            // An aside is skipped only up to its closing mark. A lone dash opens no aside ("six were shot - two fatally"),
            // and a bracket not closed within reach is no short aside: jumping 16 tokens on would land in another clause.
            if (k < t.Count && k < j + 16)
            {
                j = k + 1;
            }
        }

        for (var k = j; k < t.Count && k < j + 8; k++)
        {
            if (PredicateLexicon.MatchPhrase(t, k, out var phrase) is > 0 and var length)
            {
                return phrase == PredicateLexicon.KilledAndInjured && Survived(t, k + length) ? PredicateLexicon.Injured : phrase;
            }

            if (StruckByMissile(t, k))
            {
                return Survived(t, k + 1) ? PredicateLexicon.Injured : PredicateLexicon.KilledAndInjured; // "three people were hit by gunfire": shot, dead or alive
            }

            if (InjuryWoundVerbWords.HasWord(t[k].Lower) && Wounds(t, k + 1))
            {
                return PredicateLexicon.Injured; // "two women with gunshot wounds", "five were treated for gunshot wounds", "sustained minor injuries"
            }

            var w = t[k].Lower;
            // The cheap tests first: WordNet is asked about a participle only in a sentence that reports a killing.
            if (MayBeHospitalised(t[k]) && KillingInSentence(t) && Hospitalised(t, k))
            {
                return PredicateLexicon.Injured; // "one guard is dead and another was driven to a county hospital", "two died and three were hospitalised"
            }

            if (PredicateLexicon.OfWord(w) is { } p && IsVerbForm(w))
            {
                // "three families were left homeless": a passive resultative leave takes its complement's predicate.
                return IsLeave(w) && Complement(t, k + 1) is { } result ? result
                    : p == PredicateLexicon.KilledAndInjured && Survived(t, k + 1) ? PredicateLexicon.Injured : p;
            }

            if (!Auxiliaries.Contains(w) && !IsMannerAdverb(t[k]) && !PredicateFindingVerbWords.HasWord(w))
            {
                return null; // adverbs ("were seriously injured") and verbs of finding ("were found shot dead") lead to the predicate
            }
        }

        return null;
    }

    /// <summary>
    /// "was hospitalised", "were taken to a local hospital", "was rushed to the trauma center": a person carried to or kept in
    /// a hospital. The verb is read by WordNet (a verb derived from "hospital"), the place by its kind (a hospital or a
    /// kind of one), so no list of verbs of carrying is needed: any participle followed by "to" and a hospital serves.
    /// </summary>
    private static bool Hospitalised(List<Token> t, int k)
    {
        var w = t[k].Lower;
        if (!MayBeHospitalised(t[k]))
        {
            return false;
        }

        // "hospitalized" derives from "hospital"; the British "hospitalised" shares its synset with "hospitalize".
        if (WordNet.Default.Synonyms(w, WordClass.Verb).Prepend(w).Any(v => WordNet.Default.Derivations(v, WordClass.Verb).Any(d => d.Class == WordClass.Noun && IsHospital(d.Lemma))))
        {
            return true;
        }

        if (k + 2 >= t.Count || !t[k + 1].Is("to"))
        {
            return false;
        }

        // "to hospital", "to an area hospital", "to a nearby medical center": up to three modifiers before the place noun.
        for (var j = k + 2; j < t.Count && j <= k + 5; j++)
        {
            if (t[j].Kind != TokenKind.Word)
            {
                return false;
            }

            var compound = j + 1 < t.Count && t[j + 1].Kind == TokenKind.Word ? t[j].Lower + "_" + t[j + 1].Lower : null;
            if (IsHospital(t[j].Lower) || (compound is not null && IsHospital(compound)))
            {
                return true;
            }
        }

        return false;
    }

    // A participle that can say a person was carried or admitted: an -ed form, or one of the irregular ones of carrying.
    private static bool MayBeHospitalised(Token token) =>
        token.Kind == TokenKind.Word && (token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower is "taken" or "flown" or "driven");

    /// <summary>
    /// "were shot but survived", "a guard hit in the leg who is expected to survive", "shot and are recovering": a harm the
    /// person lived through is an injury. Looked for in the same clause, within eight words, before any punctuation.
    /// </summary>
    private static bool Survived(List<Token> t, int j)
    {
        for (var k = j; k < t.Count && k < j + 8; k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (InjurySurvivalWords.HasWord(t[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "struck by gunfire", "hit by a stray bullet", "struck by shrapnel": a participle of hitting whose agent after "by" is
    /// a projectile or a shooting (WordNet kinds of projectile, ammunition, shooting) harms the person it hits, as being shot
    /// does. Other agents ("struck by a storm", "hit by inflation") are left to the verb's own reading.
    /// </summary>
    private static bool StruckByMissile(List<Token> t, int k)
    {
        if (!HarmHitParticipleWords.HasWord(t[k].Lower) || k + 1 >= t.Count || !t[k + 1].Is("by"))
        {
            return false;
        }

        for (var j = k + 2; j < t.Count && j <= k + 5; j++)
        {
            if (t[j].Kind != TokenKind.Word)
            {
                return false;
            }

            var w = t[j].Lower;
            if (WordNet.Default.IsKindOf(w, "projectile", WordClass.Noun, maxSense: 1) || WordNet.Default.IsKindOf(w, "shooting", WordClass.Noun, maxSense: 1)
                || WordNet.Default.IsKindOf(w, "shell", WordClass.Noun, maxSense: 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHospital(string lowerNoun) =>
        lowerNoun is "hospital" || WordNet.Default.IsKindOf(lowerNoun, "hospital", WordClass.Noun, maxSense: 1);

    /// <summary>
    /// True when the sentence tells of a killing: set against the dead ("one is dead and another was taken to hospital"),
    /// the ones taken to hospital are the hurt. Elsewhere they are patients ("200 were hospitalised with flu") or a part of
    /// the hurt ("of the 19 wounded, 11 were admitted to hospital"), which must not stand as a rival count of the injured.
    /// </summary>
    private static bool KillingInSentence(List<Token> t)
    {
        foreach (var tok in t)
        {
            if (tok.Kind == TokenKind.Word && PredicateLexicon.OfWord(tok.Lower) == PredicateLexicon.Killed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case -ly adverb ("reportedly", "fatally"): a manner or degree adverb between an auxiliary and its participle.</summary>
    private static bool IsMannerAdverb(Token tok) => tok.Kind == TokenKind.Word && !tok.Capitalized && WordShapes.IsLyAdverb(tok.Lower);

    /// <summary>The first token after copulas and their adverbs ("are in", "were still in", "remain in"), or <paramref name="j"/>.</summary>
    internal static int AfterCopula(List<Token> t, int j)
    {
        var k = j;
        while (k < t.Count && k < j + 3 && t[k].Kind == TokenKind.Word && PredicateStateLinkWords.HasWord(t[k].Lower))
        {
            k++;
        }

        return k;
    }

    private static bool IsShootVerb(string w) => ShootVerbWords.HasWord(w);

    /// <summary>Forms of leave, which read as a resultative ("left two dead") when a complement follows the object.</summary>
    internal static bool IsLeave(string w) => LeaveVerbWords.HasWord(w);

    /// <summary>
    /// The predicate of a resultative complement at <paramref name="j"/>: a state participle or adjective ("dead", "wounded",
    /// "homeless", "stranded", after adverbs: "critically injured"), a condition ("in critical condition") or wounds
    /// ("with gunshot wounds"); null when none stands there.
    /// </summary>
    internal static string? Complement(List<Token> t, int j)
    {
        while (j < t.Count && IsMannerAdverb(t[j]))
        {
            if (PredicateLexicon.OfOutcomeAdverb(t[j].Lower) is { } outcome && (j + 1 >= t.Count || t[j + 1].Kind != TokenKind.Word || PredicateLexicon.OfWord(t[j + 1].Lower) is null))
            {
                return outcome;
            }

            j++;
        }

        if (j >= t.Count || t[j].Kind != TokenKind.Word)
        {
            return null;
        }

        if (PredicateLexicon.MatchPhrase(t, j, out var phrase) is > 0 and var length && !(phrase == PredicateLexicon.KilledAndInjured && TakesObject(t, j + length)))
        {
            return phrase;
        }

        var w = t[j].Lower;
        if (PredicateLexicon.OfWord(w) is { } p && !IsLeave(w) && (IsVerbForm(w) || p is "displaced" or "besieged" or "missing"))
        {
            return p;
        }

        if (w is "to" && j + 1 < t.Count && t[j + 1].Is("death"))
        {
            return PredicateLexicon.Killed; // "shooting two guards to death"
        }

        if (Condition(t, j) is { } condition)
        {
            return condition;
        }

        if (w is "with" && Wounds(t, j + 1))
        {
            return PredicateLexicon.Injured; // "left six others with gunshot wounds"
        }

        return null;
    }

    /// <summary>
    /// "left eight people injured and killed a guard": the second verb of "injured and killed" has an object of its own
    /// (a figure, a determiner, a name), so the pair is no one count of both.
    /// </summary>
    private static bool TakesObject(List<Token> t, int j) =>
        j < t.Count && (t[j].Kind == TokenKind.Number || t[j].Capitalized || ObjectStartWords.HasWord(t[j].Lower) || NumberLexicon.IsNumberWord(t[j].Lower));

    /// <summary>"in critical condition" after a figure or its object: a patient's condition is said of the hurt ("3 killed, 2 in critical condition").</summary>
    internal static string? Condition(List<Token> t, int j) =>
        j + 2 < t.Count && t[j].Is("in") && t[j + 2].Is("condition") && InjuryConditionWords.HasWord(t[j + 1].Lower)
            ? PredicateLexicon.Injured
            : null;

    /// <summary>"(for) gunshot wounds", "minor injuries", "a wound": wounds or injuries within the next few words (a hyphenated modifier counts its parts).</summary>
    internal static bool Wounds(List<Token> t, int j)
    {
        var words = 0;
        for (var k = j; k < t.Count && words < 4; k++)
        {
            words += t[k].Kind == TokenKind.Word ? 1 : 0;
            if (InjuryWoundNounWords.HasWord(t[k].Lower))
            {
                return true;
            }

            // "non-life-threatening injuries": the dashes inside a hyphenated modifier do not end the phrase.
            var hyphen = t[k].IsDash && !t[k].SpaceBefore;
            if ((t[k].Kind != TokenKind.Word && !hyphen) || ClauseBreakWordWords.HasWord(t[k].Lower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "two wounded people were taken to hospital", "the three dead men": with no verb of its own, a count whose noun is
    /// modified by a casualty participle counts the dead or the hurt.
    /// </summary>
    private static string? HarmModifier(string? subject)
    {
        if (subject is null)
        {
            return null;
        }

        var space = subject.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return null;
        }

        var first = subject[..space];
        return IsVerbForm(first) && PredicateLexicon.OfWord(first) is PredicateLexicon.Killed or PredicateLexicon.Injured && !PredicateNotSubjectVerbWords.HasWord(first) ? PredicateLexicon.OfWord(first) : null;
    }

    /// <summary>"12 deaths", "40 injuries", "three fatalities": a count whose head noun is the casualty itself.</summary>
    private static string? CasualtyNoun(string? subject)
    {
        if (subject is null)
        {
            return null;
        }

        var head = subject[(subject.LastIndexOf(' ') + 1)..];
        return !IsVerbForm(head) && PredicateLexicon.OfWord(head) is PredicateLexicon.Killed or PredicateLexicon.Injured && !PredicateNotSubjectNounWords.HasWord(head) ? PredicateLexicon.OfWord(head) : null;
    }

    /// <summary>
    /// "the death toll rose to 45", "put the death toll at 12", "a death toll of 30": the figure a death toll reaches is a
    /// count of the dead. The walk back crosses only words (verbs, "to", "at", "of", qualifiers), never punctuation or a figure.
    /// </summary>
    private static string? DeathToll(List<Token> t, int first, int floor)
    {
        for (var k = first - 1; k > floor + 1 && k >= first - 8; k--)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return null;
            }

            if (TollWords.HasWord(t[k].Lower) && TollModifierWords.HasWord(t[k - 1].Lower))
            {
                return PredicateLexicon.Killed;
            }
        }

        return null;
    }

    /// <summary>
    /// "Also hurt in the blast were four miners", "Killed were two children", "Among those hurt were four firefighters":
    /// the participle opens the clause and the counted subject follows the copula. The walk back crosses qualifiers ("at
    /// least"), the copula, then only words (a prepositional phrase); the participle must open its clause (sentence start,
    /// a comma, "also", "and", "those", "the"), so "the men who killed were two" or a verb inside another clause is no match.
    /// </summary>
    internal static string? InvertedPassive(List<Token> t, int first, int floor)
    {
        var j = first - 1;
        while (j > floor && t[j].Kind == TokenKind.Word && t[j].Lower is "at" or "least" or "about" or "some" or "nearly" or "almost" or "more" or "than" or "an" or "estimated")
        {
            j--;
        }

        if (j <= floor || t[j].Kind != TokenKind.Word || t[j].Lower is not ("were" or "was" or "are" or "is"))
        {
            return null;
        }

        for (var k = j - 1; k > floor && k >= j - 9; k--)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return null;
            }

            var w = t[k].Lower;
            if (PredicateLexicon.OfWord(w) is { } p && PredicateLexicon.IsCasualty(p) && IsVerbForm(w))
            {
                var opens = k == 0 || t[k - 1].IsSymbol(',') || t[k - 1].Lower is "also" or "and" or "those" or "the";
                return opens && PredicateLexicon.MatchPhraseEndingAt(t, k, floor, out _) <= 1 ? p : null;
            }
        }

        return null;
    }

    /// <summary>"one of the 12" / "two of the five": a figure, "of", an optional determiner, then the next figure.</summary>
    private static bool IsPartitive(List<Token> t, Found part, Found whole)
    {
        var j = part.Last + 1;
        if (j >= t.Count || !t[j].Is("of"))
        {
            return false;
        }

        j++;
        if (j < t.Count && DeterminerDefiniteGroupWords.HasWord(t[j].Lower))
        {
            j++;
        }

        return j == whole.First;
    }

    /// <summary>"five were shot, two fatally", "six wounded -- two mortally": an outcome adverb standing for the predicate after a figure.</summary>
    private static string? OutcomeAdverb(List<Token> t, int j)
    {
        if (j >= t.Count || t[j].Kind != TokenKind.Word || PredicateLexicon.OfOutcomeAdverb(t[j].Lower) is not { } outcome)
        {
            return null;
        }

        return j + 1 >= t.Count || t[j + 1].Kind != TokenKind.Word || OutcomeClauseEndWords.HasWord(t[j + 1].Lower) ? outcome : null;
    }

    /// <summary>
    /// True when the word right after a figure is its predicate, not a modifier of its noun: "1 dead, 4 wounded",
    /// "two fatally". A participle followed by a lower-case word that can be a noun modifies that noun ("two wounded
    /// soldiers"); "shot" after "one" is the noun ("one shot was fired"), after a larger count the verb.
    /// </summary>
    private static bool IsStateAfterFigure(List<Token> t, int j, Found f, ISenses senses)
    {
        var w = t[j].Lower;
        if (PredicateLexicon.OfOutcomeAdverb(w) is not null)
        {
            return true;
        }

        if (!PredicateLexicon.IsCasualty(PredicateLexicon.OfWord(w)) || !IsVerbForm(w))
        {
            return false;
        }

        if (w == "shot" && f.Result.Quantity.Value <= 1)
        {
            return false;
        }

        // "two wounded soldiers": a noun follows, so the participle modifies it; "the four wounded told teachers", "three injured
        // late on Friday": no noun follows, so the participle is the figure's own predicate.
        return j + 1 >= t.Count || !(t[j + 1].Kind == TokenKind.Word && !t[j + 1].Capitalized && !Stops.Contains(t[j + 1].Lower) && PredicateLexicon.OfWord(t[j + 1].Lower) is null
            && senses.CanBeNoun(t[j + 1].Lower));
    }

    /// <summary>
    /// ", traders, and herders" after "418 farmers" when a verb follows the coordination: its words (with the
    /// separators, so the comparer can split it) and its last token; null when no "and"/"or" item follows.
    /// </summary>
    private static (string Words, int End)? Coordination(List<Token> t, int subjectEnd, int limit)
    {
        var text = new System.Text.StringBuilder();
        var j = subjectEnd + 1;
        while (j < limit)
        {
            var comma = t[j].IsSymbol(',');
            if (comma)
            {
                j++;
            }

            var joiner = j < limit && CoordinatorWords.HasWord(t[j].Lower) ? t[j].Lower : null;
            if (joiner is not null)
            {
                j++;
            }

            if (!comma && joiner is null)
            {
                break;
            }

            var first = j;
            while (j < limit && j - first < 3 && t[j].Kind == TokenKind.Word && !t[j].Capitalized && !Stops.Contains(t[j].Lower) && PredicateLexicon.OfWord(t[j].Lower) is null)
            {
                j++;
            }

            if (j == first)
            {
                break;
            }

            text.Append(comma ? "," : string.Empty).Append(joiner is null ? string.Empty : " " + joiner);
            for (var k = first; k < j; k++)
            {
                text.Append(' ').Append(t[k].Lower);
            }

            if (joiner is not null)
            {
                return PredicateAfter(t, j) is not null ? (text.ToString(), j - 1) : null;
            }
        }

        return null;
    }

    /// <summary>"12 guards had also perished - as well as 37 prisoners": only connectors between the verb after the previous item and this figure.</summary>
    private static bool SharesVerbAfter(List<Token> t, int prevSubjectEnd, int first)
    {
        var j = prevSubjectEnd + 1;
        while (j < first && t[j].Kind == TokenKind.Word && Auxiliaries.Contains(t[j].Lower))
        {
            j++;
        }

        if (j >= first || t[j].Kind != TokenKind.Word || PredicateLexicon.OfWord(t[j].Lower) is null || !IsVerbForm(t[j].Lower))
        {
            return false;
        }

        var sawConnector = false;
        for (var k = j + 1; k < first; k++)
        {
            if (ListConnectors.Contains(t[k].Lower))
            {
                sawConnector = true;
            }
            else if (!t[k].IsDash)
            {
                return false;
            }
        }

        return sawConnector;
    }

    private static bool OnlyConnectorsOrPhraseBetween(List<Token> t, Found prev, int prevSubjectEnd, int first)
    {
        // Between the end of the previous item's phrase and this figure: commas, "and", "as well as".
        var from = Math.Max(prev.Last, prevSubjectEnd) + 1;
        if (first - from > 12)
        {
            return false;
        }

        var sawConnector = false;
        for (var k = first - 1; k >= from; k--)
        {
            if (ListConnectors.Contains(t[k].Lower))
            {
                sawConnector = true;
                continue;
            }

            // "80 cars with mounted heavy machine guns, as well as 12": a modifier trailing the previous item.
            if (!sawConnector)
            {
                return false;
            }

            if (t[k].Kind == TokenKind.Word && PredicateLexicon.OfWord(t[k].Lower) is not null && IsVerbForm(t[k].Lower))
            {
                return false;
            }
        }

        return sawConnector || first == from;
    }

    private static List<string>? Between(List<Token> t, int a, int b)
    {
        if (b - a - 1 > 4)
        {
            return null;
        }

        var words = new List<string>();
        for (var k = a + 1; k < b; k++)
        {
            words.Add(t[k].Lower);
        }

        return words;
    }

    internal static bool IsVerbForm(string w) => w.EndsWith("ed", StringComparison.Ordinal) || PredicateVerbFormWords.HasWord(w);

    /// <summary>
    /// A participle or adverb after the head starts a clause ("pause managed", "groups forming Jeish"); an
    /// -ing word followed by a plain lower-case word is a modifier inside the phrase ("infantry fighting vehicles").
    /// </summary>
    private static bool EndsParticiple(string w, List<Token> t, int j)
    {
        if (w.Length <= 4)
        {
            return false;
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal))
        {
            return true;
        }

        if (!w.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var next = j + 1 < t.Count ? t[j + 1] : default;
        return !(next.Kind == TokenKind.Word && next.Lower is not null && !next.Capitalized && !Stops.Contains(next.Lower));
    }
}
