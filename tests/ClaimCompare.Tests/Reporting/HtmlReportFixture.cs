using ClaimCompare.Comparison;
using ClaimCompare.Evaluation;
using ClaimCompare.Model;

namespace ClaimCompare.Tests.Reporting;

/// <summary>A real report for the HTML tests: the Aleppo articles (with text) and their gold claims, compared.</summary>
internal static class HtmlReportFixture
{
    private static readonly Lazy<ComparisonReport> Aleppo = new(() =>
    {
        var gold = AleppoGold.Load(TestPaths.Benchmarks);
        var (claims, sources) = ComparisonOracle.Build(gold);
        var result = new QuantityComparer().Compare(claims, gold.Articles, sources);
        return new ComparisonReport
        {
            Articles = [.. gold.Articles],
            Sources = [.. sources],
            Claims = [.. claims],
            Groups = result.Groups,
            Discrepancies = result.Discrepancies,
        };
    });

    public static ComparisonReport Report => Aleppo.Value;
}
