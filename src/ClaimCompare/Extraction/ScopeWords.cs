using System.Collections.Frozen;

namespace ClaimCompare.Extraction;

/// <summary>Words the scope annotator reads: day and month names, number words, speech verbs, place cues.</summary>
internal static class ScopeWords
{
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["twenty-four"] = 24, ["thirty"] = 30, ["forty-eight"] = 48, ["seventy-two"] = 72, ["several"] = 3, ["few"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

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
