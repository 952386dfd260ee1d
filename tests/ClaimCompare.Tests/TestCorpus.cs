namespace ClaimCompare.Tests;

/// <summary>
/// Test input built from the project's own seeds: a folder holding the seed pages several times under new file
/// names, so runs span more than one batch and more than one thread without any shared benchmark material.
/// </summary>
internal static class TestCorpus
{
    private static readonly Lazy<string> Copies = new(() =>
    {
        var folder = TestPaths.TempFolder();
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var copy = 0; copy < CopiesOfEachSeed; copy++)
        {
            foreach (var seed in seeds)
            {
                File.Copy(seed, Path.Combine(folder, $"copy{copy:D2}_{Path.GetFileName(seed)}"));
            }
        }

        return folder;
    });

    /// <summary>How many times each seed is copied into <see cref="SeedCopies"/>.</summary>
    public const int CopiesOfEachSeed = 4;

    /// <summary>Number of seed articles in the repository.</summary>
    public static int SeedCount => Directory.GetFiles(TestPaths.Seeds, "*.txt").Length;

    /// <summary>A folder with <see cref="CopiesOfEachSeed"/> copies of every seed page (created once per test run).</summary>
    public static string SeedCopies => Copies.Value;

    /// <summary>The seeds and their copies: the input of the streaming and determinism tests.</summary>
    public static string[] Inputs => [TestPaths.Seeds, SeedCopies];

    /// <summary>Articles in <see cref="Inputs"/>.</summary>
    public static int InputArticles => SeedCount * (CopiesOfEachSeed + 1);
}
