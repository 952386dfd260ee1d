using ClaimCompare.Model;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>Which vague word gave a magnitude.</summary>
internal enum VagueKind
{
    /// <summary>A plural scale: "dozens", "hundreds", "tens of thousands".</summary>
    Plural,

    /// <summary>"several", optionally times a scale ("several dozen").</summary>
    Several,

    /// <summary>"a few", optionally times a scale ("a few hundred").</summary>
    Few,

    /// <summary>"a handful".</summary>
    Handful,
}

/// <summary>Turns parsed figures and qualifier senses into <see cref="Quantity"/> intervals under the conventions.</summary>
internal static class QuantityReading
{
    /// <summary>A single figure with an optional qualifier.</summary>
    public static Quantity Single(QuantityConventions c, double n, QualifierSense? sense, string? qualifier, string? unit, double? granularity)
    {
        switch (sense)
        {
            case QualifierSense.AboveExclusive:
                return new Quantity(n, BoundKind.Lower, qualifier, n, null, n, Up(n, c.MoreThanSpread), unit, granularity) { LowInclusive = false };
            case QualifierSense.AboveInclusive:
                return new Quantity(n, BoundKind.Lower, qualifier, n, null, n, Up(n, c.MoreThanSpread), unit, granularity);
            case QualifierSense.JustAbove:
                return new Quantity(n, BoundKind.Lower, qualifier, n, null, n, Up(n, c.JustSpread), unit, granularity) { LowInclusive = false };
            case QualifierSense.BelowInclusive:
                return new Quantity(n, BoundKind.Upper, qualifier, null, n, Down(n, c.UpToSpread), n, unit, granularity);
            case QualifierSense.BelowExclusive:
                return new Quantity(n, BoundKind.Upper, qualifier, null, n, Down(n, c.UpToSpread), n, unit, granularity) { HighInclusive = false };
            case QualifierSense.JustBelow:
                var spread = qualifier is not null && qualifier.StartsWith("just", StringComparison.Ordinal) ? c.JustSpread : c.NearlySpread;
                return new Quantity(n, BoundKind.Upper, qualifier, null, n, Down(n, spread), n, unit, granularity) { HighInclusive = false };
            case QualifierSense.Approximate:
                return new Quantity(n, BoundKind.Approx, qualifier, null, null, Down(n, c.ApproximateSpread), Up(n, c.ApproximateSpread), unit, granularity);
            default:
                var (tl, th) = c.WidenRoundedExactFigures && granularity is { } g && double.IsFinite(n) && double.IsFinite(g) ? (n - (g / 2), n + (g / 2)) : (n, n);
                return new Quantity(n, BoundKind.Exact, qualifier, n, n, tl, th, unit, granularity);
        }
    }

    /// <summary>An explicit range "A to B" (ends put in order).</summary>
    public static Quantity Range(QuantityConventions c, double a, double b, string? qualifier, string? unit, double? granularity, QualifierSense? outer)
    {
        var lo = Math.Min(a, b);
        var hi = Math.Max(a, b);
        if (outer == QualifierSense.Approximate)
        {
            return new Quantity(lo, BoundKind.Range, qualifier, null, null, Down(lo, c.ApproximateSpread), Up(hi, c.ApproximateSpread), unit, granularity) { RangeEnd = hi };
        }

        return new Quantity(lo, BoundKind.Range, qualifier, lo, hi, lo, hi, unit, granularity)
        {
            RangeEnd = hi,
            HighInclusive = c.ClosedRanges,
        };
    }

    /// <summary>A vague magnitude: "dozens" (base 12), "several hundred" (base 100), "a few".</summary>
    public static Quantity Vague(QuantityConventions c, VagueKind kind, double scale, string qualifier, string? unit)
    {
        switch (kind)
        {
            case VagueKind.Plural:
                var value = scale * c.VagueValueMultiple;
                var next = NextOrder(scale);
                return new Quantity(value, BoundKind.Vague, qualifier, scale, next, Math.Min(scale * c.VagueTypicalLowMultiple, next), next - Step(next), unit, scale)
                {
                    HighInclusive = false,
                };
            default:
                var (lo, hi) = kind switch
                {
                    VagueKind.Several => (c.SeveralLow, c.SeveralHigh),
                    VagueKind.Few => (c.FewLow, c.FewHigh),
                    _ => (c.HandfulLow, c.HandfulHigh),
                };
                return new Quantity(lo * scale, BoundKind.Vague, qualifier, lo * scale, hi * scale, lo * scale, hi * scale, unit, scale > 1 ? scale : null);
        }
    }

    /// <summary>The order of magnitude a vague plural stays under ("dozens" under 100, "hundreds" under 1,000).</summary>
    private static double NextOrder(double scale) => scale switch
    {
        12 => 100,
        _ => scale * 10,
    };

    private static double Step(double next) => next >= 100 ? 1 : 0.01 * next;

    // A figure beyond double range reads as infinite; its typical range stays infinite rather than
    // Inf - Inf = NaN, which would poison every comparison it entered.
    private static double Up(double n, double share) => double.IsFinite(n) ? n + (Math.Abs(n) * share) : n;

    private static double Down(double n, double share) => double.IsFinite(n) ? n - (Math.Abs(n) * share) : n;
}
