using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// Reads whether a figure counts only part of a larger count of the same event (<see cref="ClaimPart"/>), from the words
/// English uses to cut a part from a whole:
/// <list type="bullet">
/// <item>a partitive, "N of (the/them/whom) ...": "one of the two people killed", "two of them", "three of the dead";
/// "including N" and "among them N" ("including two who died", "including two bystanders"): a subset, whose total is
/// the figure the sentence gives for the whole;</item>
/// <item>"other", "more", "additional": "five other people", "two others", "the other three", "six more": those beyond
/// the ones already counted, a remainder;</item>
/// <item>a patient's state: "in critical condition", "are stable", "critically", "two fatally": a condition;</item>
/// <item>the place or moment of a death within the event: "at the scene", "at the hospital", "later died": a moment;</item>
/// <item>a kind of the counted people that the noun's modifiers pick out of a broader set ("two younger children", "the two
/// male students", "one DART officer", "the three most seriously hurt"): a subset by kind;</item>
/// <item>a place within the site ("found dead in the car", "two hurt at our plant") or the way the hurt reached help
/// ("drove themselves to the hospital", "taken by ambulance", "transported six to the hospital"): a moment by place or
/// by transport.</item>
/// </list>
/// </summary>
internal static class PartReader
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> CopulaStateWords = Lexicon.Default.Words("copula.state");
    private static readonly FrozenSet<string> InjuryGoodStateWords = Lexicon.Default.Words("injury.good-state");
    private static readonly FrozenSet<string> PartAdditionalWordWords = Lexicon.Default.Words("part.additional-word");
    private static readonly FrozenSet<string> PartArticleWords = Lexicon.Default.Words("part.article");
    private static readonly FrozenSet<string> PartClauseBreakWords = Lexicon.Default.Words("part.clause-break");
    private static readonly FrozenSet<string> PartClauseEndWords = Lexicon.Default.Words("part.clause-end");
    private static readonly FrozenSet<string> PartHospitalPrepositionWords = Lexicon.Default.Words("part.hospital-preposition");
    private static readonly FrozenSet<string> PartIncludingWords = Lexicon.Default.Words("part.including");
    private static readonly FrozenSet<string> Perpetrators = Lexicon.Default.Words("part.perpetrator");
    private static readonly FrozenSet<string> PartNotNounWords = Lexicon.Default.Words("part.not-noun");
    private static readonly FrozenSet<string> PartOtherWordWords = Lexicon.Default.Words("part.other-word");
    private static readonly FrozenSet<string> PartPartitiveDeterminerWords = Lexicon.Default.Words("part.partitive-determiner");
    private static readonly FrozenSet<string> PartPartitiveOfWords = Lexicon.Default.Words("part.partitive-of");
    private static readonly FrozenSet<string> PartPartitivePronounWords = Lexicon.Default.Words("part.partitive-pronoun");
    private static readonly FrozenSet<string> PartPlacePrepositionWords = Lexicon.Default.Words("part.place-preposition");
    private static readonly FrozenSet<string> PartRemainderWordWords = Lexicon.Default.Words("part.remainder-word");
    private static readonly FrozenSet<string> PartStateSkipWords = Lexicon.Default.Words("part.state-skip");
    private static readonly FrozenSet<string> PossessiveWords = Lexicon.Default.Words("determiner.possessive");
    private static readonly FrozenSet<string> PartBesidesWords = Lexicon.Default.Words("part.besides");
    private static readonly FrozenSet<string> PartDegreeWords = Lexicon.Default.Words("part.degree");
    private static readonly FrozenSet<string> PartSpeakerPossessiveWords = Lexicon.Default.Words("part.speaker-possessive");
    private static readonly FrozenSet<string> PartWithinPrepositionWords = Lexicon.Default.Words("part.within-preposition");
    private static readonly FrozenSet<string> InsideWords = Lexicon.Default.Words("part.inside-preposition");
    private static readonly FrozenSet<string> PartDestinationWords = Lexicon.Default.Words("part.destination");
    private static readonly FrozenSet<string> PartMotionSkipWords = Lexicon.Default.Words("part.motion-skip");

    /// <summary>The part each figure of one sentence counts, or null for a whole count.</summary>
    public static ClaimPart?[] Read(List<Token> t, List<Found> found, ClaimContext[] contexts, ISenses senses)
    {
        var parts = new ClaimPart?[found.Count];
        var whole = -1; // the figure a partitive before has named as its total: "one of the four was hurt" says nothing of the four's state
        for (var n = 0; n < found.Count; n++)
        {
            if (n == whole)
            {
                continue;
            }

            var f = found[n];
            var q = f.Result.Quantity;
            if (f.Unit is not null || f.Result.IsDuration || q.Value < 1 || q.Value % 1 != 0)
            {
                continue; // money, measures, lengths and fractions are no parts of a head count
            }

            // "thousands of civilians" is a magnitude, not a share of the civilians; "several of the victims" is a share.
            var subset = q.Bound == BoundKind.Vague && !(f.Last + 2 < t.Count && t[f.Last + 1].Is("of") && PartPartitiveOfWords.HasWord(t[f.Last + 2].Lower))
                ? null
                : Subset(t, found, contexts, n);
            whole = subset is { Total: not null, Cue: "of" } && n + 1 < found.Count && subset.Total == found[n + 1].Result.Quantity.Value ? n + 1 : whole;
            // A state or the attacker named beside the figure says more than "other" does: "three others were in good
            // condition" counts those in good condition, whoever they are set apart from.
            parts[n] = subset ?? Perpetrator(t, found, contexts[n], n, senses) ?? Condition(t, f, contexts[n], senses)
                ?? Remainder(t, found, contexts, n) ?? Moment(t, contexts[n]) ?? Arrival(t, f) ?? OneOfASet(t, f)
                ?? NarrowedKind(t, f, contexts[n], senses) ?? PlaceWithin(t, found, contexts[n], n, senses)
                ?? Transport(t, found, contexts[n], n, senses);
        }

        return parts;
    }

    /// <summary>"one of the two", "two of them", "one of three people", "including two who died", "two of whom died".</summary>
    private static ClaimPart? Subset(List<Token> t, List<Found> found, ClaimContext[] contexts, int n)
    {
        var f = found[n];
        var j = f.Last + 1;
        if (j + 1 < t.Count && t[j].Is("of"))
        {
            var k = j + 1;
            if (PartPartitivePronounWords.HasWord(t[k].Lower))
            {
                // "two of them", "two of whom died": the whole is the figure just before, when there is one.
                return new ClaimPart(ClaimPart.Subset, "of") { Total = n > 0 && found[n - 1].Unit is null ? found[n - 1].Result.Quantity.Value : null };
            }

            if (PartPartitiveDeterminerWords.HasWord(t[k].Lower))
            {
                k++;
            }

            if (n + 1 < found.Count && found[n + 1].First == k)
            {
                return new ClaimPart(ClaimPart.Subset, "of") { Total = found[n + 1].Result.Quantity.Value }; // "one of the two people killed"
            }

            // "one of the victims", "three of the dead", "one of the City Police officers": a share of a whole the sentence
            // names but does not count.
            if (k > j + 1 && k < t.Count && t[k].Kind == TokenKind.Word)
            {
                return new ClaimPart(ClaimPart.Subset, "of");
            }

            return null;
        }

        // "Eight were hurt, including two who died", "five wounded, including two bystanders": a share of the figure before,
        // with or without a noun of its own (the bystanders are among the five, not a count of every bystander hurt).
        var before = f.First - 1;
        var including = before >= 0 && PartIncludingWords.HasWord(t[before].Lower)
            || (before >= 1 && t[before].Is("them") && t[before - 1].Is("among"));
        if (including)
        {
            return new ClaimPart(ClaimPart.Subset, "including") { Total = n > 0 && found[n - 1].Unit is null ? found[n - 1].Result.Quantity.Value : null };
        }

        return null;
    }

    /// <summary>
    /// "five other people", "two others", "the other three", "six more", "two additional victims": a remainder, unless
    /// what happened to them is not what happened to those they are set apart from. "Two died and four others were hurt"
    /// counts all the hurt (the dead are not among them); "four were shot and two others were shot" counts part of the shot.
    /// </summary>
    private static ClaimPart? Remainder(List<Token> t, List<Found> found, ClaimContext[] contexts, int n)
    {
        var (f, context) = (found[n], contexts[n]);
        string? cue = null;
        if (context.Subject is { } subject && (subject == "others" || subject == "other" || subject.StartsWith("other ", StringComparison.Ordinal)))
        {
            cue = "other";
        }
        else if (f.First >= 1 && PartRemainderWordWords.HasWord(t[f.First - 1].Lower))
        {
            // "the other three were treated", "the remaining four went home": the rest of a set the text has begun to
            // count, not those beyond a person set apart ("five others"); the two are different parts.
            cue = "rest";
        }
        else if (f.Last + 1 < t.Count && t[f.Last + 1].Kind == TokenKind.Word && PartAdditionalWordWords.HasWord(t[f.Last + 1].Lower)
            && !(f.Last + 2 < t.Count && t[f.Last + 2].Is("than")))
        {
            cue = "more"; // "six more were shot", "two more teens", not "two more than last year"
        }
        else if (InAdditionTo(t, context.SubjectEnd + 1, n + 1 < found.Count ? found[n + 1].First : t.Count))
        {
            cue = "other"; // "four people were shot in addition to the driver": those beyond someone counted apart
        }

        if (cue is null)
        {
            return null;
        }

        var earlier = n > 0 ? contexts[n - 1].Predicate : PredicateBefore(t, f.First);
        var own = context.Predicate;
        var otherEvent = earlier is not null && earlier != own && earlier != PredicateLexicon.KilledAndInjured && own != PredicateLexicon.KilledAndInjured;
        return otherEvent ? null : new ClaimPart(ClaimPart.Remainder, cue);
    }

    // "in addition to" (or "besides") within the figure's clause, before the next figure or a comma.
    private static bool InAdditionTo(List<Token> t, int from, int to)
    {
        for (var k = from; k < Math.Min(to, from + 10); k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (PartBesidesWords.HasWord(t[k].Lower) || (k + 2 < t.Count && t[k].Is("in") && t[k + 1].Is("addition") && t[k + 2].Is("to")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The event of a count told before the figure with no numeral ("a man was killed and five others ..."), or null.</summary>
    private static string? PredicateBefore(List<Token> t, int first)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            if (t[k].Kind == TokenKind.Word && PredicateLexicon.OfWord(t[k].Lower) is { } p && ClaimContextReader.IsVerbForm(t[k].Lower))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// "two in critical condition", "two are in serious condition", "the others are stable", "three critically",
    /// "two were critically wounded", "two fatally": the hurt or dead counted by their state.
    /// </summary>
    private static ClaimPart? Condition(List<Token> t, Found f, ClaimContext context, ISenses senses)
    {
        var j = Math.Max(f.Last, context.SubjectEnd) + 1;
        var k = j;
        while (k < t.Count && k < j + 4 && t[k].Kind == TokenKind.Word && (IsCopula(t[k].Lower) || PartStateSkipWords.HasWord(t[k].Lower)))
        {
            k++;
        }

        // "two were hurt critically": the state adverb after the casualty participle.
        if (k + 1 < t.Count && k > j && PredicateLexicon.IsCasualty(PredicateLexicon.OfWord(t[k].Lower)) && t[k + 1].Kind == TokenKind.Word
            && t[k + 1].Lower.EndsWith("ly", StringComparison.Ordinal) && StateOf(t[k + 1].Lower) is { } after and not "fatal")
        {
            return new ClaimPart(ClaimPart.Condition, after);
        }

        if (k < t.Count && t[k].Kind == TokenKind.Word)
        {
            // "two in critical condition", and the headline's "two in critical" with the noun left out.
            if (k + 1 < t.Count && t[k].Is("in") && StateOf(t[k + 1].Lower) is { } state and not "fatal"
                && (k + 2 >= t.Count || t[k + 2].Is("condition") || !IsNoun(t, k + 2, senses)))
            {
                return new ClaimPart(ClaimPart.Condition, state);
            }

            // "one person sustained life-threatening injuries", "eleven suffered minor wounds", "two with serious injuries":
            // the hurt counted by how badly they were hurt.
            if (InjuryState(t, k) is { } injury)
            {
                return new ClaimPart(ClaimPart.Condition, injury);
            }

            // "six wounded, two fatally": the outcome alone after the figure. "Two were fatally shot" is how they died,
            // not a share of the shot.
            if (StateOf(t[k].Lower) is { } bare && !InjuryGoodStateWords.HasWord(t[k].Lower) && (bare != "fatal" || (k == j && Ends(t, k + 1))) && !IsNoun(t, k + 1, senses))
            {
                return new ClaimPart(ClaimPart.Condition, bare); // "the others are stable", "three critically", "two were critically hurt"
            }
        }

        // "critically wounding two men": a state adverb on the verb before the figure.
        var before = f.First - 1;
        while (before >= 0 && t[before].Kind == TokenKind.Word && PredicateLexicon.OfWord(t[before].Lower) is not null)
        {
            before--;
        }

        return before >= 0 && before < f.First - 1 && t[before].Kind == TokenKind.Word && t[before].Lower.EndsWith("ly", StringComparison.Ordinal)
            && StateOf(t[before].Lower) is { } adverb and not "fatal"
            ? new ClaimPart(ClaimPart.Condition, adverb)
            : null;
    }

    /// <summary>
    /// "One officer was hit in the foot and the other in the leg", "one was kept in and the others were sent home": "one"
    /// that a sentence goes on to set beside "the other(s)"
    /// names one member of a set it presupposes, not a count of the set ("one died and another was hurt" is a plain list).
    /// </summary>
    private static ClaimPart? OneOfASet(List<Token> t, Found f)
    {
        if (f.First != f.Last || !t[f.First].Is("one"))
        {
            return null;
        }

        for (var k = f.Last + 1; k + 1 < t.Count; k++)
        {
            if (t[k].Is("the") && PartOtherWordWords.HasWord(t[k + 1].Lower))
            {
                return new ClaimPart(ClaimPart.Individual, "one");
            }
        }

        return null;
    }

    /// <summary>
    /// The state in "(sustained|suffered|with) [a|an] SEVERITY injuries" starting at or one word after <paramref name="k"/>:
    /// a severity word (a patient's state, "minor", "life-threatening", "non-life-threatening") right before a noun of harm.
    /// </summary>
    private static string? InjuryState(List<Token> t, int k)
    {
        for (var s = k; s < t.Count && s <= k + 3; s++)
        {
            if (t[s].Kind != TokenKind.Word || (s > k && PredicateLexicon.IsCasualty(PredicateLexicon.OfWord(t[s].Lower))) || t[s].Lower is "and" or "but" or "while")
            {
                return null; // "two were killed and ..." or "shot and wounded": the figure's own harm, not its severity
            }

            var (state, length) = Severity(t, s);
            if (state is not null && s + length < t.Count && t[s + length].Kind == TokenKind.Word && IsHarmNoun(t[s + length].Lower))
            {
                return state;
            }
        }

        return null;
    }

    // "critical", "minor", "life-threatening", "non-life threatening", "non-life-threatening" (the tokenizer keeps each hyphen
    // as a token of its own): a severity and its length in tokens.
    private static (string? State, int Length) Severity(List<Token> t, int s)
    {
        var k = s;
        var negated = k + 1 < t.Count && t[k].Is("non") && t[k + 1].Lower == "-";
        k += negated ? 2 : 0;
        if (k < t.Count && t[k].Is("life"))
        {
            var dash = k + 1 < t.Count && t[k + 1].Lower == "-" ? 1 : 0;
            return k + 1 + dash < t.Count && t[k + 1 + dash].Is("threatening") ? (negated ? "minor" : "critical", k + 2 + dash - s) : (null, 0);
        }

        var w = t[s].Lower;
        return w switch
        {
            "minor" or "superficial" => ("minor", 1),
            _ when StateOf(w) is { } state and not "fatal" && !InjuryGoodStateWords.HasWord(w) => (state, 1),
            _ => (null, 0),
        };
    }

    // A noun of harm: "injuries", "injury", "wounds" (the predicate table holds the verb forms and "injuries").
    private static bool IsHarmNoun(string w) =>
        !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal)
        && (PredicateLexicon.OfWord(w) ?? (w.EndsWith('s') ? PredicateLexicon.OfWord(w[..^1]) : null)
            ?? (w.EndsWith('y') ? PredicateLexicon.OfWord(w[..^1] + "ies") : null)) == PredicateLexicon.Injured;

    /// <summary>
    /// A toll that names the attacker in it ("four were killed, including the gunman"; "two dead, including the suspect")
    /// or apart from it ("he killed three people and himself", "killed two before turning the gun on himself"): read in the
    /// figure's clause, up to the next figure.
    /// </summary>
    private static ClaimPart? Perpetrator(List<Token> t, List<Found> found, ClaimContext context, int n, ISenses senses)
    {
        // "Including the gunman" belongs to the figure before any other; "... before taking his own life" closes the whole
        // clause, so it is sought past a later figure too ("shot two guards and hurt a nurse, then turned the gun on himself").
        var from = Math.Max(found[n].Last, context.SubjectEnd) + 1;
        var end = Math.Min(t.Count, from + 14);
        var to = Math.Min(end, n + 1 < found.Count ? found[n + 1].First : t.Count);
        for (var k = from; k < end; k++)
        {
            if (k >= to && t[k].Kind == TokenKind.Word && t[k].Lower is "before" or "then" && Attacker(t, k + 1, Math.Min(end, k + 6), senses, reflexiveOnly: true))
            {
                return new ClaimPart(ClaimPart.Perpetrator, "besides");
            }

            if (k >= to)
            {
                continue;
            }

            if (t[k].Kind != TokenKind.Word)
            {
                if (t[k].Lower is "," or "-" or "—" or "–")
                {
                    continue; // "four were killed, including the gunman"
                }

                return null;
            }

            var w = t[k].Lower;
            if (w is "including" or "among" && Attacker(t, k + 1, Math.Min(to, k + 6), senses))
            {
                return new ClaimPart(ClaimPart.Perpetrator, "with");
            }

            if (w is "and" or "before" or "then" && Attacker(t, k + 1, Math.Min(to, k + 6), senses, reflexiveOnly: true))
            {
                return new ClaimPart(ClaimPart.Perpetrator, "besides");
            }
        }

        return null;
    }

    // The attacker named within a few words: a reflexive ("himself"), "his own life", or a noun of wrongdoing ("the gunman").
    private static bool Attacker(List<Token> t, int from, int to, ISenses senses, bool reflexiveOnly = false)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var w = t[k].Lower;
            // English reflexives end in -self/-selves: the subject of the killing verb, the attacker himself.
            var reflexive = w.EndsWith("self", StringComparison.Ordinal) || w.EndsWith("selves", StringComparison.Ordinal)
                || (w == "own" && k + 1 < t.Count && t[k + 1].Lower is "life" or "lives");
            if (reflexive || (!reflexiveOnly && (Perpetrators.Contains(w) || senses.IsWrongdoer(w))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What responders met on arrival: "At the scene, three riders lay dead" (the scene named before the
    /// figure), "Upon arrival, officers found three students wounded", "deputies arrived to find two men shot". Others may
    /// die later or reach a hospital on their own, so the count is a part of the toll, fixed at a moment.
    /// </summary>
    private static ClaimPart? Arrival(List<Token> t, Found f)
    {
        // "At the scene, ..." / "On scene, ...": the scene opens the sentence, before the figure.
        var k = 0;
        if (k < f.First && t[k].Lower is "at" or "on")
        {
            k++;
            k += k < f.First && t[k].Is("the") ? 1 : 0;
            if (k + 1 < f.First && t[k].Is("scene") && t[k + 1].Lower == ",")
            {
                return new ClaimPart(ClaimPart.Moment, "scene");
            }
        }

        // "found" just before the figure (or "found that"), after "arrival"/"arrived" in the same sentence.
        var verb = f.First - 1;
        verb -= verb >= 0 && t[verb].Is("that") ? 1 : 0;
        if (verb < 1 || !t[verb].Is("found") && !t[verb].Is("find"))
        {
            return null;
        }

        for (var a = 0; a < verb; a++)
        {
            if (t[a].Is("arrival") || t[a].Is("arrived") || t[a].Is("arriving"))
            {
                return new ClaimPart(ClaimPart.Moment, "arrival");
            }
        }

        return null;
    }

    private static bool Ends(List<Token> t, int k) => k >= t.Count || t[k].Kind != TokenKind.Word || PartClauseEndWords.HasWord(t[k].Lower);

    /// <summary>"two were declared dead on the scene", "two died at a hospital", "a third later died".</summary>
    private static ClaimPart? Moment(List<Token> t, ClaimContext context)
    {
        var from = context.SubjectEnd + 1;
        for (var k = from; k < t.Count && k < from + 8; k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return null; // the clause ends: a place named after a comma belongs to the sentence, not the figure
            }

            var w = t[k].Lower;
            if (w is "later" && k + 1 < t.Count && PredicateLexicon.OfWord(t[k + 1].Lower) == PredicateLexicon.Killed)
            {
                return new ClaimPart(ClaimPart.Moment, "later"); // "two later died"
            }

            if (PartPlacePrepositionWords.HasWord(w) && k + 1 < t.Count)
            {
                var noun = k + 2 < t.Count && PartArticleWords.HasWord(t[k + 1].Lower) ? t[k + 2].Lower : t[k + 1].Lower;
                if (noun is "scene")
                {
                    return new ClaimPart(ClaimPart.Moment, "scene");
                }

                if (noun is "hospital" && PartHospitalPrepositionWords.HasWord(w) && k > from && PredicateLexicon.OfWord(t[k - 1].Lower) == PredicateLexicon.Killed)
                {
                    return new ClaimPart(ClaimPart.Moment, "hospital"); // "died at the hospital", not "treated at a hospital"
                }
            }

            if (PartClauseBreakWords.HasWord(w))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsCopula(string w) => CopulaStateWords.HasWord(w);

    // A noun after a state word makes the state word a modifier of it ("the critical care unit"), not the figure's state.
    private static bool IsNoun(List<Token> t, int k, ISenses senses) =>
        k < t.Count && t[k].Kind == TokenKind.Word && !PartNotNounWords.HasWord(t[k].Lower)
        && PredicateLexicon.OfWord(t[k].Lower) is null && senses.CanBeNoun(t[k].Lower) && StateOf(t[k].Lower) is null;

    /// <summary>A patient's state, as hospitals report it, reduced to one word; null for other words.</summary>
    private static string? StateOf(string w) => States.GetValueOrDefault(w);

    // Role injury.state:STATE in Language/Data.
    private static readonly FrozenDictionary<string, string> States = Lexicon.Default.Values("injury.state");

    /// <summary>
    /// A counted noun whose modifiers pick some out of a broader set: a graded adjective ("the two younger children", "the
    /// three oldest"), an adjective that names a kind of person ("two male students", "four adult passengers"), a name
    /// before a noun of people ("one DART officer", "two Red Cross volunteers"), or a superlative right after the figure
    /// ("the three most seriously hurt"). English puts such a word before the noun to say which of them; a report of the
    /// whole does not, so the figure is a subset of the broader count, compared only with the same kind.
    /// </summary>
    private static ClaimPart? NarrowedKind(List<Token> t, Found f, ClaimContext context, ISenses senses)
    {
        var first = f.Last + 1;
        if (first + 1 < t.Count && PartDegreeWords.HasWord(t[first].Lower) && t[first + 1].Kind == TokenKind.Word)
        {
            return new ClaimPart(ClaimPart.Subset, t[first].Lower); // "the three most seriously injured"
        }

        var head = context.SubjectEnd;
        if (head <= first || head >= t.Count || t[head].Kind != TokenKind.Word || !senses.CanBeNoun(t[head].Lower))
        {
            return null;
        }

        var noun = Nouns.Singular(t[head].Lower);
        var person = IsPersonNoun(t[head].Lower, senses);
        // The cue keeps every modifier, so "non-Syrian fighters" and "Syrian fighters" are two kinds, not one.
        var cue = new List<string>();
        var narrowed = false;
        for (var k = first; k < head; k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                if (t[k].Lower == "-")
                {
                    cue.Add("-"); // "non-Syrian", "Red Cross-run"
                    continue;
                }

                return null; // "two, police said, officers": no phrase of one noun
            }

            var w = t[k].Lower;
            if (PredicateLexicon.OfWord(w) is not null || PartRemainderWordWords.HasWord(w) || PartAdditionalWordWords.HasWord(w))
            {
                continue; // "three injured students" says what happened to them; "other", "more" are remainders, read apart
            }

            // A capital inside a phrase whose head is in lower case is a name ("DART officers"); a headline capitalises every word.
            var name = person && t[k].Capitalized && !t[head].Capitalized;
            narrowed |= senses.IsGraded(w) || (person && senses.IsPersonAdjective(w)) || name;
            cue.Add(w);
        }

        return narrowed ? new ClaimPart(ClaimPart.Subset, string.Join(' ', cue).Replace(" - ", "-", StringComparison.Ordinal) + " " + noun) : null;
    }

    /// <summary>
    /// A place within the site, after the figure's event in its clause: inside a room or a vehicle ("one woman was found dead
    /// in the car", "three were hurt inside the kitchen") or the speaker's own ground ("one was injured while on our
    /// campus"). The lead gives the incident's place; a narrower one counts those found there, a part. "At" a room is often
    /// the whole site ("shot at a bar"), so only "in"/"inside" place a part in a room or vehicle.
    /// </summary>
    private static ClaimPart? PlaceWithin(List<Token> t, List<Found> found, ClaimContext context, int n, ISenses senses)
    {
        var from = Math.Max(found[n].Last, context.SubjectEnd) + 1;
        var to = Math.Min(n + 1 < found.Count ? found[n + 1].First : t.Count, from + 10);
        var casualty = context.Predicate is not null && PredicateLexicon.IsCasualty(context.Predicate);
        for (var k = from; k < to; k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return null;
            }

            var w = t[k].Lower;
            casualty |= PredicateLexicon.IsCasualty(PredicateLexicon.OfWord(w));
            if (casualty && PartWithinPrepositionWords.HasWord(w) && k + 1 < t.Count)
            {
                // A place the story has already set, "the car", "his kitchen": "in a bar on Main Street" introduces the site.
                var d = k + 1;
                var own = PartSpeakerPossessiveWords.HasWord(t[d].Lower);
                var known = own || t[d].Is("the") || PossessiveWords.HasWord(t[d].Lower);
                if (!known)
                {
                    continue;
                }

                d++;
                // The place's noun: the last of up to three words before the phrase ends ("in the back seat of", "in the car").
                var last = d;
                while (last + 1 < to && last + 1 < d + 3 && t[last + 1].Kind == TokenKind.Word && senses.CanBeNoun(t[last + 1].Lower)
                    && !PartWithinPrepositionWords.HasWord(t[last + 1].Lower) && !PartClauseBreakWords.HasWord(t[last + 1].Lower))
                {
                    last++;
                }

                if (d < t.Count && last < t.Count && t[last].Kind == TokenKind.Word && senses.CanBeNoun(t[last].Lower))
                {
                    var place = senses.CanBeNoun(Nouns.Singular(t[last].Lower)) ? Nouns.Singular(t[last].Lower) : t[last].Lower;
                    if (own)
                    {
                        return new ClaimPart(ClaimPart.Moment, t[k + 1].Lower + " " + place); // "on our campus"
                    }

                    if (senses.IsPlaceWithin(place) && InsideWords.HasWord(w))
                    {
                        return new ClaimPart(ClaimPart.Moment, place); // "in the car", "in her bedroom"
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// How the hurt reached help: "three drove themselves to the hospital", "two were taken by ambulance", "medics
    /// transported six people to the hospital", "three victims were shot and ran to a gas station". Those who moved one way
    /// are a part of the hurt; others were carried another way or treated where they fell.
    /// </summary>
    private static ClaimPart? Transport(List<Token> t, List<Found> found, ClaimContext context, int n, ISenses senses)
    {
        var f = found[n];
        if (!CountsPeople(t, f, context, senses))
        {
            return null; // "hundreds of rockets were fired into the city" moves no one who was hurt
        }

        // The figure as object: "transported six people ... to the hospital", "rushed two victims to hospital".
        var before = f.First - 1;
        if (before >= 0 && t[before].Kind == TokenKind.Word && IsMotionVerb(t[before].Lower, senses)
            && Destination(t, context.SubjectEnd + 1, Math.Min(t.Count, context.SubjectEnd + 10), senses))
        {
            return new ClaimPart(ClaimPart.Moment, "transport");
        }

        // The figure as subject: "three drove themselves", "were taken by ambulance", "were shot and they ran to".
        var from = f.Last + 1;
        var to = Math.Min(n + 1 < found.Count ? found[n + 1].First : t.Count, from + 10);
        for (var k = from; k < to && t[k].Kind == TokenKind.Word; k++)
        {
            if (t[k].Is("by") && k + 1 < t.Count && IsConveyance(t, k + 1, senses))
            {
                return new ClaimPart(ClaimPart.Moment, "transport"); // "taken by ambulance", "flown by helicopter"
            }
        }

        for (var k = from; k < to; k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return null;
            }

            var w = t[k].Lower;
            if (IsMotionVerb(w, senses) && Destination(t, k + 1, Math.Min(t.Count, k + 5), senses))
            {
                return new ClaimPart(ClaimPart.Moment, "transport");
            }

            // Only the figure's own verb phrase: its noun, aux and copula words, its event, adverbs, "and (they)".
            if (k > context.SubjectEnd && !(IsCopula(w) || PartMotionSkipWords.HasWord(w) || PredicateLexicon.OfWord(w) is not null || w.EndsWith("ly", StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return null;
    }

    // A verb that moves someone, not an event word ("shot", "fled" count what happened).
    private static bool IsMotionVerb(string w, ISenses senses) =>
        PredicateLexicon.OfWord(w) is null && senses.IsMotion(w);

    // Where the move went: a reflexive object ("drove themselves"), "to"/"into" a place, or "by" a conveyance.
    private static bool Destination(List<Token> t, int from, int to, ISenses senses)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var w = t[k].Lower;
            if (w.EndsWith("selves", StringComparison.Ordinal) || w.EndsWith("self", StringComparison.Ordinal) || PartDestinationWords.HasWord(w))
            {
                return true;
            }

            if (w == "by" && IsConveyance(t, k + 1, senses))
            {
                return true;
            }
        }

        return false;
    }

    // "by ambulance", "by private car", "by a helicopter": the noun right after "by" (past an article or one modifier) is a
    // vehicle. "backed by dozens of tanks" names what came with them, not how they were carried.
    private static bool IsConveyance(List<Token> t, int k, ISenses senses)
    {
        var j = k + (k < t.Count && PartArticleWords.HasWord(t[k].Lower) ? 1 : 0);
        for (var end = Math.Min(t.Count, j + 2); j < end && t[j].Kind == TokenKind.Word; j++)
        {
            if (senses.CanBeNoun(t[j].Lower) && senses.IsPlaceWithin(Nouns.Singular(t[j].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    // A noun of people as written: WordNet's person kinds, or a counted noun whose class is one ("people" is a group to
    // WordNet, a count of persons to a reporter).
    private static bool IsPersonNoun(string w, ISenses senses)
    {
        var singular = Nouns.Singular(w);
        return senses.IsPerson(singular) || (Nouns.CountedClass.TryGetValue(singular, out var cls) && senses.IsPerson(cls));
    }

    // The figure counts people: a noun of people in its phrase ("six people", "three victims"), or no noun at all in a
    // sentence that tells what happened to them ("three drove themselves to the hospital" after "four were hurt").
    private static bool CountsPeople(List<Token> t, Found f, ClaimContext context, ISenses senses)
    {
        // Any lower-case noun of people in the phrase the subject reader took ("victims drove themselves"); a capitalised
        // word there is a name ("Grad rockets"), whatever WordNet reads in it.
        var words = false;
        for (var k = f.Last + 1; k <= context.SubjectEnd && k < t.Count && t[k].Kind == TokenKind.Word; k++)
        {
            words = true;
            if (!t[k].Capitalized && IsPersonNoun(t[k].Lower, senses))
            {
                return true;
            }
        }

        return !words && f.Result.Quantity.Bound != BoundKind.Vague;
    }
}
