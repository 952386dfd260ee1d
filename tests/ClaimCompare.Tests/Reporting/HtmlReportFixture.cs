using ClaimCompare.Model;

namespace ClaimCompare.Tests.Reporting;

/// <summary>
/// A real report for the HTML tests: the project's own seed articles (with text) through the whole pipeline, plus one
/// short article of our own that disputes the seeds' evacuation count (Data/rival-count.txt), so the report holds a
/// disputed group and calm ones, which is what the layout tests need; no benchmark material is involved. (The seeds
/// alone no longer dispute anything: their undated reports name too little place to be compared across articles.)
/// </summary>
internal static class HtmlReportFixture
{
    private static readonly Lazy<ComparisonReport> Seeds = new(() => ClaimComparer.CompareFiles([TestPaths.Seeds, Path.Combine(TestPaths.RepoRoot, "tests", "ClaimCompare.Tests", "Reporting", "Data", "rival-count.txt")]));

    public static ComparisonReport Report => Seeds.Value;
}
