using System.Globalization;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>
/// Scores ClaimCompare on NewsQuant dev (see ../shared/benchmarks/README.md) with the metric its
/// authors published: value F1, value+change F1 and value+concept (partial) F1, each gold quantity
/// matched at most once per sentence.
/// </summary>
/// <remarks>
/// The shared half is scored whole and in two parts by sentence index (0-based, in file order): even indices are
/// the tune part, odd indices the check part. Rules are developed on the tune part; the check part's sentences are
/// read only to check a change already written, so the gap between the two parts shows what fitting costs.
/// CLAIMCOMPARE_EVAL_VERBOSE=1 lists the misses of the tune part; add CLAIMCOMPARE_EVAL_PART=check to list the
/// check part's instead (only after a change is written).
/// </remarks>
public static class NewsQuantEvaluation
{
    /// <summary>Benchmark name of the whole shared half.</summary>
    public const string Whole = "NewsQuant dev";

    /// <summary>Benchmark name of the tune part (sentences with an even index).</summary>
    public const string TunePart = "NewsQuant dev tune (even)";

    /// <summary>Benchmark name of the check part (sentences with an odd index).</summary>
    public const string CheckPart = "NewsQuant dev check (odd)";

    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var cases = (JArray)BenchmarkData.LoadJson(Path.Combine(benchmarksRoot, "newsquant", "dev.json"));
        // NewsQuant's annotators count the "one" of "one of the best" and every duration, also those that only
        // frame another figure ("in the last three months"); the library's defaults leave both out.
        var extractor = new ClaimExtractor(new ExtractionOptions { ReportOneOfSuperlatives = true, ReportFramingDurations = true });
        var verbose = Environment.GetEnvironmentVariable("CLAIMCOMPARE_EVAL_VERBOSE") == "1";
        var listCheck = Environment.GetEnvironmentVariable("CLAIMCOMPARE_EVAL_PART") == "check";
        var board = new Scoreboard();
        var totals = new QuantityMatchTotals();
        var tune = new QuantityMatchTotals();
        var check = new QuantityMatchTotals();
        var index = 0;
        foreach (var item in cases)
        {
            var text = (string)item["text"]!;
            var gold = ((JArray)item["quantities"]!).Select(q => QuantityGold.Parse((JObject)q)).Where(g => g is not null).Select(g => g!).ToList();
            var article = new Article("nq" + index.ToString(CultureInfo.InvariantCulture), null, null, null, null, text);
            var isCheck = index % 2 == 1;
            index++;
            var predicted = extractor.Extract(article).Select(QuantityPrediction.From).Where(p => p is not null).Select(p => p!).ToList();
            totals.Add(gold, predicted);
            var lines = (isCheck ? check : tune).Add(gold, predicted);
            if (verbose && isCheck == listCheck && lines.Count > 0)
            {
                board.Note("* " + text + "\n" + string.Join("\n", lines));
            }
        }

        Report(board, Whole, totals, $"{index} sentences, {totals.Value.Gold} quantities");
        Report(board, TunePart, tune, $"{(index + 1) / 2} sentences, {tune.Value.Gold} quantities: rules are tuned here");
        Report(board, CheckPart, check, $"{index / 2} sentences, {check.Value.Gold} quantities: read only to check a written change");
        return board;
    }

    private static void Report(Scoreboard board, string bench, QuantityMatchTotals totals, string size)
    {
        board.Add(bench, "value F1", totals.Value.F1, "CQE 91.9 (target >= 93); " + size);
        board.Add(bench, "value precision", totals.Value.Precision);
        board.Add(bench, "value recall", totals.Value.Recall);
        board.Add(bench, "value+change F1", totals.Change.F1, "CQE 88.0 (target >= 89)");
        board.Add(bench, "value+concept partial F1", totals.Concept.F1, "CQE 75.9 (target >= 76)");
        board.Add(bench, "value+concept partial F1 (Concept alone)", totals.OwnerConcept.F1, "informative: without the counted noun");
        board.Add(bench, "value+subject partial F1 (concept or counted noun)", totals.ConceptOrCounted.F1, "informative: concept phrase against concept or unit");
    }
}
