namespace ClaimCompare.Tests;

/// <summary>
/// NUnit categories. A fresh clone runs every test: those in <see cref="Benchmarks"/> report themselves skipped when
/// ../shared/benchmarks is missing (and fail instead when <c>CI=true</c>, where the folder must be there).
/// </summary>
internal static class TestCategories
{
    /// <summary>Tests that read ../shared/benchmarks (score floors, the benchmark-text guard).</summary>
    public const string Benchmarks = "Benchmarks";

    /// <summary>Tests that pack the library and build a consumer project against the package (about a minute).</summary>
    public const string Packaging = "Packaging";
}
