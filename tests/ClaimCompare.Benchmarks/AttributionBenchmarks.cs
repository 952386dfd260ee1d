using BenchmarkDotNet.Attributes;
using ClaimCompare.Attribution;
using ClaimCompare.Model;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Cost of finding every attribution in an article. The input is the five seed articles, concatenated
/// (about 20 KB); MB/s = 0.0195 / mean seconds. Run:
/// dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- --filter '*Attribution*'
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private Article _article = null!;
    private Article _long = null!;
    private readonly AttributionFinder _finder = new();

    /// <summary>Reads the seeds from the repository (found by walking up to ClaimCompare.sln).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(RepoRoot.Find(), "seeds");
        var text = string.Join("\n\n", Directory.GetFiles(seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText));
        _article = new Article("seeds", null, null, null, null, text);
        _long = new Article("seeds-x20", null, null, null, null, string.Join("\n\n", Enumerable.Repeat(text, 20)));
    }

    /// <summary>All five seeds once (about 20 KB).</summary>
    [Benchmark(Baseline = true)]
    public int Seeds() => _finder.Find(_article).Count;

    /// <summary>The seeds twenty times over (about 390 KB): the cost should grow linearly.</summary>
    [Benchmark]
    public int SeedsTwentyTimes() => _finder.Find(_long).Count;
}
