using System.Collections.Frozen;
using System.Globalization;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction;

/// <summary>Words the scope annotator reads: day and month names, number words, speech verbs, place cues.</summary>
internal static class ScopeWords
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> DeterminerIndefiniteWords = Lexicon.Default.Words("determiner.indefinite");
    private static readonly FrozenSet<string> ScopeVagueDeterminerWords = Lexicon.Default.Words("scope.vague-determiner");

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = CalendarWords.Weekdays;

    public static readonly FrozenDictionary<string, int> Months = CalendarWords.Months;

    /// <summary>
    /// The count a single word gives a time window ("two", "thirty-six", "a", "several"), from the recogniser's own
    /// number words so that the two never disagree; null for any other word.
    /// </summary>
    public static int? NumberWord(string lower)
    {
        if (DeterminerIndefiniteWords.HasWord(lower))
        {
            return 1;
        }

        if (ScopeVagueDeterminerWords.HasWord(lower))
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
    public static readonly FrozenDictionary<string, double> UnitDays = Lexicon.Default.Values("time-unit.days")
        .ToFrozenDictionary(e => e.Key, e => double.Parse(e.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>Verbs after which a date says when something was said, not what the figure covers.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Lexicon.Default.Words("speech-dated");

    /// <summary>Prepositions that introduce a place name.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Lexicon.Default.Words("place-preposition.scope");

    /// <summary>Capitalised words that are never place names (sentence-initial function words, pronouns).</summary>
    public static readonly FrozenSet<string> NotPlaces = Lexicon.Default.Words("not-place");

    /// <summary>Words that mark a capitalised phrase as an organisation, not a place.</summary>
    public static readonly FrozenSet<string> OrganisationWords = Lexicon.Default.Words("organisation-word.place");
}
