using System.Collections.Frozen;
using System.Globalization;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction;

/// <summary>
/// Reads the words that make a count a tally of many events, or the count of another event than the article's own
/// (<see cref="Model.Claim.Extent"/>). News writing sums incidents over an area ("across the city", "citywide",
/// "nationwide") or a period ("so far this year", "since January", "over the weekend", "in the past month"), and
/// mentions earlier events in passing ("last month's shooting", "two years ago", "in 2019"): none of these counts is
/// the count of the incident the article reports, and two tallies are one quantity only over the same area and period.
/// </summary>
internal static class TallyExtent
{
    private static readonly FrozenSet<string> SeasonWords = Lexicon.Default.Words("season");
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> AreaDeterminerWords = Lexicon.Default.Words("area.determiner");
    private static readonly FrozenSet<string> AreaSpreadPrepositionWords = Lexicon.Default.Words("area.spread-preposition");
    private static readonly FrozenSet<string> DeterminerArticleWords = Lexicon.Default.Words("determiner.article");
    private static readonly FrozenSet<string> DeterminerIndefiniteWords = Lexicon.Default.Words("determiner.indefinite");
    private static readonly FrozenSet<string> PeriodPluralUnitWords = Lexicon.Default.Words("period.plural-unit");
    private static readonly FrozenSet<string> PeriodPossessiveUnitWords = Lexicon.Default.Words("period.possessive-unit");
    private static readonly FrozenSet<string> PeriodStartNounWords = Lexicon.Default.Words("period.start-noun");
    private static readonly FrozenSet<string> PeriodThisOrLastWords = Lexicon.Default.Words("period.this-or-last");
    private static readonly FrozenSet<string> PeriodWindowPrepositionWords = Lexicon.Default.Words("period.window-preposition");
    private static readonly FrozenSet<string> PeriodYearOrMonthWords = Lexicon.Default.Words("period.year-or-month");
    private static readonly FrozenSet<string> TimePastAdjectiveWords = Lexicon.Default.Words("time.past-adjective");

    /// <summary>A cue found in a sentence: its area and/or period, and where it stands.</summary>
    /// <param name="Area">The area summed over ("city"), or null.</param>
    /// <param name="Period">The period summed over or the earlier time named ("year", "2009"), or null.</param>
    /// <param name="Start">Where the cue starts in the article.</param>
    /// <param name="End">Where the cue ends in the article.</param>
    /// <param name="Clause">True when the cue scopes its whole clause, not just the figure beside it: in "a driver died
    /// and 12 riders were hurt in separate crashes across the county", both the driver and the 12 are summed over many events.</param>
    internal readonly record struct Cue(string? Area, string? Period, int Start, int End, bool Clause = false);

    // Area nouns a tally is summed over ("across the city", "throughout the state"). A street, a block or a building is
    // where one incident happens, so it is not here.
    private static readonly FrozenDictionary<string, string> AreaNouns = Lexicon.Default.Values("area");

    // "-wide" adjectives and adverbs that say the figure covers a whole area.
    private static string? WideArea(string lower) => lower switch
    {
        "nationally" => "nation",
        "worldwide" or "globally" => "world",
        _ when lower.EndsWith("wide", StringComparison.Ordinal) && lower.Length > 4
            && AreaNouns.TryGetValue(lower[..^4].TrimEnd('-'), out var area) => area,
        _ => null,
    };

    // Periods long enough to hold many incidents. A day, a night or a week is the time of one incident's report.
    private static string? LongPeriod(string lower) => LongPeriods.GetValueOrDefault(lower);

    // Role period.long:UNIT in Language/Data.
    private static readonly FrozenDictionary<string, string> LongPeriods = Lexicon.Default.Values("period.long");

    /// <summary>Every cue of a sentence, in text order.</summary>
    /// <param name="t">The sentence's words.</param>
    /// <param name="published">The article's publication date, to tell this year's "in 2024" from an earlier year.</param>
    public static List<Cue> Cues(List<ScopeToken> t, DateOnly? published)
    {
        var cues = new List<Cue>();
        for (var i = 0; i < t.Count; i++)
        {
            if (Match(t, i, published) is { } cue)
            {
                cues.Add(cue);
                i = Math.Max(i, IndexAt(t, cue.End));
            }
        }

        return cues;
    }

