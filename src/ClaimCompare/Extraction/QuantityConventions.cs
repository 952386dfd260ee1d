namespace ClaimCompare.Extraction;

/// <summary>
/// How qualifier words map to numbers (strict bounds and the typical range a careful reader takes
/// them to mean). Every default is documented on its property; change them to match your house rules.
/// See docs/extraction.md for the reasoning behind each default.
/// </summary>
public sealed record QuantityConventions
{
    /// <summary>
    /// Typical spread of "about", "around", "some", "roughly", "an estimated": the typical range is
    /// the figure plus or minus this share. Default: 0.10 ("about 275,000" reads as 247,500 to 302,500).
    /// Strict bounds of an approximate figure are open (null).
    /// </summary>
    public double ApproximateSpread { get; init; } = 0.10;

    /// <summary>
    /// How far above the figure "more than", "over", "at least" typically reach: the typical range is
    /// the figure up to the figure times (1 + this). Default: 0.25 ("more than 80" reads as 80 to 100).
    /// </summary>
    public double MoreThanSpread { get; init; } = 0.25;

    /// <summary>
    /// How far below the figure "up to", "as many as", "less than", "fewer than", "under" typically
    /// reach. Default: 0.25 ("up to 400" reads as 300 to 400).
    /// </summary>
    public double UpToSpread { get; init; } = 0.25;

    /// <summary>
    /// How far below the figure "nearly", "almost", "close to" typically reach (they mean at most the
    /// figure, close to it). Default: 0.10 ("nearly 2,000" reads as 1,800 to 2,000).
    /// </summary>
    public double NearlySpread { get; init; } = 0.10;

    /// <summary>Spread of "just over" and "just under". Default: 0.05 ("just over 100" reads as 100 to 105).</summary>
    public double JustSpread { get; init; } = 0.05;

    /// <summary>
    /// The value given to a vague plural magnitude, as a multiple of its base. Default: 1, ACLED's
    /// conservative reading ("dozens" = 12, "hundreds" = 100, "tens of thousands" = 10,000). Set 2 for the
    /// plain-English reading ("dozens" = 24, since one dozen would not be "dozens").
    /// </summary>
    public double VagueValueMultiple { get; init; } = 1;

    /// <summary>
    /// Low end of the typical range of a vague plural, as a multiple of its base. Default: 2 ("dozens"
    /// typically means at least 24, "hundreds" at least 200). The high end is just under the next order
    /// of magnitude ("dozens" below 100, "scores" below 200, "hundreds" below 1,000).
    /// </summary>
    public double VagueTypicalLowMultiple { get; init; } = 2;

    /// <summary>Smallest reading of "several". Default: 3.</summary>
    public double SeveralLow { get; init; } = 3;

    /// <summary>Largest reading of "several". Default: 9.</summary>
    public double SeveralHigh { get; init; } = 9;

    /// <summary>Smallest reading of "a few". Default: 2.</summary>
    public double FewLow { get; init; } = 2;

    /// <summary>Largest reading of "a few". Default: 5.</summary>
    public double FewHigh { get; init; } = 5;

    /// <summary>Smallest reading of "a handful". Default: 2.</summary>
    public double HandfulLow { get; init; } = 2;

    /// <summary>Largest reading of "a handful". Default: 6.</summary>
    public double HandfulHigh { get; init; } = 6;

    /// <summary>
    /// Ranges ("between 6,000 and 10,000", "6,000-10,000") include both ends. Default: true, the
    /// reading of news prose (Recognizers-Text reads "between" as half-open; see docs/extraction.md).
    /// </summary>
    public bool ClosedRanges { get; init; } = true;

    /// <summary>
    /// Whole numbers at or above this value with trailing zeros are taken as rounded ("18,000" is
    /// rounded to 1,000); smaller ones are exact counts ("80 cars"). Default: 100.
    /// </summary>
    public double RoundingFloor { get; init; } = 100;

    /// <summary>
    /// Widen the typical range of an exact but rounded figure by half its granularity ("18,000" typically
    /// 17,500 to 18,500). Default: false (the typical range of an exact figure is the figure itself; the
    /// granularity is still reported for comparison rules to use).
    /// </summary>
    public bool WidenRoundedExactFigures { get; init; }

    /// <summary>The defaults.</summary>
    public static QuantityConventions Default { get; } = new();
}
