using System.Collections.Frozen;
using System.Globalization;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>
/// Sentences of an article that tell an earlier event, not the article's own (<see cref="Claim.Extent"/>). A report
/// of today's incident often recalls an earlier one: it names the earlier event's date once ("In November 2009, an
/// Army psychiatrist opened fire at the base, killing 13") and goes on about it in the next sentences without the date
/// ("Hasan was convicted and sentenced to death. More than 30 were wounded in that attack."). Those figures are the
/// earlier event's, so they carry its time, and a sentence-by-sentence reader gave them today's.
/// <para>The span opens at a sentence whose words name an earlier time (a year before the article's, "last summer",
/// "two years ago": the extents <see cref="TallyExtent"/> reads) outside the lead, which states the article's own
/// event whatever its date (a report of a trial dates its crime up front). It carries on only while each next sentence
/// points back to the earlier event and names no time of its own: it shares a name with the sentence that opened the
/// span and not with the lead ("Hasan"), or says "that attack", "the same flood", "at the time". A weekday, "today",
/// "yesterday", or a time cue of its own ends it, as does a sentence that does not point back: a missed earlier figure
/// costs a missed comparison, a wrong one hides a real disagreement of today's counts.</para>
/// </summary>
internal static class BackgroundSpan
{
    private static readonly FrozenDictionary<string, string> Ordinals = Lexicon.Default.Values("ordinal");
    // "separate", "unrelated", "different": the words that open a passage on another matter ("in an unrelated case").
    private static readonly FrozenSet<string> UnrelatedWords = Lexicon.Default.Words("attribution.unrelated-adjective");
    private static readonly FrozenSet<string> ArticleWords = Lexicon.Default.Words("determiner.article");
    private static readonly FrozenSet<string> SeasonWords = Lexicon.Default.Words("season");
    private static readonly FrozenSet<string> DeicticDayWords = Lexicon.Default.Words("time.deictic-day");
    private static readonly FrozenSet<string> DemonstrativeWords = Lexicon.Default.Words("determiner.demonstrative");
    private static readonly FrozenSet<string> BackReferenceWords = Lexicon.Default.Words("background.back-reference");
    // What happened, as WordNet files it: an event ("attack", "shooting", "shipwreck") or a natural phenomenon ("flood",
    // "storm", "outbreak" of a disease is an event too).
    private static readonly KindSet Events = WordNet.Default.KindsOf("event", WordClass.Noun);
    private static readonly KindSet Phenomena = WordNet.Default.KindsOf("phenomenon", WordClass.Noun);
    private static readonly KindSet Communications = WordNet.Default.KindsOf("communication", WordClass.Noun);

    /// <summary>The lead: sentences that state the article's own event, whatever date they give it.</summary>
    private const int LeadSentences = 3;

    /// <summary>What a sentence says of an earlier event.</summary>
    /// <param name="Extent">For a sentence that goes on about the earlier event: the extent all its counts carry ("/2009",
    /// "/last summer", the form of <see cref="Claim.Extent"/>); else null.</param>
    /// <param name="Date">For a sentence that dates the earlier event by month and year ("in May 2011"): the date as a cue,
    /// which goes to the figure beside it as the sentence's other cues do (<see cref="TallyExtent.Assign"/>); else null.</param>
    internal readonly record struct Recall(string? Extent, TallyExtent.Cue? Date);

    /// <summary>
    /// The sentences about an earlier event, keyed by the sentence's start in the article. Sentences that name a time of
    /// their own (other than the earlier event's date) are not in it.
    /// </summary>
    /// <param name="text">The article, its sentences split.</param>
    public static IReadOnlyDictionary<int, Recall> Of(ArticleText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var published = text.Article.Published;
        var result = new Dictionary<int, Recall>();
        var lead = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Titles.Count; i++)
        {
            AddNames(ScopeTokens.Read(text.TitleTokens(i)), lead);
        }

        string? period = null;
        HashSet<string>? names = null;
        var another = false;
        for (var i = 0; i < text.Sentences.Count; i++)
        {
            var tokens = ScopeTokens.Read(text.BodyTokens(i));
            if (i > 0 && AnotherIncident(tokens))
            {
                // "The third incident happened ...", "In a separate shooting, ...": a round-up moves on to another incident,
                // told in this sentence and the next ones until a sentence names a day of its own.
                (another, period, names) = (true, null, null);
                result[text.Sentences[i].Start] = new Recall(AnotherExtent, null);
                continue;
            }

            var cues = TallyExtent.Cues(tokens, published);
            if (another && !OwnTime(tokens) && cues.Count == 0)
            {
                result[text.Sentences[i].Start] = new Recall(AnotherExtent, null);
                continue;
            }

            another = false;
            if (i < LeadSentences)
            {
                AddNames(tokens, lead);
                continue;
            }

            if (cues.Count == 0 && EarlierDate(tokens, published) is { } date && !OwnTime(tokens))
            {
                // "In June 2012, a tanker blast on the pier hurt nine dockers": a date of an earlier year, outside the lead, tells
                // an earlier event: the figure beside it and the sentences that go on about it are that event's.
                period = date.Period;
                names = NamesOf(tokens, lead);
                result[text.Sentences[i].Start] = new Recall(null, date);
                continue;
            }

            if (cues.Count > 0)
            {
                // A sentence with a time of its own opens a new span when the time is an earlier event's, and ends any
                // span otherwise ("This year, 45 people have been shot": a tally, not the earlier event).
                period = cues.Select(c => c.Period).FirstOrDefault(Earlier);
                names = period is null ? null : NamesOf(tokens, lead);
                continue;
            }

            if (period is null || names is null)
            {
                continue;
            }

            if (OwnTime(tokens) || !PointsBack(tokens, names))
            {
                period = null;
                names = null;
                continue;
            }

            result[text.Sentences[i].Start] = new Recall("/" + period, null);
        }

