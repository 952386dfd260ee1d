using ClaimCompare.Model;

namespace ClaimCompare.Tests.Reporting;

/// <summary>
/// A real report for the HTML tests: the project's own seed articles (with text) through the whole pipeline. The seeds
/// hold a disputed group and calm ones, which is what the layout tests need; no benchmark material is involved.
/// </summary>
internal static class HtmlReportFixture
{
    private static readonly Lazy<ComparisonReport> Seeds = new(() => ClaimComparer.CompareFiles([TestPaths.Seeds]));

    public static ComparisonReport Report => Seeds.Value;
}
