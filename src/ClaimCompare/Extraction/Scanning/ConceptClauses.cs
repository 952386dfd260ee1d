using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>
/// The clause-level rules of <see cref="ConceptReader"/>: verbless and participle clauses after a comma, names before
/// brackets and commas, relative clauses and appositions, reporting verbs, and the reach of the sentence topic.
/// </summary>
internal static partial class ConceptReader
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> ConceptClauseBreakWords = Lexicon.Default.Words("concept.clause-break");
    private static readonly FrozenSet<string> ConceptClauseVerbWords = Lexicon.Default.Words("concept.clause-verb");
    private static readonly FrozenSet<string> ConceptFigureLeadWords = Lexicon.Default.Words("concept.figure-lead");
    private static readonly FrozenSet<string> RelativePronounWhWords = Lexicon.Default.Words("relative-pronoun.wh");
    private static readonly FrozenSet<string> ConceptClauseOpenerWords = Lexicon.Default.Words("concept.clause-opener");
    private static readonly FrozenSet<string> ConceptTimePrepositionWords = Lexicon.Default.Words("concept.time-preposition");

    private static bool OpensClause(List<Token> t, int first)
    {
        var j = first - 1;
        while (j >= 0 && j >= first - 3 && t[j].Kind == TokenKind.Word && Link.Contains(t[j].Lower) && !t[j].Is("to"))
        {
            j--;
        }

        // "... that over 6,000 residents fled", "Rescuers say at least 23 villagers", ", including 9 infants".
        return j < 0 || t[j].Kind == TokenKind.Symbol || (t[j].Kind == TokenKind.Word && (Clause.Contains(t[j].Lower) || ConceptClauseOpenerWords.HasWord(t[j].Lower) || IsReporting(t[j])));
    }

    private static bool AfterPreposition(List<Token> t, int first)
    {
        var j = first - 1;
        while (j >= 0 && j >= first - 3 && t[j].Kind == TokenKind.Word && ConceptFigureLeadWords.HasWord(t[j].Lower))
        {
            j--;
        }

        return j >= 0 && t[j].Kind == TokenKind.Word && ConceptTimePrepositionWords.HasWord(t[j].Lower);
    }

    private static string? Usable(string? phrase) => phrase is null || ConceptTopic.IsNotAPhrase(phrase) ? null : phrase;

    /// <summary>
    /// The topic for a figure in the sentence's reach: within a few clauses of it, or anywhere in a list the topic heads
    /// ("Properties including: ...", "Prices: ...") or opens before semicolons.
    /// </summary>
    private static string? NearTopic(List<Token> t, (string? Phrase, int End) topic, int first)
    {
        var heading = topic.End + 1 < t.Count && (t[topic.End + 1].IsSymbol(':') || t[topic.End + 1].Is("including"));
        var semicolons = false;
        for (var k = topic.End + 1; k < first && !semicolons; k++)
        {
            semicolons = t[k].IsSymbol(';'); // "Homes from $1m stay 70 days; $1m to $1.25m, 99 days; ...": items of one list
        }

        return first - topic.End <= 30 || heading || semicolons ? TopicBefore(topic, first) : null;
    }

    private static string? TopicBefore((string? Phrase, int End) topic, int first) => topic.Phrase is not null && topic.End < first ? topic.Phrase : null;

    private static string? NameBeforeBracket(List<Token> t, Found f, int floor)
    {
        // "RHP John Gant (0.5 WAR)", "Acme (12%)": a figure alone in brackets after a name describes that name.
        var j = f.First - 1;
        var close = f.Last + 1;
        while (close < t.Count && close <= f.Last + 2 && t[close].Kind == TokenKind.Word)
        {
            close++; // "(0.5 WAR)": a unit word the recogniser does not know
        }

        if (j < 1 || !t[j].IsSymbol('(') || close >= t.Count || !t[close].IsSymbol(')') || j - 1 <= floor)
        {
            return null;
        }

        var before = t[j - 1];
        return before.Kind == TokenKind.Word && before.Capitalized ? PhraseEndingAt(t, j - 1, 4).Phrase : null;
    }

    private static string? NameBeforeComma(List<Token> t, int comma, int floor)
    {
        var j = comma - 1;
        if (j <= floor || j < 1 || t[j].Kind != TokenKind.Word || !t[j].Capitalized)
        {
            return null;
        }

        var (phrase, start) = PhraseEndingAt(t, j, 4);
        return start > 0 && start > floor && t[start].Capitalized ? phrase : null;
    }

    private static bool OpensVerblessClause(List<Token> t, int first, out int comma)
    {
        // ", up nearly 25%", ", dropping from 90 kilograms": a verbless or participle clause after a comma.
        var j = first - 1;
        var participle = false;
        while (j >= 0 && j >= first - 4 && t[j].Kind == TokenKind.Word)
        {
            if (Link.Contains(t[j].Lower) || t[j].Is("from"))
            {
                j--;
                continue;
            }

            if (!participle && t[j].Lower.Length > 5 && t[j].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                participle = true;
                j--;
                continue;
            }

            break;
        }

        comma = j;
        return j > 0 && (t[j].IsSymbol(',') || t[j].IsSymbol('('));
    }

    private static string? MainSubject(List<Token> t, int before)
    {
        // The subject of the sentence's first verb, when it stands within the first few words.
        var limit = Math.Min(before, 20);
        for (var j = 1; j < limit; j++)
        {
            if (t[j].Kind == TokenKind.Word && t[j].SpaceBefore && ConceptClauseVerbWords.HasWord(t[j].Lower))
            {
                var k = j - 1;
                while (k >= 0 && t[k].Kind == TokenKind.Word && Auxiliaries.Contains(t[k].Lower))
                {
                    k--;
                }

                return k >= 0 ? PhraseEndingAt(t, k, 4).Phrase : null;
            }
        }

        return null;
    }

    private static bool ClauseBetween(List<Token> t, int a, int b)
    {
        for (var k = a + 1; k < b; k++)
        {
            if (t[k].IsSymbol(';') || ConceptClauseBreakWords.HasWord(t[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs that report or estimate (role <c>concept.reporting</c>): the one before them is a source of the figure, not its owner.</summary>
    public static bool IsReporting(Token tok) => tok.Kind == TokenKind.Word && ReportingWords.Contains(tok.Lower);

    private static readonly System.Collections.Frozen.FrozenSet<string> ReportingWords =
        Language.Lexicon.Default.Words("concept.reporting");

    /// <summary>
    /// The comma that opens a relative clause ("The alloy, which is made of titanium, reached") or an apposition without
    /// a verb ("Vancouver, Canada's third-largest city, hosts"; "Maddon, 66, has") ending at the comma
    /// <paramref name="close"/>, or -1.
    /// </summary>
    private static int RelativeClauseStart(List<Token> t, int close, int stop)
    {
        var verbless = true;
        for (var k = close - 1; k > stop && k > 0 && k >= close - 10; k--)
        {
            if (t[k].IsSymbol(','))
            {
                if (k + 1 < close && RelativePronounWhWords.HasWord(t[k + 1].Lower))
                {
                    return k;
                }

                return verbless && k + 1 < close && t[k - 1].Kind == TokenKind.Word && !Stops.Contains(t[k - 1].Lower) ? k : -1;
            }

            verbless &= t[k].Kind != TokenKind.Word || (!IsVerb(t[k].Lower, null) && !Clause.Contains(t[k].Lower) && !Auxiliaries.Contains(t[k].Lower));
        }

        return -1;
    }
}
