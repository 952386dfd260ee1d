using ClaimCompare.Reporting;
using ClaimCompare.Extraction;
using ClaimCompare.Model;

namespace ClaimCompare.Evaluation;

/// <summary>
/// Scores claim extraction on the Aleppo 2016 gold (see ../shared/benchmarks/README.md): claim recall
/// (gold claims matched by span), value and bound accuracy on matched claims, and precision (predicted
/// claims in the gold's articles that match a gold claim). Set CLAIMCOMPARE_EVAL_VERBOSE=1 to list misses.
/// </summary>
public static class AleppoClaimsEvaluation
{
    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var gold = AleppoGold.Load(benchmarksRoot);
        var extractor = new ClaimExtractor();
        var goldArticles = gold.Claims.Select(c => c.Article).ToHashSet(StringComparer.Ordinal);
        var predicted = gold.Articles.Where(a => goldArticles.Contains(a.Id)).SelectMany(extractor.Extract).ToList();
        var matched = gold.Match(predicted);

        var valueRight = 0;
        var boundRight = 0;
        var notes = new List<string>();
        foreach (var g in gold.Claims)
        {
            if (!matched.TryGetValue(g.Id, out var claim))
            {
                notes.Add($"  - MISS {g.Article} \"{g.Surface}\" ({g.Value} {g.Bound})");
                continue;
            }

            var valueOk = Math.Abs(claim.Quantity.Value - g.Value) <= 1e-6 * Math.Max(1, Math.Abs(g.Value));
            var boundOk = string.Equals(ReportJson.BoundName(claim.Quantity.Bound), g.Bound, StringComparison.Ordinal);
            valueRight += valueOk ? 1 : 0;
            boundRight += boundOk ? 1 : 0;
            if (!valueOk || !boundOk)
            {
                notes.Add($"  - WRONG {g.Article} \"{g.Surface}\": gold {g.Value} {g.Bound}, got \"{claim.Surface}\" {claim.Quantity.Value} {ReportJson.BoundName(claim.Quantity.Bound)}");
            }
        }

        var used = matched.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var extra in predicted.Where(p => !used.Contains(p)))
        {
            notes.Add($"  - EXTRA {extra.ArticleId} \"{extra.Surface}\" in \"{Shorten(extra.Sentence)}\"");
        }

        const string bench = "Aleppo 2016 claims";
        var board = new Scoreboard();
        board.Add(bench, "claim recall", Percent(matched.Count, gold.Claims.Count), "target >= 90");
        board.Add(bench, "claim precision", Percent(matched.Count, predicted.Count));
        board.Add(bench, "value accuracy (matched)", Percent(valueRight, matched.Count));
        board.Add(bench, "bound accuracy (matched)", Percent(boundRight, matched.Count));
        if (Environment.GetEnvironmentVariable("CLAIMCOMPARE_EVAL_VERBOSE") == "1")
        {
            board.Note("Aleppo claims:\n" + string.Join("\n", notes) + "\n");
        }

        return board;
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "...";
}
