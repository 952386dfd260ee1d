using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction;

/// <summary>Words the scope annotator reads: day and month names, number words, speech verbs, place cues.</summary>
internal static class ScopeWords
{
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Months = CalendarWords.Months;

    /// <summary>
    /// The count a single word gives a time window ("two", "thirty-six", "a", "several"), from the recogniser's own
    /// number words so that the two never disagree; null for any other word.
    /// </summary>
    public static int? NumberWord(string lower)
    {
        if (lower is "a" or "an")
        {
            return 1;
        }

        if (lower is "several" or "few")
        {
            return 3;
        }

        if (Scanning.NumberLexicon.Units.TryGetValue(lower, out var unit) || Scanning.NumberLexicon.Tens.TryGetValue(lower, out unit))
        {
            return unit;
        }

        // "thirty-six", "twenty-one": a tens word and a unit word joined by a hyphen.
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Scanning.NumberLexicon.Tens.TryGetValue(lower[..dash], out var tens)
            && Scanning.NumberLexicon.Units.TryGetValue(lower[(dash + 1)..], out var ones) && ones is > 0 and < 10 ? tens + ones : null;
    }

    /// <summary>Days per time unit word (hours count as a fraction, rounded up to whole days by the caller).</summary>
    public static readonly FrozenDictionary<string, double> UnitDays = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["hour"] = 1.0 / 24, ["hours"] = 1.0 / 24, ["day"] = 1, ["days"] = 1, ["week"] = 7, ["weeks"] = 7,
        ["month"] = 30, ["months"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Verbs after which a date says when something was said, not what the figure covers.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "announced", "reported", "stated", "added", "claimed", "declared", "tweeted", "wrote", "briefing", "statement"],
        StringComparer.Ordinal);

    /// <summary>Prepositions that introduce a place name.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "into", "on", "at", "near", "across", "outside", "around", "targeted", "targeting", "hit", "hitting", "of"],
        StringComparer.Ordinal);

    /// <summary>Capitalised words that are never place names (sentence-initial function words, pronouns).</summary>
    public static readonly FrozenSet<string> NotPlaces = FrozenSet.ToFrozenSet(
        ["it", "the", "he", "she", "they", "we", "this", "that", "but", "and", "in", "on", "a", "an", "there", "his", "her", "their", "its"],
        StringComparer.Ordinal);

    /// <summary>Words that mark a capitalised phrase as an organisation, not a place.</summary>
    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
        ["council", "ministry", "observatory", "agency", "forces", "force", "army", "staff", "committee", "office", "organization",
         "organisation", "news", "tv", "nations", "union", "center", "centre", "command", "government", "department", "coalition",
         "defense", "defence", "human", "rights", "general", "president", "minister", "directorate", "federation", "ministry"],
        StringComparer.Ordinal);
}
