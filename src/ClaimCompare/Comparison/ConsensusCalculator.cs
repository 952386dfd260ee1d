using ClaimCompare.Model;
using MathNet.Numerics.Statistics;

namespace ClaimCompare.Comparison;

/// <summary>Computes a group's consensus under the configured policy (MathNet.Numerics statistics).</summary>
internal static class ConsensusCalculator
{
    /// <summary>
    /// The consensus of the latest reports: a growing toll's old figures are history, not evidence about today's
    /// figure, so only claims as of the latest day (within the tolerance) count. Only figures that read as numbers
    /// count: a vague word ("several", "thousands") is a range of convention, and a median of "several" and "at least
    /// 22" would be a figure nobody reported. A group of vague words alone has no consensus.
    /// </summary>
    public static Consensus? Compute(IReadOnlyList<ClaimFacts> evidence, ComparisonOptions options)
    {
        evidence = [.. evidence.Where(e => e.Claim.Quantity.Bound != BoundKind.Vague)];
        if (evidence.Count == 0)
        {
            return null;
        }

        var latestDay = evidence.Max(e => e.End?.DayNumber ?? int.MinValue);
        var current = evidence.Where(e => e.End is null || latestDay == int.MinValue || latestDay - e.End.Value.DayNumber <= options.DayTolerance).ToList();
        if (current.Count == 0)
        {
            current = [.. evidence];
        }

        var centres = current.Select(e => e.Reading.Centre).Where(double.IsFinite).ToArray();
        var lows = current.Select(e => e.Reading.Low).Where(double.IsFinite).ToArray();
        var highs = current.Select(e => e.Reading.High).Where(double.IsFinite).ToArray();
        if (centres.Length == 0 || lows.Length == 0 || highs.Length == 0)
        {
            return null;
        }

        var median = Statistics.Median(centres);
        var min = lows.Min();
        var max = highs.Max();

        // ACLED counts the lowest credible figure: the strict floor where the words give one, else the typical low.
        var conservative = current.Select(e => double.IsFinite(e.Reading.StrictLow) ? Math.Max(e.Reading.StrictLow, 0) : e.Reading.Low).Min();
        var (low, high, best) = options.Consensus switch
        {
            ConsensusPolicy.MinMax => (min, max, median),
            ConsensusPolicy.Conservative => (conservative, conservative, conservative),
            ConsensusPolicy.Intersection when lows.Max() <= highs.Min() => (lows.Max(), highs.Min(), Math.Clamp(median, lows.Max(), highs.Min())),
            _ => (Statistics.LowerQuartile(centres), Statistics.UpperQuartile(centres), median),
        };
        var policy = options.Consensus == ConsensusPolicy.Intersection && lows.Max() > highs.Min() ? ConsensusPolicy.Median : options.Consensus;
        return new Consensus(Round(low), Round(high), Round(best))
        {
            Min = Round(min),
            Max = Round(max),
            Conservative = Round(conservative),
            Policy = policy.ToString().ToLowerInvariant(),
        };
    }

    private static double Round(double value) => Math.Round(value, 2);
}
