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
    /// Report durations that only frame another figure of their clause ("killed 40 people in three
    /// days", "in the past 48 hours", "the 8-day-old offensive") and offsets that date an event ("two days
    /// before the storm"). Default: false (the window belongs to the other claim's period). Durations stated
    /// for their own sake are always reported: "a 10-hour pause", "the tenth day", a window with no other
    /// figure in its clause ("sold out in fewer than 20 minutes", "six minutes later"), a measured time
    /// ("in 7.2 seconds", "0-60 mph in 6 seconds").
    /// </summary>
    public bool ReportFramingDurations { get; init; }

    /// <summary>
    /// Most claims read from one sentence; figures after this many are left out. Default: 100. A "sentence"
    /// with more figures is a table or garbled text run together (no full stops), not prose; the cap keeps
    /// every later stage bounded on hostile input.
    /// </summary>
    public int MaxClaimsPerSentence { get; init; } = 100;

    /// <summary>The defaults.</summary>
    public static ExtractionOptions Default { get; } = new();
}
