using System.Globalization;

namespace ClaimCompare.Text;

/// <summary>Reads the dates of the input and report formats, so that reading articles and reading a saved report agree.</summary>
internal static class IsoDate
{
    /// <summary>Reads an ISO date or date-time; anything else gives null (the date is optional).</summary>
    public static DateOnly? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp)
            ? DateOnly.FromDateTime(stamp.DateTime)
            : null;
    }
}
