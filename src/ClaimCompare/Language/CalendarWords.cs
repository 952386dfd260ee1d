using System.Collections.Frozen;
using System.Globalization;

namespace ClaimCompare.Language;

/// <summary>Names of the calendar as news English writes them (Language/Data/calendar.tsv); reading page datelines and claim dates share them.</summary>
internal static class CalendarWords
{
    /// <summary>Month names and their usual abbreviations, lower case, to the month number.</summary>
    public static readonly FrozenDictionary<string, int> Months = Lexicon.Default.Values("month")
        .ToFrozenDictionary(m => m.Key, m => int.Parse(m.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>Day names, lower case, to the day.</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = Lexicon.Default.Values("weekday")
        .ToFrozenDictionary(d => d.Key, d => Enum.Parse<DayOfWeek>(d.Value), StringComparer.Ordinal);

    /// <summary>
    /// Full month names without "may", which is far more often the modal verb; for rules that cannot tell the two apart
    /// by capitalisation.
    /// </summary>
    public static readonly FrozenSet<string> UnambiguousMonthNames = Lexicon.Default.Words("month")
        .Except(Lexicon.Default.Words("abbreviation")).Where(m => m != "may").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
