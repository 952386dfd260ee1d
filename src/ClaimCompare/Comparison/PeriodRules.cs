namespace ClaimCompare.Comparison;

/// <summary>Whether two claims' time scopes can describe the same quantity, and which is the later report.</summary>
internal static class PeriodRules
{
    /// <summary>
    /// True when the two periods can belong to one quantity (one toll, possibly growing): windows that start
    /// within the tolerance, stocks reported within the stock tolerance, and never a running total against a
    /// single-day count, nor a total "as of" the day another count only began.
    /// </summary>
    public static bool SameSeries(ClaimFacts a, ClaimFacts b, ComparisonOptions options)
    {
        if (a.Anchor is null || b.Anchor is null)
        {
            return true;
        }

        var tolerance = options.DayTolerance;
        if (a.Start is { } sa && b.Start is { } sb)
        {
            if (Math.Abs(sa.DayNumber - sb.DayNumber) > tolerance)
            {
                return false;
            }

            // A count for one day is only the same quantity as a count for that same day.
            if (a.SingleDayWindow || b.SingleDayWindow)
            {
                return sa == sb && a.End == b.End;
            }

            return a.Cumulative == b.Cumulative || Math.Abs(Days(a.End) - Days(b.End)) <= tolerance;
        }

        if (a.Start is not null || b.Start is not null)
        {
            var (window, stock) = a.Start is not null ? (a, b) : (b, a);
            var stockEnd = Days(stock.End);
            if (window.SingleDayWindow)
            {
                // A running total is never the same quantity as a one-day count.
                return !stock.Cumulative && Math.Abs(stockEnd - Days(window.End)) <= tolerance;
            }

            // A running total as of the day another count began covers the time before it: a different quantity.
            // One that runs at least the tolerance into the window ("since the attack", as of the window's second
            // day) may be the same toll, since "in three days" counted back from publication can be a day late.
            // A figure with no time words is only known to be reported by its publication day.
            var windowStart = window.Start!.Value.DayNumber;
            var afterStart = stock.Cumulative ? stockEnd >= windowStart + tolerance : stockEnd >= windowStart;
            return afterStart && stockEnd <= Days(window.End) + options.StockDayTolerance;
        }

        return Math.Abs(Days(a.End) - Days(b.End)) <= options.StockDayTolerance;
    }

    /// <summary>Days between the two "as of" days (positive when <paramref name="b"/> is later); 0 when unknown.</summary>
    public static int Later(ClaimFacts a, ClaimFacts b) =>
        a.End is { } ea && b.End is { } eb ? eb.DayNumber - ea.DayNumber : 0;

    private static int Days(DateOnly? day) => day?.DayNumber ?? 0;
}
