using NUnit.Framework;

namespace ClaimCompare.Tests;

/// <summary>Where the repository, its seeds and the shared benchmarks are, found from the test binary.</summary>
internal static class TestPaths
{
    public static string RepoRoot => Testing.TestFiles.RepoRoot;

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    /// <summary>
    /// The shared benchmarks folder beside the project root. A user's fresh clone has none: the calling test then reports
    /// itself skipped with the path looked at, except under <c>CI=true</c>, where a missing folder fails the test. Only
    /// tests in the <see cref="TestCategories.Benchmarks"/> category may ask for it, so that
    /// <c>--filter TestCategory!=Benchmarks</c> really leaves out everything that needs it.
    /// </summary>
    public static string Benchmarks
    {
        get
        {
            var categories = TestContext.CurrentContext.Test.AllCategories();
            if (!categories.Contains(TestCategories.Benchmarks))
            {
                Assert.Fail($"{TestContext.CurrentContext.Test.FullName} reads ../shared/benchmarks but is not in the \"{TestCategories.Benchmarks}\" category.");
            }

            var expected = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "benchmarks"));
            try
            {
                return Evaluation.BenchmarkData.FindRoot(RepoRoot);
            }
            catch (DirectoryNotFoundException)
            {
                var reason = $"the shared benchmarks are not here: looked for {expected} (and a shared/benchmarks folder above the test binary).";
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Fail($"CI=true and {reason}");
                }

                Assert.Ignore($"Skipped: {reason} These tests run where ../shared/benchmarks exists; set CI=true to make its absence a failure.");
                throw; // not reached: Assert.Ignore throws
            }
        }
    }

    public static string TempFolder() => Testing.TestFiles.NewTempFolder();
}
