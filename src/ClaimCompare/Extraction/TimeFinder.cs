using System.Collections.Frozen;
using System.Globalization;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>Finds the time expression of a sentence nearest to a claim and resolves it against the publication date.</summary>
internal static class TimeFinder
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> TimeDeicticDayWords = Lexicon.Default.Words("time.deictic-day");
    private static readonly FrozenSet<string> TimePastAdjectiveWords = Lexicon.Default.Words("time.past-adjective");
    private static readonly FrozenSet<string> TimeRecentUnitWords = Lexicon.Default.Words("time.recent-unit");
    private static readonly FrozenSet<string> TimeWindowOpenerWords = Lexicon.Default.Words("time.window-opener");
    private static readonly FrozenSet<string> DeterminerFirstUnitsWords = Lexicon.Default.Words("determiner.first-units");
    private static readonly FrozenSet<string> TimeSinceClauseEndWords = Lexicon.Default.Words("time.since-clause-end");
    private static readonly FrozenSet<string> TimeWindowPrepositionWords = Lexicon.Default.Words("time.window-preposition");

    /// <summary>A time expression found in a sentence, with where it stands.</summary>
    internal readonly record struct Candidate(TimeScope Scope, int Start, int End);

    /// <summary>Every time expression of a sentence, in text order (none without a publication date).</summary>
    /// <param name="tokens">The sentence's words.</param>
    /// <param name="published">The article's publication date.</param>
    /// <param name="eventStarts">Days the article dates its events' starts, by event class (<see cref="EventStarts"/>), or null.</param>
    public static List<Candidate> Candidates(List<ScopeToken> tokens, DateOnly? published, IReadOnlyDictionary<string, DateOnly>? eventStarts = null)
    {
        var candidates = new List<Candidate>();
        if (published is not { } pub)
        {
            return candidates;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var found = (eventStarts is { Count: > 0 } ? FromEventStart(tokens, i, eventStarts) : null) ?? Match(tokens, i, pub);
            if (found is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        return candidates;
    }

    /// <summary>The first day a sentence names that is not the day somebody spoke, or null.</summary>
    public static DateOnly? FirstDay(List<ScopeToken> tokens, DateOnly published)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Day(tokens, i, published) is { } day && !AfterSpeech(tokens, i))
            {
                return day.Day;
            }
        }

        return null;
    }

    /// <summary>True when the sentence counts from the start of an event ("the first two days of the offensive").</summary>
    public static bool CountsFromEventStart(List<ScopeToken> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Lower == "first" && FirstUnitsOf(tokens, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "the first two days of", "its first week of": the count of days and the index after "of", or null.
    private static (double Days, int After)? FirstUnitsOf(List<ScopeToken> t, int i)
    {
        if (t[i].Lower != "first" || i == 0 || !DeterminerFirstUnitsWords.HasWord(t[i - 1].Lower))
        {
            return null;
        }

        var j = i + 1;
        var count = 1.0;
        if (j < t.Count && Number(t[j]) is { } n)
        {
            count = n;
            j++;
        }

        if (j + 1 >= t.Count || !ScopeWords.UnitDays.TryGetValue(t[j].Lower, out var unitDays) || t[j + 1].Lower != "of")
        {
            return null;
        }

        return (count * unitDays, j + 2);
    }

    // "the first two days of the army's assault", "its first week": counted from the day the article says the event
    // began. Without a dated start the words say nothing placeable, and the claim keeps its other scope.
    private static Candidate? FromEventStart(List<ScopeToken> t, int i, IReadOnlyDictionary<string, DateOnly> starts)
    {
        if (FirstUnitsOf(t, i) is not { } first)
        {
            return null;
        }

        // The event noun within a few words: "of the rebel offensive", "of the Russian air campaign".
        for (var k = first.After; k < Math.Min(t.Count, first.After + 5); k++)
        {
            if (EventStarts.ClassOf(t[k].Lower) is { } cls)
            {
                if (!starts.TryGetValue(cls, out var start))
                {
                    return null;
                }

                var days = Math.Max(1, (int)Math.Ceiling(first.Days - 1e-9));
                var text = string.Join(' ', t.Skip(i - 1).Take(k - i + 2).Select(x => x.Text));
                return new Candidate(new TimeScope(start, start.AddDays(days - 1), text), t[i - 1].Start, t[k].End);
            }
        }

        return null;
    }

    /// <summary>The expression nearest to the claim that is not part of the claim's own words, or null.</summary>
    public static TimeScope? Nearest(List<Candidate> candidates, Model.TextSpan claim)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        // Candidates are in text order: look outward from the claim, so a sentence of many figures stays linear.
        var lo = 0;
        var hi = candidates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (candidates[mid].Start < claim.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        Candidate? best = null;
        var bestDistance = int.MaxValue;
        for (var i = lo - 1; i >= 0 && lo - i <= 4; i--)
        {
            Consider(candidates[i]);
        }

        for (var i = lo; i < candidates.Count && i - lo < 4; i++)
        {
            Consider(candidates[i]);
        }

        return best?.Scope;

        void Consider(Candidate c)
        {
            var distance = Distance(c, claim);
            if (!Overlaps(c, claim) && distance < bestDistance)
            {
                best = c;
                bestDistance = distance;
            }
        }
    }

    private static bool Overlaps(Candidate c, Model.TextSpan claim) => c.Start < claim.End && claim.Start < c.End;

    private static int Distance(Candidate c, Model.TextSpan claim) =>
        c.End <= claim.Start ? claim.Start - c.End : c.Start >= claim.End ? c.Start - claim.End : 0;

    private static Candidate? Match(List<ScopeToken> t, int i, DateOnly pub)
    {
        var w = t[i].Lower;
        string Text(int last) => string.Join(' ', t.Skip(i).Take(last - i + 1).Select(x => x.Text));
        Candidate Make(int last, TimeScope scope) => new(scope with { Text = Text(last) }, t[i].Start, t[last].End);

        if (w == "since" && i + 1 < t.Count)
        {
            if (Day(t, i + 1, pub) is { } since)
            {
                return Make(since.Last, new TimeScope(since.Day, pub, null, Cumulative: true));
            }

            // "since rebels launched the attack on Friday": the day a few words on starts the running total.
            for (var k = i + 2; k < Math.Min(t.Count, i + 14); k++)
            {
                if (TimeSinceClauseEndWords.HasWord(t[k].Lower) || ScopeWords.SpeechVerbs.Contains(t[k].Lower))
                {
                    break;
                }

                if (Day(t, k, pub) is { } later)
                {
                    return Make(later.Last, new TimeScope(later.Day, pub, null, Cumulative: true));
                }
            }

            // "since the start of the offensive", "since the attacks began": a running total from an unstated day.
            return Make(i, new TimeScope(null, pub, null, Cumulative: true));
        }

        if (TimeDeicticDayWords.HasWord(w))
        {
            var day = w == "yesterday" ? pub.AddDays(-1) : pub;
            return Make(i, new TimeScope(day, day, null));
        }

        // "in recent weeks", "in recent days": a running figure up to publication.
        if (w == "recent" && i + 1 < t.Count && TimeRecentUnitWords.HasWord(t[i + 1].Lower))
        {
            return Make(i + 1, new TimeScope(null, pub, null, Cumulative: true));
        }

        // "in the past 24 hours", "over the last three days", "past week", "in three days", "in a week".
        if (TimeWindowOpenerWords.HasWord(w))
        {
            var j = i + 1;
            if (TimeWindowPrepositionWords.HasWord(w) && j < t.Count && t[j].Lower is "the")
            {
                j++;
                if (j < t.Count && TimePastAdjectiveWords.HasWord(t[j].Lower))
                {
                    j++;
                }
                else
                {
                    return null;
                }
            }

            var count = 1.0;
            if (j < t.Count && Number(t[j]) is { } n)
            {
                count = n;
                j++;
            }
            else if (TimeWindowPrepositionWords.HasWord(w) && t[i + 1].Lower is not "the")
            {
                return null;
            }

            if (j < t.Count && ScopeWords.UnitDays.TryGetValue(t[j].Lower, out var unitDays))
            {
                var days = Math.Max(1, (int)Math.Ceiling((count * unitDays) - 1e-9));
                return Make(j, new TimeScope(pub.AddDays(1 - days), pub, null));
            }

            return null;
        }

        // A named day or date says when the figure happened, unless it says when somebody spoke.
        if (Day(t, i, pub) is { } single && !AfterSpeech(t, i) && (i == 0 || t[i - 1].Lower is not "since"))
        {
            return Make(single.Last, new TimeScope(single.Day, single.Day, null));
        }

        return null;
    }

    private static bool AfterSpeech(List<ScopeToken> t, int i)
    {
        for (var k = Math.Max(0, i - 3); k < i; k++)
        {
            if (ScopeWords.SpeechVerbs.Contains(t[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static double? Number(ScopeToken token)
    {
        if (token.IsNumber && double.TryParse(token.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return ScopeWords.NumberWord(token.Lower);
    }

    /// <summary>A weekday ("Friday", resolved to the latest one on or before publication) or a date ("October 28", "28 Oct 2016").</summary>
    private static (DateOnly Day, int Last)? Day(List<ScopeToken> t, int i, DateOnly pub)
    {
        var w = t[i].Lower;
        if (ScopeWords.Weekdays.TryGetValue(w, out var weekday) && t[i].Capitalised)
        {
            var back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
            return (pub.AddDays(-back), i);
        }

        if (ScopeWords.Months.TryGetValue(w, out var month) && t[i].Capitalised && i + 1 < t.Count && DayNumber(t[i + 1]) is { } d1)
        {
            var last = i + 1;
            var year = Year(t, i + 2, ref last);
            return Resolve(year, month, d1, pub) is { } date ? (date, last) : null;
        }

        if (DayNumber(t[i]) is { } d2 && i + 1 < t.Count && ScopeWords.Months.TryGetValue(t[i + 1].Lower, out var month2) && t[i + 1].Capitalised)
        {
            var last = i + 1;
            var year = Year(t, i + 2, ref last);
            return Resolve(year, month2, d2, pub) is { } date ? (date, last) : null;
        }

        return null;
    }

    private static readonly FrozenSet<string> OrdinalSuffixes = Lexicon.Default.Words("ordinal-suffix");

    private static int? DayNumber(ScopeToken token)
    {
        var text = token.Lower;
        foreach (var suffix in OrdinalSuffixes)
        {
            if (text.Length > 2 && text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^2];
                break;
            }
        }

        return text.Length is 1 or 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;
    }

    private static int? Year(List<ScopeToken> t, int at, ref int last)
    {
        if (at < t.Count && t[at].Text.Length == 4 && int.TryParse(t[at].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200)
        {
            last = at;
            return year;
        }

        return null;
    }

    private static DateOnly? Resolve(int? year, int month, int day, DateOnly pub)
    {
        var y = year ?? pub.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);

        // Without a year, a date after publication belongs to the year before.
        return year is null && date > pub && day <= DateTime.DaysInMonth(y - 1, month) ? new DateOnly(y - 1, month, day) : date;
    }
}
