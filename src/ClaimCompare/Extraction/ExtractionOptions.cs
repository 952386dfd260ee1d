namespace ClaimCompare.Extraction;

/// <summary>How claims are extracted. Every default is documented on its property.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The word-to-range conventions. Default: <see cref="QuantityConventions.Default"/>.</summary>
    public QuantityConventions Conventions { get; init; } = QuantityConventions.Default;

    /// <summary>Also report figures that stand only in the headline. Default: false (the body carries the claim).</summary>
    public bool IncludeHeadlines { get; init; }

    /// <summary>
    /// Report a bare "several", "a few" or "a handful" even when no counted noun follows it. Default: false
    /// ("several" with a noun, as in "several radical groups", is always reported).
    /// </summary>
    public bool IncludeVagueWithoutMagnitude { get; init; }

    /// <summary>
    /// Report the "one" of "one of the biggest defeats" as a figure. Default: false (a ranking, not a count;
    /// NewsQuant's annotators count it, so its evaluation turns this on).
    /// </summary>
    public bool ReportOneOfSuperlatives { get; init; }

    /// <summary>
    /// Report durations that only frame another figure in the same sentence ("killed 40 people in three
    /// days", "in the past 48 hours", "the 8-day-old offensive"). Default: false (the window belongs to the
    /// other claim's period). Durations stated for their own sake ("a 10-hour pause", "the tenth day") are
    /// always reported.
    /// </summary>
    public bool ReportFramingDurations { get; init; }

    /// <summary>The defaults.</summary>
    public static ExtractionOptions Default { get; } = new();
}
