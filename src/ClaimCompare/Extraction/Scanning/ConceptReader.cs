using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// Reads the entity or measured thing a figure belongs to ("Acme" in "Acme has 4,000 workers", "cruising range"
/// in "extend the cruising range by 30 kilometres", "the price of tin" in "the price of tin rose 4%"). Bounded
/// look-backs over the clause: the object of "boost/cut ... by N", the head before "of N", a name before a bracketed
/// figure, else the noun phrase before the verb that governs the figure (through "which/who", auxiliaries,
/// appositions and a bracketed aside; a pronoun stands for its named antecedent), else the noun phrase right before
/// the figure ("Fabrikam up 3.1%"); verbless and participle clauses take the main subject (ConceptClauses.cs);
/// last, the topic the sentence opened with (<see cref="ConceptTopic"/>). Null when none is found; the extractor
/// then falls back to the counted noun.
/// </summary>
internal static partial class ConceptReader
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> ConceptAggregateNounWords = Lexicon.Default.Words("concept.aggregate-noun");
    private static readonly FrozenSet<string> ConceptLinkingPrepositionWords = Lexicon.Default.Words("concept.linking-preposition");
    private static readonly FrozenSet<string> ConceptPronounPrepositionWords = Lexicon.Default.Words("concept.pronoun-preposition");
    private static readonly FrozenSet<string> TimeMonthPrepositionWords = Lexicon.Default.Words("time.month-preposition");
    private static readonly FrozenSet<string> ConceptArticleWords = Lexicon.Default.Words("concept.article");
    private static readonly FrozenSet<string> ConceptPlacePrepositionWords = Lexicon.Default.Words("concept.place-preposition");
    private static readonly FrozenSet<string> PrepositionInIngWords = Lexicon.Default.Words("preposition-in-ing");
    private static readonly FrozenSet<string> RelativePronounWords = Lexicon.Default.Words("relative-pronoun");
    private static readonly FrozenSet<string> TrendParticleWords = Lexicon.Default.Words("trend.particle");

    /// <summary>Words that end a noun phrase read backwards (function words, pronouns, conjunctions).</summary>
    /// <summary>Words of an "as ... as" comparison ("as many as 14"), where "as" is no conjunction.</summary>
    private static readonly HashSet<string> AsComparatives = new(Lexicon.Default.Words("as-comparative"), StringComparer.Ordinal);

    private static readonly HashSet<string> Stops = new(Lexicon.Default.Words("stop.concept"), StringComparer.Ordinal);

    /// <summary>Determiners skipped inside a phrase ("the price of the oil").</summary>
    private static readonly HashSet<string> Determiners = new(
        Lexicon.Default.Union(StringComparer.Ordinal, "determiner.article", "determiner.demonstrative", "determiner.possessive"), StringComparer.Ordinal);

    /// <summary>Words between a verb and its figure ("has more than 4000", "was up about 7", "cost it $800").</summary>
    private static readonly HashSet<string> Link = new(Lexicon.Default.Words("concept.verb-to-figure"), StringComparer.Ordinal);

    /// <summary>Auxiliaries and relative words between a subject and its verb ("which has also been").</summary>
    private static readonly HashSet<string> Auxiliaries = new(Lexicon.Default.Words("skip.before-verb.concept"), StringComparer.Ordinal);

    /// <summary>Words that open a new clause: the walk back to a verb stops there.</summary>
    private static readonly HashSet<string> Clause = new(Lexicon.Default.Words("clause-start.verb-walk"), StringComparer.Ordinal);

    /// <summary>Pronouns skipped between a named subject and its verb ("Contoso says it will hire").</summary>
    private static readonly HashSet<string> Pronouns = new(Lexicon.Default.Words("concept.skip-after-subject"), StringComparer.Ordinal);

    /// <summary>Verbs that govern a figure but are not past forms or trend words.</summary>
    private static readonly HashSet<string> Verbs = new(Lexicon.Default.Words("concept.figure-verb"), StringComparer.Ordinal);

    /// <summary>True for a verb that can govern a figure ("employs", "paid", "reaches"); used to end noun phrases read forwards.</summary>
    public static bool IsGoverningVerb(string w) => Verbs.Contains(w) && !IsNounToo(w);

    /// <summary>Words of the verb table that are as often nouns ("record", "average", "plans").</summary>
    private static bool IsNounToo(string w) => NounsToo.Contains(w);

    private static readonly HashSet<string> NounsToo = new(Lexicon.Default.Words("concept.figure-verb.noun-too"), StringComparer.Ordinal);
    private static readonly HashSet<string> NounsFirst = new(Lexicon.Default.Words("concept.figure-verb.noun-first"), StringComparer.Ordinal);
    private static readonly HashSet<string> ChangeObjectVerbs = new(Lexicon.Default.Words("concept.change-object-verb"), StringComparer.Ordinal);

    /// <summary>Verbs whose object a "by N" measures ("extend the cruising range by 30 kilometres").</summary>
    private static bool IsChangeObjectVerb(string w) =>
        TrendLexicon.IsChangeVerb(w) || ChangeObjectVerbs.Contains(w);

    /// <summary>Reads the concept of each finding in one sentence; null where none is found.</summary>
    public static string?[] Read(List<Token> t, List<Found> found)
    {
        var result = new string?[found.Count];
        var topic = ConceptTopic.Read(t);
        if (found.Count > 0 && found[0].First <= topic.End)
        {
            topic = (null, -1); // "Thousands of civilians, including ...": a figure is no owner
        }

        for (var n = 0; n < found.Count; n++)
        {
            var f = found[n];
            result[n] = Usable(ObjectBeforeBy(t, f) ?? HeadBeforeOf(t, f) ?? NameBeforeBracket(t, f, n > 0 ? found[n - 1].Last : -1) ?? SubjectOfVerb(t, f, topic, n > 0 ? found[n - 1].Last : -1));
            var shared = n > 0 && result[n - 1] is { } previous && f.First - found[n - 1].Last <= 8 && !ClauseBetween(t, found[n - 1].Last, f.First) ? previous : null;
            if (result[n] is null && shared is not null && f.First > 0 && t[f.First - 1].IsSymbol('('))
            {
                result[n] = shared; // "7.5 million crowns ($1.1 million)": a conversion in brackets
            }

            if (result[n] is null && OpensVerblessClause(t, f.First, out var comma) && (f.Unit is not null || comma < f.First - 1))
            {
                // "Tailspin, down 4p": a name in a list owns the clause after it; "Initech shares have had a strong
                // run, up nearly 25%", "Smith has trained hard, dropping from 90 kilograms": the sentence's subject.
                result[n] = Usable((comma < f.First - 1 ? NameBeforeComma(t, comma, n > 0 ? found[n - 1].Last : -1) : null) ?? MainSubject(t, f.First) ?? TopicBefore(topic, f.First));
            }

            // "Sales rose to $2.6 billion from $2.2 billion", "30 feet (9 metres)": a figure with no clause of
            // its own shares the concept of the figure just before it.
            result[n] ??= shared;

            // "Farms for sale: ..., $950,000", "Flats from $300,000 to $400,000 sell in 40 days; ...": a
            // figure that names no owner belongs to the topic the sentence opened with; not a count that is the
            // subject of its own clause ("told reporters that over 6,000 residents fled") nor a duration that
            // frames the clause ("the biggest in the past three years").
            if (result[n] is null && !(f.Unit is null && OpensClause(t, f.First)) && !(f.Unit is not null && UnitLexicon.TimeUnits.Contains(f.Unit) && AfterPreposition(t, f.First)))
            {
                result[n] = NearTopic(t, topic, f.First);
            }
        }

        return result;
    }

    private static string? HeadBeforeOf(List<Token> t, Found f)
    {
        // "a speed of 20 mph", "a net worth of $2bn", "a penalty of 4.5 million": the head before "of" is what is measured.
        var j = f.First - 1;
        if (j < 2 || !t[j].Is("of") || t[j - 1].Kind != TokenKind.Word || Link.Contains(t[j - 1].Lower) || Stops.Contains(t[j - 1].Lower)
            || ConceptAggregateNounWords.HasWord(t[j - 1].Lower))
        {
            return null;
        }

        return PhraseEndingAt(t, j - 1, 4).Phrase;
    }

    private static string? ObjectBeforeBy(List<Token> t, Found f)
    {
        // "extend the cruising range by about 30 kilometres", "cut its budget by 12%".
        var j = f.First - 1;
        var floor = Math.Max(0, f.First - 4);
        while (j >= floor && t[j].Kind == TokenKind.Word && !t[j].Is("by") && Link.Contains(t[j].Lower))
        {
            j--;
        }

        if (j < 1 || !t[j].Is("by"))
        {
            return null;
        }

        var (phrase, start) = PhraseEndingAt(t, j - 1, 5);
        if (phrase is null || start < 1)
        {
            return null;
        }

        var k = start - 1;
        while (k > 0 && Determiners.Contains(t[k].Lower))
        {
            k--;
        }

        return t[k].Kind == TokenKind.Word && IsChangeObjectVerb(t[k].Lower) ? phrase : null;
    }

    private static string? SubjectOfVerb(List<Token> t, Found f, (string? Phrase, int End) topic, int previousFigure)
    {
        // Walk back from the figure to the verb that governs it, over qualifiers, link words and at most a short
        // noun phrase with its preposition ("is the only link for about 300", "plans to cut 900").
        var j = f.First - 1;
        var floor = Math.Max(previousFigure + 1, Math.Max(0, f.First - 12)); // never across the figure before
        var sawVerb = false;
        var participle = false;
        var nouns = 0;
        var firstStop = -1;
        while (j >= floor)
        {
            var tok = t[j];
            if (tok.Kind != TokenKind.Word)
            {
                if (tok.Lower is "$" or "£" or "€" or "+" or "~" or "'" or "’" || tok.IsDash)
                {
                    j--;
                    continue;
                }

                break;
            }

            var w = tok.Lower;
            if (IsVerb(w, f.Unit) && !TrendParticleWords.HasWord(w))
            {
                sawVerb = true;
                participle = w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !PrepositionInIngWords.HasWord(w);
                j--;
                break;
            }

            if (w == "as" && !(j > 0 && (t[j - 1].Lower == "such" || AsComparatives.Contains(t[j - 1].Lower)))
                && !(j + 1 < t.Count && AsComparatives.Contains(t[j + 1].Lower)))
            {
                break; // "as 300 swimmers crossed": a conjunction opens a clause ("as many as 14" is a qualifier)
            }

            if (Link.Contains(w) || ConceptLinkingPrepositionWords.HasWord(w))
            {
                j--;
                continue;
            }

            if (j > 0 && t[j - 1].Is("to"))
            {
                j -= 2; // "to lay off", "to close at": an infinitive under the clause's verb
                continue;
            }

            if (j > 0 && RelativePronounWords.HasWord(t[j - 1].Lower) && nouns == 0)
            {
                sawVerb = true; // "a cloud that stretches hundreds of miles": the word after a relative pronoun is its verb
                j--;
                break;
            }

            if (Clause.Contains(w) || Stops.Contains(w) || nouns >= 4)
            {
                break;
            }

            firstStop = firstStop < 0 ? j : firstStop;
            nouns++;
            j--;
        }

        if (!sawVerb)
        {
            // "Blackmores up 9.4%", "Dow +0.2%": the measured thing stands right before; a noun before a count
            // ("the 11 member agreement") belongs to the counted noun, not an owner.
            j = firstStop >= 0 ? firstStop : j;
            return f.Unit is null || j < floor ? null : PhraseEndingAt(t, j, 4).Phrase;
        }

        // "The euro was weaker, slipping against the pound to 0.85", "Smith has trained hard, dropping from 90 kilograms":
        // a participle clause after a comma takes the subject of the main clause.
        if (participle && j > 0 && t[j].IsSymbol(','))
        {
            return TopicBefore(topic, j) ?? MainSubject(t, j);
        }

        // Back over auxiliaries, relative words and one bracketed aside: "Acme (ACM) which has also", "Contoso says it will".
        var stop = Math.Max(0, j - 10);
        var pronoun = -1;
        while (j >= stop)
        {
            var tok = t[j];
            if (pronoun < 0 && ConceptTopic.IsSubjectPronoun(tok))
            {
                pronoun = j;
            }

            if (tok.Kind == TokenKind.Word && j > 0 && ConceptTopic.IsMonth(tok) && TimeMonthPrepositionWords.HasWord(t[j - 1].Lower))
            {
                j -= 2; // "the average rent for studios in March was": a date complement
                continue;
            }

            if (tok.Kind == TokenKind.Word && (tok.SpaceBefore || j == 0) && (Auxiliaries.Contains(tok.Lower) || Pronouns.Contains(tok.Lower) || tok.Is("to") || IsVerb(tok.Lower, f.Unit)))
            {
                j--;
                continue;
            }

            if (tok.IsSymbol(')'))
            {
                var k = j - 1;
                while (k >= stop && !t[k].IsSymbol('('))
                {
                    k--;
                }

                if (k < stop)
                {
                    break;
                }

                j = k - 1;
                continue;
            }

            if (tok.IsSymbol(','))
            {
                // "The alloy, which is made mostly of titanium, reached 95 GPa": a relative clause between commas.
                j = RelativeClauseStart(t, j, stop) is var r && r > 0 ? r - 1 : j - 1;
                continue;
            }

            break;
        }

        // "Garcia runs a bakery where she sells 500 loaves a day": a subject pronoun points back to the name the
        // sentence opened with.
        var phrase = j >= 0 ? PhraseEndingAt(t, j, 5).Phrase : null;
        if (pronoun < 0)
        {
            return phrase;
        }

        // "the voltage on it was 9 volts": a pronoun after a preposition is its object, the noun before it the subject.
        if (pronoun > 1 && t[pronoun - 1].Kind == TokenKind.Word && ConceptPronounPrepositionWords.HasWord(t[pronoun - 1].Lower))
        {
            return PhraseEndingAt(t, pronoun - 2, 4).Phrase;
        }

        // "Contoso says it will hire": the one who reports is the antecedent; "until you learn it can cost": nobody named.
        if (phrase is not null && pronoun > 0 && (IsReporting(t[pronoun - 1]) || (t[pronoun - 1].Is("that") && pronoun > 1 && IsReporting(t[pronoun - 2]))))
        {
            return phrase;
        }

        return ConceptTopic.IsName(t) && topic.End < pronoun ? topic.Phrase : null;
    }

    private static bool IsVerb(string w, string? unit) =>
        Verbs.Contains(w) || TrendLexicon.Of(w, unit) is not null || PredicateLexicon.OfWord(w) is not null
        || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>
    /// The noun phrase whose last word stands at <paramref name="end"/>, read backwards through "of" and
    /// possessives ("the height of the tower's spire"), at most <paramref name="max"/> words.
    /// </summary>
    private static (string? Phrase, int Start) PhraseEndingAt(List<Token> t, int end, int max)
    {
        var words = new List<string>(max);
        var j = end;
        var start = end + 1;
        while (j >= 0 && words.Count(x => !Stops.Contains(x)) < max && words.Count < 2 * max)
        {
            var tok = t[j];
            if (tok.Kind == TokenKind.Word)
            {
                var w = tok.Lower;
                if (!tok.SpaceBefore && j > 1 && t[j - 1].IsDash && !t[j - 1].SpaceBefore && t[j - 2].Kind == TokenKind.Word && words.Count < max)
                {
                    words.Insert(0, t[j - 2].Lower + "-" + w); // "start-up", "Ben-Moshe"
                    start = j - 2;
                    j -= 3;
                    continue;
                }

                if (words.Count > 0 && j + 1 < t.Count && t[j + 1].IsDash && !t[j + 1].SpaceBefore && j + 2 == start && !t[start].SpaceBefore)
                {
                    words[0] = w + "-" + words[0]; // "start-up", "Ben-Moshe", "TA-35"
                    start = j;
                    j--;
                    continue;
                }

                if (ConceptPlacePrepositionWords.HasWord(w) && words.Count > 0 && words.Count < max - 1 && j > 0 && t[j - 1].Kind == TokenKind.Word
                    && !Stops.Contains(t[j - 1].Lower) && !IsVerbLike(t[j - 1].Lower) && !t[j - 1].Lower.EndsWith("ed", StringComparison.Ordinal))
                {
                    words.Insert(0, w); // "revenue in quarter", "average rent for studios": the head stands before
                    j--;
                    continue;
                }

                if (ConceptArticleWords.HasWord(w) && words.Count > 0 && j > 1 && ConceptPlacePrepositionWords.HasWord(t[j - 1].Lower) && t[j - 2].Kind == TokenKind.Word
                    && !Stops.Contains(t[j - 2].Lower) && !IsVerbLike(t[j - 2].Lower))
                {
                    words.Insert(0, w);
                    words.Insert(0, t[j - 1].Lower);
                    j -= 2;
                    continue;
                }

                if (w == "of" && words.Count > 0 && j > 0 && t[j - 1].Kind == TokenKind.Word && !Stops.Contains(t[j - 1].Lower))
                {
                    words.Insert(0, w); // "price of copper": the owner phrase keeps its "of"
                    j--;
                    continue;
                }

                if (Determiners.Contains(w) && words.Count > 0 && j > 0 && t[j - 1].Is("of"))
                {
                    words.Insert(0, w);
                    j--;
                    continue;
                }

                if (Stops.Contains(w) || (words.Count > 0 && IsVerbLike(w)))
                {
                    break;
                }

                words.Insert(0, w);
                start = j;
                j--;
                continue;
            }

            // "TA-35", "drop-top": joined pieces of one name; "Ford's": a possessive.
            if (tok.Lower is "'" or "’" && words.Count > 0)
            {
                j--;
                continue;
            }

            if (tok.Kind == TokenKind.Number && words.Count == 0 && j > 1 && t[j - 1].IsDash && !t[j - 1].SpaceBefore && !tok.SpaceBefore && t[j - 2].Kind == TokenKind.Word
                && (t[j - 2].Capitalized || t[j - 2].InnerUpper))
            {
                words.Insert(0, t[j - 2].Lower + "-" + tok.Lower); // "the TA-125 lost 1.1%": a name with a number
                start = j - 2;
                j -= 3;
                continue;
            }

            if (tok.Kind == TokenKind.Number && j > 0 && t[j - 1].Kind == TokenKind.Word && !Stops.Contains(t[j - 1].Lower) && t[j - 1].Capitalized)
            {
                words.Insert(0, tok.Lower); // "S&P 500", "TA-125", "iPhone 14"
                start = j;
                j--;
                continue;
            }

            break;
        }

        // A phrase cut off by the word limit must not open with "of the" or "in".
        while (words.Count > 0 && Stops.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return words.Count == 0 ? (null, start) : (string.Join(' ', words), start);
    }

    private static bool IsVerbLike(string w) =>
        Verbs.Contains(w) && !NounsFirst.Contains(w)
        || PredicateLexicon.OfWord(w) is not null;
}
