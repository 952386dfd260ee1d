namespace ClaimCompare.Benchmarks;

/// <summary>The repository root: the first folder holding ClaimCompare.sln above the current or the program's folder.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClaimCompare.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("ClaimCompare.sln not found above the current or the program's folder.");
    }
}