    private static int IndexAt(List<ScopeToken> t, int end)
    {
        for (var k = 0; k < t.Count; k++)
        {
            if (t[k].End >= end)
            {
                return k;
            }
        }

        return t.Count - 1;
    }

    private static Cue? Match(List<ScopeToken> t, int i, DateOnly? published)
    {
        var w = t[i].Lower;
        string? Next(int k) => i + k < t.Count ? t[i + k].Lower : null;
        Cue Make(int last, string? area, string? period) => new(area, period, t[i].Start, t[last].End);

        if (WideArea(w) is { } wide)
        {
            return Make(i, wide, null);
        }

        // "across the city", "throughout the state", "around the country", "all over the county": the clause's events
        // are summed over the area, every figure of it.
        if (AreaSpreadPrepositionWords.HasWord(w) && AreaDeterminerWords.HasWord(Next(1))
            && Next(2) is { } noun && AreaNouns.TryGetValue(noun, out var area))
        {
            // "across" and "throughout" sum a clause; "around the city" as often places a thing ("the zone around the
            // city"), so it goes to the nearest figure only.
            return Make(i + 2, area, null) with { Clause = w is not "around" };
        }

        // "28 people were shot in the city since Friday", "since Saturday across the county": a whole area named by its
        // common noun and a window of several days sum many incidents. Either alone is one event's ("shot in the city",
        // "arrested since Friday"): an incident happens in a city, and a running toll of one event counts since a day.
        if (w is "in" && AreaDeterminerWords.HasWord(Next(1)) && Next(2) is { } inArea && AreaNouns.TryGetValue(inArea, out var whole)
            && Next(3) is "since" && i + 4 < t.Count && t[i + 4].Capitalised && ScopeWords.Weekdays.ContainsKey(t[i + 4].Lower))
        {
            return Make(i + 4, whole, "since " + t[i + 4].Lower) with { Clause = true };
        }

        if (w is "since" && i + 1 < t.Count && t[i + 1].Capitalised && ScopeWords.Weekdays.ContainsKey(t[i + 1].Lower)
            && Next(2) is "in" && AreaDeterminerWords.HasWord(Next(3)) && Next(4) is { } sinceArea && AreaNouns.TryGetValue(sinceArea, out var sinceWhole))
        {
            return Make(i + 4, sinceWhole, "since " + t[i + 1].Lower) with { Clause = true };
        }

        // "in separate shootings", "in four separate crashes", "in two unrelated attacks": the clause's figures are summed
        // over several events, whatever they are. The events' own count ("four") is part of the cue.
        // "in five separate shooting incidents": one noun may modify the plural.
        var plural = Plural(Next(1)) ? 1 : Plural(Next(2)) && Next(1) is { Length: > 2 } ? 2 : 0;
        if (w is "separate" or "unrelated" && plural > 0)
        {
            var start = i > 0 && (t[i - 1].IsNumber || ScopeWords.NumberWord(t[i - 1].Lower) is not null) ? i - 1 : i;
            return new Cue("events", null, t[start].Start, t[i + plural].End, Clause: true);
        }

        // "Last summer, a man was killed ...": a season before the present one holds an earlier event.
        if (w is "last" && SeasonWords.HasWord(Next(1)))
        {
            return Make(i + 1, null, "last " + Next(1)) with { Clause = true };
        }

        // "November 2009: Four killed at ...", "2012 - Six dead in ...": a sentence that opens on an earlier date is an entry
        // of a list of past events (a timeline, "other mass shootings in the state"), not the article's own incident.
        var opening = i == 0 ? 0 : i == 1 && ScopeWords.Months.ContainsKey(t[0].Lower) && t[0].Capitalised ? 1 : -1;
        if (opening >= 0 && Year(t[i]) is { } openingYear && (published is not { } today || openingYear < today.Year))
        {
            return new Cue(null, openingYear.ToString(CultureInfo.InvariantCulture), t[0].Start, t[i].End, Clause: true) { };
        }

        // "this year", "this month", "this weekend", "so far this year"; "last year", "last month": a period before the
        // present one holds an earlier event or an earlier tally, never today's incident.
        if (PeriodThisOrLastWords.HasWord(w) && Next(1) is { } unit && LongPeriod(unit) is { } period && !PeriodPluralUnitWords.HasWord(unit))
        {
            return Make(i + 1, null, w == "last" ? "last " + period : period);
        }

        // "last month's shooting", "last year's attack": an earlier event named in passing.
        if (w is "last" && Next(1) is { } possessive && (possessive.EndsWith("'s", StringComparison.Ordinal) || possessive.EndsWith("’s", StringComparison.Ordinal))
            && PeriodPossessiveUnitWords.HasWord(possessive[..^2]))
        {
            return Make(i + 1, null, "last " + possessive[..^2]);
        }

        // "over the weekend", "in the past month", "over the last 12 months", "in the past year".
        if (PeriodWindowPrepositionWords.HasWord(w) && Next(1) is "the")
        {
            var k = i + 2;
            if (k < t.Count && TimePastAdjectiveWords.HasWord(t[k].Lower))
            {
                k++;
            }

            if (k < t.Count && (t[k].IsNumber || ScopeWords.NumberWord(t[k].Lower) is not null) && !DeterminerIndefiniteWords.HasWord(t[k].Lower))
            {
                k++;
            }

            if (k < t.Count && LongPeriod(t[k].Lower) is { } p && (k > i + 2 || p == "weekend"))
            {
                return Make(k, null, p);
            }
        }

        // "since January", "since Jan. 1", "since the start of the year".
        if (w == "since" && Next(1) is { } since)
        {
            if (ScopeWords.Months.TryGetValue(since, out var month) && t[i + 1].Capitalised)
            {
                return Make(i + 1, null, month == 1 ? "year" : "since " + since[..3]);
            }

            if (since is "the" && PeriodStartNounWords.HasWord(Next(2)) && Next(3) == "of" && Next(4) is "the" && PeriodYearOrMonthWords.HasWord(Next(5)))
            {
                return Make(i + 5, null, Next(5));
            }
        }

        // "year to date", "year-to-date".
        if (w is "year-to-date" || (w == "year" && Next(1) == "to" && Next(2) == "date"))
        {
            return Make(w == "year" ? i + 2 : i, null, "year");
        }

        // "in 2019", "so far in 2024": a year's tally, or an earlier year's event.
        if (w is "in" && i + 1 < t.Count && Year(t[i + 1]) is { } year)
        {
            return Make(i + 1, null, published is { } pub && pub.Year == year ? "year" : year.ToString(CultureInfo.InvariantCulture));
        }

        // "the 2011 flood", "a March 2018 crash": a year that modifies a noun names an event of that year. An earlier
        // year's event is another event than the article's; this year's may be the article's own, so it is left alone.
        if ((DeterminerArticleWords.HasWord(w) || (w.Length > 0 && ScopeWords.Months.ContainsKey(w) && t[i].Capitalised && i > 0 && DeterminerArticleWords.HasWord(t[i - 1].Lower)))
            && i + 2 < t.Count && Year(t[i + 1]) is { } modifierYear && t[i + 2].Text.Length > 0 && char.IsLetter(t[i + 2].Text[0])
            && (published is not { } day || modifierYear < day.Year))
        {
            return Make(i + 1, null, modifierYear.ToString(CultureInfo.InvariantCulture));
        }

        // "two years ago", "months ago": an earlier event.
        if (w is "ago" && i > 0 && LongPeriod(t[i - 1].Lower) is { } before && before != "weekend")
        {
            return new Cue(null, "before " + before, t[i - 1].Start, t[i].End);
        }

        // "earlier this year", "earlier this month".
        if (w is "earlier" && Next(1) is "this" && Next(2) is { } earlier && LongPeriod(earlier) is { } ep && PeriodYearOrMonthWords.HasWord(earlier))
        {
            return Make(i + 2, null, "earlier " + ep);
        }

        return null;
    }

