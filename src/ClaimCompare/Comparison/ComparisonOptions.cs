namespace ClaimCompare.Comparison;

/// <summary>How a group's consensus figure is chosen (see docs/comparison.md).</summary>
public enum ConsensusPolicy
{
    /// <summary>Best is the median of the figures; low and high are their lower and upper quartiles.</summary>
    Median,

    /// <summary>Low and high are the smallest and largest readings (typical ranges); best is the median.</summary>
    MinMax,

    /// <summary>ACLED's rule: the most conservative credible figure (the lowest reading) for low, best and high.</summary>
    Conservative,

    /// <summary>The range every claim allows (their typical ranges intersected); falls back to <see cref="Median"/> when they do not meet.</summary>
    Intersection,
}

/// <summary>How claims are grouped and compared. Every default is documented on its property.</summary>
public sealed record ComparisonOptions
{
    /// <summary>
    /// Days two windows may differ at either end and still count as the same window (reports a day apart
    /// describe the same toll). Default: 1.
    /// </summary>
    public int DayTolerance { get; init; } = 1;

    /// <summary>
    /// Days two "as of" figures without a start date (stocks: besieged population, force size) may be apart
    /// and still be grouped. Default: 3.
    /// </summary>
    public int StockDayTolerance { get; init; } = 3;

    /// <summary>
    /// Longest time, in days, that one series of reports (a growing toll) may span from its first report; a
    /// later report starts a new group. Default: 60 (one campaign; tolls of campaigns months apart stay apart).
    /// </summary>
    public int MaxSeriesDays { get; init; } = 60;

    /// <summary>How the consensus of a group is computed. Default: <see cref="ConsensusPolicy.Median"/>.</summary>
    public ConsensusPolicy Consensus { get; init; } = ConsensusPolicy.Median;

    /// <summary>
    /// Share of words two sentences from different articles must have in common to count as one reprinted
    /// wire sentence (syndication), 0 to 1. Default: 0.8.
    /// </summary>
    public double SyndicationSimilarity { get; init; } = 0.8;

    /// <summary>Claims below this extraction confidence are left out of grouping. Default: 0 (keep all).</summary>
    public double MinConfidence { get; init; }

    /// <summary>
    /// Largest number of claims compared pairwise in one group; larger groups are compared by their distinct
    /// positions only, so a flood of identical reports cannot make the cost quadratic. Default: 400.
    /// </summary>
    public int MaxPairwiseGroupSize { get; init; } = 400;

    /// <summary>
    /// How far above its usual ceiling a vague plural ("dozens", "hundreds", "thousands of") may be stretched by a
    /// loose writer before a larger figure contradicts it, as a multiple of that ceiling. Default: 2 ("thousands
    /// of civilians" is not contradicted by "over 18,000 civilians", which is loose but true; it is by 25,000,
    /// which a writer would call "tens of thousands"). Figures below the plural's floor always contradict it.
    /// Set 1 to read vague plurals strictly.
    /// </summary>
    public double VaguePluralReach { get; init; } = 2;

    /// <summary>The defaults.</summary>
    public static ComparisonOptions Default { get; } = new();
}
