using ClaimCompare.Evaluation;

// dotnet run -c Release --project tests/ClaimCompare.Evaluation -- [all|newsquant|recognizers|quantulum|polnear|quotes|aleppo-claims|aleppo-sources|aleppo-comparison|gvc-chrome|gvc-recall|pairs|gvc|gvc-attribution] [--benchmarks DIR]
var which = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var rootIndex = Array.IndexOf(args, "--benchmarks");
var root = rootIndex >= 0 && rootIndex + 1 < args.Length ? args[rootIndex + 1] : BenchmarkData.FindRoot();

var evaluations = new Dictionary<string, Func<string, Scoreboard>>(StringComparer.OrdinalIgnoreCase)
{
    ["newsquant"] = NewsQuantEvaluation.Run,
    ["recognizers"] = RecognizersEvaluation.Run,
    ["quantulum"] = QuantulumEvaluation.Run,
    ["polnear"] = PolnearEvaluation.Run,
    ["quotes"] = QuotesEvaluation.Run,
    ["aleppo-claims"] = AleppoClaimsEvaluation.Run,
    ["aleppo-sources"] = AleppoSourcesEvaluation.Run,
    ["aleppo-comparison"] = AleppoComparisonEvaluation.Run,
    ["gvc-chrome"] = GvcChromeEvaluation.Run,
    ["gvc-recall"] = GvcRecallEvaluation.Run,
    ["pairs"] = PairSetEvaluation.Run,
    ["gvc"] = GvcEvaluation.Run,
    ["gvc-attribution"] = GvcAttributionEvaluation.Run,
};

if (which != "all" && !evaluations.ContainsKey(which))
{
    Console.Error.WriteLine($"Unknown evaluation '{which}'. Choose: all, {string.Join(", ", evaluations.Keys)}");
    return 1;
}

var board = new Scoreboard();
foreach (var (name, run) in evaluations)
{
    if (which == "all" || which.Equals(name, StringComparison.OrdinalIgnoreCase))
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        board.AddRange(run(root));
        Console.Error.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:0.0} s");
    }
}

Console.WriteLine(board.ToMarkdown());
return 0;