        return result;
    }

    // The extent of the counts of another incident a round-up tells (like "in separate shootings", summed over events).
    private const string AnotherExtent = "events/another";

    // "In another shooting, ...", "In an unrelated attack, ...", "The third incident happened ...", "A separate crash
    // occurred ...": a sentence that opens on "another", "separate" or an ordinal before an event noun moves on to another
    // incident. Without "in", or with an ordinal, the event must be said to happen: "The first shot was fired" and "A
    // second shooting victim" are the article's own (a plain "The shooting happened ..." is too).
    private static bool AnotherIncident(List<ScopeToken> t)
    {
        var fronted = t.Count > 0 && t[0].Lower is "in";
        var k = fronted ? 1 : 0;
        int noun;
        bool ordinal;
        if (k + 1 < t.Count && t[k].Lower is "another")
        {
            (noun, ordinal) = (k + 1, false);
        }
        else if (k + 2 < t.Count && ArticleWords.HasWord(t[k].Lower) && (Ordinals.ContainsKey(t[k + 1].Lower) || UnrelatedWords.HasWord(t[k + 1].Lower)))
        {
            (noun, ordinal) = (k + 2, Ordinals.ContainsKey(t[k + 1].Lower));
        }
        else
        {
            return false;
        }

        // An ordinal counts the article's own events as often as other incidents ("in a second briefing", "the first shot
        // was fired"): only an ordinal event said to happen opens another incident. "In another statement" is the article's
        // own incident told again.
        return Event(t[noun].Lower) && !WordNet.Default.IsKindOf(t[noun].Lower, Communications, WordClass.Noun, maxSense: 1)
            && ((fronted && !ordinal) || (noun + 1 < t.Count && WordNet.Default.AreSynonyms(t[noun + 1].Lower, "happen", WordClass.Verb, maxSense: 1)));
    }

    // "in May 2011", "on May 3, 2011", "back in November 2009": a month and a year before the article's (any year when
    // the article is undated). A date of this year may be the article's own day, so it is left alone.
    private static TallyExtent.Cue? EarlierDate(List<ScopeToken> t, DateOnly? published)
    {
        for (var i = 1; i < t.Count; i++)
        {
            if (!t[i].Capitalised || !ScopeWords.Months.ContainsKey(t[i].Lower))
            {
                continue;
            }

            var at = i + 1 < t.Count && t[i + 1].IsNumber && t[i + 1].Text.Length <= 2 ? i + 2 : i + 1;
            if (at < t.Count && t[at].Text.Length == 4 && int.TryParse(t[at].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year is > 1900 and < 2200 && (published is not { } today || year < today.Year))
            {
                return new TallyExtent.Cue(null, t[at].Text, t[i].Start, t[at].End);
            }
        }

        return null;
    }

    // An earlier time, not a running tally: a year other than this one, "last year", "last summer", "two years ago",
    // "months ago", "earlier this year". "Last weekend", "last week" or "days ago" may be the article's own incident.
    private static bool Earlier(string? period) =>
        period is not null && (period.Length == 4 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            || period is "last year" or "before year" or "before month" or "earlier year" || (period.StartsWith("last ", StringComparison.Ordinal) && SeasonWords.HasWord(period[5..])));

    // A weekday, "today", "yesterday", "tonight": the sentence is back at the article's own incident (or another one).
    private static bool OwnTime(List<ScopeToken> tokens) =>
        IncidentDay.Of(tokens) is not null || tokens.Exists(t => DeicticDayWords.HasWord(t.Lower));

    private static bool PointsBack(List<ScopeToken> tokens, HashSet<string> names)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (names.Contains(tokens[i].Text))
            {
                return true;
            }

            // "at the time", "that attack", "the same shooting", "the earlier crash": the event already told.
            var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : null;
            if (tokens[i].Lower is "at" && next is "the" && i + 2 < tokens.Count && tokens[i + 2].Lower is "time")
            {
                return true;
            }

            if ((DemonstrativeWords.HasWord(tokens[i].Lower) || BackReferenceWords.HasWord(tokens[i].Lower)) && next is not null
                && (Event(next) || (BackReferenceWords.HasWord(next) && i + 2 < tokens.Count && Event(tokens[i + 2].Lower))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Event(string lower) =>
        WordNet.Default.IsKindOf(lower, Events, WordClass.Noun, maxSense: 2) || WordNet.Default.IsKindOf(lower, Phenomena, WordClass.Noun, maxSense: 2);

    // The names that can point back to the earlier event: capitalised words inside the sentence that WordNet does not
    // know as common nouns ("Hasan", "Henwood"; not "Army", "Officer") and the lead does not use (a place both events
    // share, "Fort Hood", points back to neither).
    private static HashSet<string> NamesOf(List<ScopeToken> tokens, HashSet<string> lead)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Capitalised && t.Text.Length > 2 && !t.IsNumber && !lead.Contains(t.Text) && !ScopeWords.Months.ContainsKey(t.Lower)
                && !ScopeWords.Weekdays.ContainsKey(t.Lower) && !WordNet.Default.Contains(t.Lower, WordClass.Noun))
            {
                names.Add(t.Text);
            }
        }

        return names;
    }

    private static void AddNames(List<ScopeToken> tokens, HashSet<string> names)
    {
        foreach (var t in tokens)
        {
            if (t.Capitalised)
            {
                names.Add(t.Text);
            }
        }
    }
}
