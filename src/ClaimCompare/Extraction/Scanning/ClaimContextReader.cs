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
    /// <summary>Words that end a noun phrase.</summary>
    private static readonly HashSet<string> Stops = new(Lexicon.Default.Words("stop.phrase-end"), StringComparer.Ordinal);

    /// <summary>Words skipped between a noun phrase and its verb ("have also been", "were able to").</summary>
    private static readonly HashSet<string> Auxiliaries = new(Lexicon.Default.Words("skip.before-verb.context"), StringComparer.Ordinal);

    /// <summary>Connectors between items of a list that share a predicate.</summary>
    private static readonly HashSet<string> ListConnectors = new(Lexicon.Default.Words("list-connector"), StringComparer.Ordinal);

    /// <summary>Reads subject and predicate of each finding in one sentence.</summary>
    public static ClaimContext[] Read(List<Token> t, List<Found> found)
    {
        var result = new ClaimContext[found.Count];
        for (var n = 0; n < found.Count; n++)
        {
            var f = found[n];
            var (subject, subjectEnd) = SubjectAfter(t, f);
            var predicate = PredicateBefore(t, f.First, n > 0 ? found[n - 1].Last : -1);
            var before = predicate is not null;
            predicate ??= PredicateAfter(t, subjectEnd + 1);
            if (predicate is null && subject is not null && Coordination(t, subjectEnd, n + 1 < found.Count ? found[n + 1].First : t.Count) is { } more)
            {
                // "418 farmers, traders, and herders were killed": the count is of the whole coordination.
                subject += more.Words;
                subjectEnd = more.End;
                predicate = PredicateAfter(t, subjectEnd + 1);
            }

            subject ??= SubjectBefore(t, f, n > 0 ? found[n - 1].Last : -1, n > 0 ? result[n - 1].Subject : null);
            result[n] = new ClaimContext(subject, predicate, subjectEnd, before);
        }

        // Lists share the verb that stands before them; "killed 127 and injured 254 civilians" share the noun.
        for (var n = 1; n < found.Count; n++)
        {
            var prev = result[n - 1];
            var cur = result[n];
            var including = found[n].First > 0 && t[found[n].First - 1].Is("including");
            // "9 workers had been killed and 60 wounded": an item whose own word is an event keeps it.
            var ownEvent = cur.Subject is { } own && PredicateLexicon.OfWord(own.Split(' ')[0]) is not null;
            if (cur.Predicate is null && prev.Predicate is not null && !ownEvent
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
                && gap.Count <= 3 && gap.Count > 0 && gap[0] is "and" or "," or "or")
            {
                result[n] = cur with { Subject = next.Subject };
            }
        }

        return result;
    }

    private static (string? Subject, int End) SubjectAfter(List<Token> t, Found f)
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

        while (j < t.Count && t[j].Kind == TokenKind.Word && t[j].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "total" or "whom" or "them" or "those" or "these")
        {
            j++;
        }

        var words = new List<string>(4);
        var end = f.Last;
        while (j < t.Count && words.Count < 6)
        {
            var tok = t[j];
            if (tok.Kind == TokenKind.Word)
            {
                var w = tok.Lower;
                if (Stops.Contains(w) || (words.Count > 0 && (PredicateLexicon.OfWord(w) is not null || EndsParticiple(w, t, j))))
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
            return (null, f.Last);
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
            && !t[j].Lower.EndsWith("ed", StringComparison.Ordinal) && t[j].Lower is not ("back" or "said" or "says" or "told" or "versus") && !ConceptReader.IsGoverningVerb(t[j].Lower)
            && !(t[j].Lower.Length > 5 && t[j].Lower.EndsWith("ing", StringComparison.Ordinal) && words.Count == 0) && !ConceptTopic.IsMonth(t[j]))
        {
            words.Insert(0, t[j].Lower);
            j--;
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Words after "in" that make a time or an adverbial ("in total", "in advance", "in years"), not what money is counted in.</summary>
    private static bool IsAdverbialAfterIn(string w) =>
        w is "year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days" or "quarter" or "quarters" or "decade" or "decades"
            or "total" or "time" or "advance" or "return" or "exchange" or "addition" or "all" or "part" or "value" or "full" or "turn" or "order";

    private static bool IsLinkWord(string w, string unit) =>
        Auxiliaries.Contains(w) || TrendLexicon.Of(w, unit) is not null || w.EndsWith("ed", StringComparison.Ordinal) || ConceptReader.IsGoverningVerb(w)
        || w is "by" or "at" or "of" or "to" or "for" or "from" or "on" or "than" or "reached" or "hit" or "stood" or "totalled" or "totaled"
            or "is" or "are" or "cost" or "costs" or "worth" or "it" or "would" or "will" or "could" or "can" or "only" or "just" or "more"
            or "less" or "about" or "around" or "nearly" or "almost" or "over" or "under" or "some" or "roughly" or "up" or "down" or "a" or "an" or "the";

    private static string? PredicateBefore(List<Token> t, int first, int floor)
    {
        // "killed 127", "lost 21 battle tanks", "liberated 16 districts": a verb at most three words before.
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
                // "killed and wounded 300 people": one count of both.
                if (j - 2 > floor && PredicateLexicon.MatchPhrase(t, j - 2, out var both) == 3)
                {
                    return both;
                }

                return p;
            }

            if (PredicateLexicon.OfVerbBeforeFigure(tok.Lower) is { } gerund)
            {
                return gerund;
            }

            // "districts populated by 90,000 residents": the agent of a population participle is what is counted.
            if (tok.Lower == "by" && j - 1 > floor && t[j - 1].Kind == TokenKind.Word && PredicateLexicon.CountsAgent(t[j - 1].Lower))
            {
                return PredicateLexicon.OfWord(t[j - 1].Lower);
            }

            if (tok.Lower is not ("have" or "has" or "had" or "also" or "been" or "reportedly" or "nearly" or "some" or "about" or "at" or "least" or "than" or "more" or "over" or "up" or "to" or "a" or "total" or "of" or "an" or "estimated" or "another" or "only" or "just"))
            {
                return null;
            }
        }

        return null;
    }

    private static string? PredicateAfter(List<Token> t, int j)
    {
        // Skip a parenthetical ", including hundreds of children and newborn babies," before the verb.
        if (j + 1 < t.Count && t[j].IsSymbol(',') && t[j + 1].Lower is "including" or "among" or "mostly" or "mainly" or "many" or "most")
        {
            var k = j + 2;
            while (k < t.Count && k < j + 16 && !t[k].IsSymbol(','))
            {
                k++;
            }

            j = k + 1;
        }

        for (var k = j; k < t.Count && k < j + 8; k++)
        {
            if (PredicateLexicon.MatchPhrase(t, k, out var phrase) > 0)
            {
                return phrase;
            }

            var w = t[k].Lower;
            if (PredicateLexicon.OfWord(w) is { } p && IsVerbForm(w))
            {
                return p;
            }

            if (!Auxiliaries.Contains(w))
            {
                return null;
            }
        }

        return null;
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

            var joiner = j < limit && t[j].Lower is "and" or "or" ? t[j].Lower : null;
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

    private static bool IsVerbForm(string w) => w.EndsWith("ed", StringComparison.Ordinal) || w is "save" or "left" or "fled" or "lost" or "hurt" or "dead" or "died" or "slain" or "sent" or "struck" or "retook" or "retaken" or "overran" or "overrun" or "missing" or "homeless" or "freed" or "seized" or "kill" or "kills" or "killing" or "fire" or "leave" or "return" or "flee" or "lose";

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
