namespace ClaimCompare.Model;

/// <summary>How the words around a figure bound the real value (docs/report-format.md, <c>quantity.bound</c>).</summary>
public enum BoundKind
{
    /// <summary>The figure as stated: "127".</summary>
    Exact,

    /// <summary>About the figure: "about", "some", "around", "roughly", "an estimated".</summary>
    Approx,

    /// <summary>At least the figure: "more than", "over", "at least", "just over".</summary>
    Lower,

    /// <summary>At most the figure: "nearly", "almost", "up to", "fewer than".</summary>
    Upper,

    /// <summary>An explicit range: "between 6,000 and 10,000", "6,000-10,000".</summary>
    Range,

    /// <summary>A vague magnitude: "dozens of", "hundreds of", "several".</summary>
    Vague,
}

/// <summary>Whether a figure is a rise or a fall ("rose 0.45 per cent", "fell by 3,000").</summary>
public enum Trend
{
    /// <summary>A rise.</summary>
    Up,

    /// <summary>A fall.</summary>
    Down,
}

/// <summary>
/// A figure read as an interval. <see cref="Low"/>/<see cref="High"/> are the strict (logical) bounds the
/// words allow, null where open; <see cref="TypicalLow"/>/<see cref="TypicalHigh"/> the range a careful
/// reader takes the words to mean, under the conventions in <c>QuantityConventions</c>.
/// </summary>
/// <param name="Value">The figure as written ("over 18,000" is 18000; a range's value is its lower end).</param>
/// <param name="Bound">How the words bound the value.</param>
/// <param name="Qualifier">The qualifier words as written, lower-cased ("over", "as many as"), or null.</param>
/// <param name="Low">Strict lower bound, or null when open.</param>
/// <param name="High">Strict upper bound, or null when open.</param>
/// <param name="TypicalLow">Lower end of the typical reading.</param>
/// <param name="TypicalHigh">Upper end of the typical reading.</param>
/// <param name="Unit">Unit ("percent", "km2", "hour", "USD"), or null for a plain count.</param>
/// <param name="Granularity">Rounding granularity implied by the digits ("18,000" is rounded to 1,000), or null when exact.</param>
public sealed record Quantity(
    double Value,
    BoundKind Bound,
    string? Qualifier,
    double? Low,
    double? High,
    double TypicalLow,
    double TypicalHigh,
    string? Unit,
    double? Granularity)
{
    /// <summary>True when <see cref="Low"/> is itself a possible value ("at least 22"); false for "more than 22".</summary>
    public bool LowInclusive { get; init; } = true;

    /// <summary>True when <see cref="High"/> is itself a possible value ("up to 20"); false for "fewer than 20".</summary>
    public bool HighInclusive { get; init; } = true;

    /// <summary>Upper end of a range ("between 6,000 and 10,000" has 10000), or null.</summary>
    public double? RangeEnd { get; init; }

    /// <summary>
    /// The figure with its qualifier and unit, and the reading it was given: <c>over 18,000 (lower bound; typically
    /// 18,000 to 22,500)</c>, <c>127 (exact)</c>.
    /// </summary>
    public override string ToString()
    {
        var figure = Bound == BoundKind.Range && RangeEnd is { } end ? $"{Display.Number(Value)} to {Display.Number(end)}" : Display.Number(Value);
        var written = Display.Words(Qualifier, figure, Unit);
        var bound = Bound switch
        {
            BoundKind.Exact => "exact",
            BoundKind.Approx => "approximate",
            BoundKind.Lower => "lower bound",
            BoundKind.Upper => "upper bound",
            BoundKind.Range => "range",
            _ => "vague",
        };
        var typical = TypicalLow == TypicalHigh ? null : $"typically {Display.Number(TypicalLow)} to {Display.Number(TypicalHigh)}";
        return $"{written} ({Display.List(bound, typical)})";
    }

    /// <summary>Creates an exact quantity with no unit.</summary>
    public static Quantity Exactly(double value, string? unit = null) =>
        new(value, BoundKind.Exact, null, value, value, value, value, unit, null);
}
