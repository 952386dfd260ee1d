using BenchmarkDotNet.Running;
using ClaimCompare.Benchmarks;

// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- scale      (the scale benchmark, docs/scale.md)
// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- store --articles 100000   (docs/store.md)
// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- read corpus.jsonl [rounds]   (reading MB per CPU second, one thread)
// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- attribution-cost DIR [rounds]   (attribution MB per CPU second, docs/attribution.md)
// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- e2e corpus.jsonl [rounds] [threads]   (end to end with table output, cold and warm)
// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- generate 20000 corpus.jsonl   (a corpus to try the console on)
return args switch
{
    ["store", ..] => await StoreRunner.Run(args),
    ["scale", ..] => ScaleRunner.Run(args),
    ["read", _, ..] => ReadRunner.Run(args),
    ["e2e", _, ..] => EndToEndRunner.Run(args),
    ["attribution-cost", _, ..] => AttributionCostRunner.Run(args),
    ["generate", var count, var path] => Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path),
    ["scale-one", _, _] => ScaleRunner.RunOne(args),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ScaleRunner).Assembly).Run(args);
    return 0;
}

static int Generate(int count, string path)
{
    var bytes = CorpusGenerator.FromRepository(RepoRoot.Find()).Write(path, count);
    Console.WriteLine($"{count} articles, {bytes / 1e6:F1} MB written to {path}");
    return 0;
}
