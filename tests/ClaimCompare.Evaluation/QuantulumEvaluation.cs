using ClaimCompare.Extraction;
using ClaimCompare.Model;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>
/// Runs the recogniser over quantulum3's en_US tests (see ../shared/benchmarks/README.md): value recall and
/// precision on <c>quantities.json</c> (a range counts by its centre, as quantulum3 writes it), and
/// <c>errors.json</c>, inputs that must not crash. quantulum3 counts years and numbers in names
/// ("Voyager 2 in 1979", "English 101"); ClaimCompare does not, so recall has a known ceiling below 100.
/// </summary>
public static class QuantulumEvaluation
{
    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var folder = Path.Combine(benchmarksRoot, "quantulum3", "quantulum3", "_lang", "en_US", "tests");
        var recognizer = new QuantityRecognizer();
        var counts = new MatchCounts();
        foreach (var item in ((JArray)BenchmarkData.LoadJson(Path.Combine(folder, "quantities.json"))).OfType<JObject>())
        {
            var expected = ((JArray)item["res"]!).Select(r => (double?)r["value"] ?? double.NaN).ToList();
            var actual = recognizer.Recognize((string)item["req"]!).Select(r => Centre(r.Quantity)).ToList();
            counts.Gold += expected.Count;
            counts.Predicted += actual.Count;
            var used = new bool[actual.Count];
            foreach (var e in expected)
            {
                for (var k = 0; k < actual.Count; k++)
                {
                    if (!used[k] && Math.Abs(actual[k] - e) <= 1e-6 * Math.Max(1, Math.Abs(e)))
                    {
                        used[k] = true;
                        counts.Matched++;
                        break;
                    }
                }
            }
        }

        var crashes = 0;
        var errors = (JArray)BenchmarkData.LoadJson(Path.Combine(folder, "errors.json"));
        foreach (var input in errors.Select(e => (string)e!))
        {
            try
            {
                _ = recognizer.Recognize(input);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                crashes++;
            }
        }

        var board = new Scoreboard();
        board.Add("quantulum3 quantities", "value recall", counts.Recall);
        board.Add("quantulum3 quantities", "value precision", counts.Precision);
        board.Add("quantulum3 errors", "inputs that crashed", crashes, $"of {errors.Count}; must be 0");
        return board;
    }

    private static double Centre(Quantity q) => q.Bound == BoundKind.Range && q.RangeEnd is { } end ? (q.Value + end) / 2 : q.Value;
}
