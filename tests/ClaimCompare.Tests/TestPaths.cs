namespace ClaimCompare.Tests;

/// <summary>Where the repository, its seeds and the shared benchmarks are, found from the test binary.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimCompare.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ClaimCompare.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    /// <summary>The shared benchmarks folder beside the project root (CI has it too).</summary>
    public static string Benchmarks => Evaluation.BenchmarkData.FindRoot(RepoRoot);

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimcompare-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