    // A comma, semicolon, dash or bracket between a figure and a later cue ends the figure's clause.
    private static bool Breaks(string sentence, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, sentence.Length); i++)
        {
            if (sentence[i] is ',' or ';' or '—' or '–' or '(' || (sentence[i] == '-' && i + 1 < sentence.Length && sentence[i + 1] is '-' or ' '))
            {
                return true;
            }
        }

        return false;
    }

    // A figure stands outside a cue's clause when a comma, dash or bracket comes between them; a cue that opens the
    // sentence ("Statewide, 312 ...", "November 2009: Four killed") governs all of it.
    private static bool Apart(Cue cue, Model.TextSpan figure, string sentence, int offset) =>
        cue.Start >= figure.End ? Breaks(sentence, figure.End - offset, cue.Start - offset)
        : cue.End <= figure.Start && cue.Start > offset && Breaks(sentence, cue.End - offset, figure.Start - offset);

    // A plural noun by its shape ("shootings", "crashes"; not "class", "was").
    private static bool Plural(string? word) => word is { Length: > 3 } && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal);

    private static int? Year(ScopeToken token) =>
        token.Text.Length == 4 && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200 ? y : null;

    /// <summary>
    /// The extent of each figure: every cue goes to the figure nearest to it, since a sentence that gives an incident's
    /// count and a city's tally ("Three were killed Sunday, bringing the city's total this year to 45") puts each
    /// figure beside its own words. Only plain counts are tallies: a rate, a price or a share keeps its own unit.
    /// A cue after its figure must stand in the figure's clause: after a comma or a dash it belongs to an aside ("12
    /// homes burned on Elm Road, the 300th fire across the state"); a cue before it may open the sentence ("Statewide, 312").
    /// </summary>
    /// <param name="cues">The sentence's cues.</param>
    /// <param name="figures">The figures' spans, in text order, and whether each is a plain count.</param>
    /// <param name="sentence">The sentence, to see the punctuation between a figure and a cue.</param>
    /// <param name="offset">Where the sentence starts in the article.</param>
    /// <returns>"area/period" per figure, or null.</returns>
    public static string?[] Assign(List<Cue> cues, IReadOnlyList<(Model.TextSpan Span, bool Count)> figures, string sentence, int offset)
    {
        var areas = new string?[figures.Count];
        var periods = new string?[figures.Count];
        foreach (var cue in cues)
        {
            if (cue.Clause)
            {
                for (var f = 0; f < figures.Count; f++)
                {
                    if (figures[f].Count && !Apart(cue, figures[f].Span, sentence, offset))
                    {
                        areas[f] ??= cue.Area;
                        periods[f] ??= cue.Period;
                    }
                }

                continue;
            }

            var best = -1;
            var bestDistance = int.MaxValue;
            for (var f = 0; f < figures.Count; f++)
            {
                var span = figures[f].Span;
                // A figure in the cue's clause comes before any figure beyond a comma: in "17 were wounded across the city
                // since Friday, including eight shot at midnight" the cue is the 17's, though the eight stand nearer.
                var distance = cue.End <= span.Start ? span.Start - cue.End : cue.Start >= span.End ? cue.Start - span.End : 0;
                distance += Apart(cue, span, sentence, offset) ? sentence.Length + 1 : 0;
                if (distance < bestDistance)
                {
                    best = f;
                    bestDistance = distance;
                }
            }

            if (best >= 0 && figures[best].Count && !(cue.Start >= figures[best].Span.End && Breaks(sentence, figures[best].Span.End - offset, cue.Start - offset)))
            {
                areas[best] ??= cue.Area;
                periods[best] ??= cue.Period;
            }
        }

        var result = new string?[figures.Count];
        for (var f = 0; f < figures.Count; f++)
        {
            if (areas[f] is not null || periods[f] is not null)
            {
                result[f] = string.Concat(areas[f], "/", periods[f]);
            }
        }

        return result;
    }
}
