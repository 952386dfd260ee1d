using ClaimCompare.Model;

namespace ClaimCompare.Comparison;

/// <summary>How two figures for the same quantity relate.</summary>
internal enum FigureVerdict
{
    /// <summary>The same figure, or each lies inside the other's reading.</summary>
    Agree,

    /// <summary>Different digits that the rounding of one explains ("17,971" and "18,000").</summary>
    WithinRounding,

    /// <summary>The readings share some values but neither figure is inside the other's reading.</summary>
    Overlapping,

    /// <summary>The readings share no value.</summary>
    Contradicting,

    /// <summary>The claims do not measure the same thing.</summary>
    NotComparable,
}

/// <summary>A figure as the comparer reads it: typical and strict intervals and a central value.</summary>
/// <param name="Low">Low end of the typical reading, widened by half the rounding granularity.</param>
/// <param name="High">High end of the typical reading, widened likewise.</param>
/// <param name="StrictLow">Lowest value the words allow (negative infinity when open).</param>
/// <param name="StrictHigh">Highest value the words allow (positive infinity when open).</param>
/// <param name="Centre">The single value the words point at.</param>
internal readonly record struct Reading(double Low, double High, double StrictLow, double StrictHigh, double Centre)
{
    /// <summary>Reads a quantity.</summary>
    public static Reading Of(Quantity q)
    {
        var half = (q.Granularity ?? 0) / 2;
        var low = Math.Min(q.TypicalLow, q.TypicalHigh);
        var high = Math.Max(q.TypicalLow, q.TypicalHigh);
        if (q.Bound is BoundKind.Exact or BoundKind.Approx)
        {
            low = Math.Min(low, q.Value - half);
            high = Math.Max(high, q.Value + half);
        }

        var strictLow = q.Low ?? double.NegativeInfinity;
        var strictHigh = q.High ?? double.PositiveInfinity;
        if (q.Bound == BoundKind.Exact)
        {
            strictLow = Math.Min(strictLow, q.Value - half);
            strictHigh = Math.Max(strictHigh, q.Value + half);
        }

        var centre = q.Bound switch
        {
            BoundKind.Exact or BoundKind.Approx => q.Value,
            BoundKind.Lower => low,
            BoundKind.Upper => high,
            _ => (low + high) / 2,
        };
        return new Reading(low, high, strictLow, strictHigh, centre);
    }

    /// <summary>True when <paramref name="value"/> lies in the typical reading.</summary>
    public bool Covers(double value) => value >= Low && value <= High;
}

/// <summary>Compares two figures. Pure functions.</summary>
internal static class Figures
{
    /// <summary>The verdict for two figures of one quantity.</summary>
    public static FigureVerdict Compare(Quantity a, Quantity b, double vaguePluralReach = 1) =>
        Compare(a, Reading.Of(a), b, Reading.Of(b), vaguePluralReach);

    /// <summary>The verdict for two figures already read.</summary>
    /// <param name="a">The first figure.</param>
    /// <param name="ra">Its reading.</param>
    /// <param name="b">The second figure.</param>
    /// <param name="rb">Its reading.</param>
    /// <param name="vaguePluralReach">See <see cref="ComparisonOptions.VaguePluralReach"/>.</param>
    public static FigureVerdict Compare(Quantity a, Reading ra, Quantity b, Reading rb, double vaguePluralReach = 1)
    {
        if (a.Value.Equals(b.Value) && a.Bound == b.Bound && Nullable.Equals(a.RangeEnd, b.RangeEnd))
        {
            return FigureVerdict.Agree;
        }

        if (ra.High < rb.Low || rb.High < ra.Low)
        {
            return LooselyAbove(a, ra, rb, vaguePluralReach) || LooselyAbove(b, rb, ra, vaguePluralReach)
                ? FigureVerdict.Overlapping
                : FigureVerdict.Contradicting;
        }

        // One figure inside the other's reading: "about 8,500" covers 8,461, "dozens" covers 41.
        if (ra.Covers(rb.Centre) || rb.Covers(ra.Centre))
        {
            // Two exact figures only meet through rounding.
            return a.Bound == BoundKind.Exact && b.Bound == BoundKind.Exact ? FigureVerdict.WithinRounding : FigureVerdict.Agree;
        }

        return FigureVerdict.Overlapping;
    }

    // "thousands" against "over 18,000": the other figure lies above the plural's usual ceiling but within the
    // stretch a loose writer gives it. A vague plural is one whose strict top is an open order of magnitude.
    private static bool LooselyAbove(Quantity vague, Reading rv, Reading other, double reach) =>
        reach > 1 && vague.Bound == BoundKind.Vague && !vague.HighInclusive
        && other.Low > rv.High && other.Low <= rv.High * reach;

    /// <summary>
    /// How bad a contradiction between two claims is: <see cref="Severity(Reading, Reading)"/>, weighed down by
    /// 0.6 when either figure is a vague word ("several", "dozens"), which gives an impression rather than a count.
    /// </summary>
    public static double Severity(ClaimFacts a, ClaimFacts b)
    {
        var severity = Severity(a.Reading, b.Reading);
        return a.Claim.Quantity.Bound == BoundKind.Vague || b.Claim.Quantity.Bound == BoundKind.Vague
            ? Math.Round(severity * 0.6, 2)
            : severity;
    }

    /// <summary>
    /// How bad a contradiction is, 0.4 to 1: strict readings that cannot meet weigh more than typical readings
    /// that merely miss, and a wide gap more than a narrow one.
    /// </summary>
    public static double Severity(Reading a, Reading b)
    {
        var (lower, upper) = a.High < b.Low ? (a, b) : (b, a);
        var gap = upper.Low - lower.High;
        var relative = gap / Math.Max(1, Math.Abs(upper.Low));
        var strictDisjoint = lower.StrictHigh < upper.StrictLow;
        var severity = (strictDisjoint ? 0.7 : 0.4) + (0.3 * Math.Min(1, relative * 2));
        return Math.Round(Math.Clamp(severity, 0, 1), 2);
    }
}
