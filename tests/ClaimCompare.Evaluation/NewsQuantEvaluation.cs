using System.Globalization;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>
/// Scores ClaimCompare on NewsQuant dev (see ../shared/benchmarks/README.md) with the metric its
/// authors published: value F1, value+change F1 and value+concept (partial) F1, each gold quantity
/// matched at most once per sentence. Set CLAIMCOMPARE_EVAL_VERBOSE=1 to list every miss.
/// </summary>
public static class NewsQuantEvaluation
{
    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var cases = (JArray)BenchmarkData.LoadJson(Path.Combine(benchmarksRoot, "newsquant", "dev.json"));
        // NewsQuant's annotators count the "one" of "one of the best" and every duration, also those that only
        // frame another figure ("in the last three months"); the library's defaults leave both out.
        var extractor = new ClaimExtractor(new ExtractionOptions { ReportOneOfSuperlatives = true, ReportFramingDurations = true });
        var verbose = Environment.GetEnvironmentVariable("CLAIMCOMPARE_EVAL_VERBOSE") == "1";
        var board = new Scoreboard();
        var totals = new QuantityMatchTotals();
        var index = 0;
        foreach (var item in cases)
        {
            var text = (string)item["text"]!;
            var gold = ((JArray)item["quantities"]!).Select(q => QuantityGold.Parse((JObject)q)).Where(g => g is not null).Select(g => g!).ToList();
            var article = new Article("nq" + index.ToString(CultureInfo.InvariantCulture), null, null, null, null, text);
            index++;
            var predicted = extractor.Extract(article).Select(QuantityPrediction.From).Where(p => p is not null).Select(p => p!).ToList();
            var lines = totals.Add(gold, predicted);
            if (verbose && lines.Count > 0)
            {
                board.Note("* " + text + "\n" + string.Join("\n", lines));
            }
        }

        const string bench = "NewsQuant dev";
        board.Add(bench, "value F1", totals.Value.F1, "CQE 91.9 (target >= 93)");
        board.Add(bench, "value precision", totals.Value.Precision);
        board.Add(bench, "value recall", totals.Value.Recall);
        board.Add(bench, "value+change F1", totals.Change.F1, "CQE 88.0 (target >= 89)");
        board.Add(bench, "value+concept partial F1", totals.Concept.F1, "CQE 75.9 (target >= 76)");
        board.Add(bench, "value+concept partial F1 (Concept alone)", totals.OwnerConcept.F1, "informative: without the counted noun");
        board.Add(bench, "value+subject partial F1 (concept or counted noun)", totals.ConceptOrCounted.F1, "informative: concept phrase against concept or unit");
        return board;
    }
}
