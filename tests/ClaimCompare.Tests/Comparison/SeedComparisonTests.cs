using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Comparison;

/// <summary>
/// The seeds end to end: no figure conflict between unlike quantities, and the two "two-week" humanitarian
/// pauses (seeds 000 and 001) grouped as agreeing. Needs the extraction stage; inconclusive until it finds the claims.
/// </summary>
[TestFixture]
public sealed class SeedComparisonTests
{
    private static readonly Lazy<ComparisonReport> Report = new(() => new ClaimEngine().CompareFiles([TestPaths.Seeds]));

    [Test]
    public void No_figure_conflict_between_unlike_quantities()
    {
        var report = Report.Value;
        if (report.Claims.Length == 0)
        {
            Assert.Inconclusive("The extraction stage found no claims in the seeds yet.");
        }

        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var d in report.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Figure))
        {
            var subjects = d.ClaimIds.Select(id => claims[id]).Select(c => (c.Subject ?? string.Empty).Split(' ')[^1].ToLowerInvariant().TrimEnd('s')).Distinct().ToList();
            subjects.Should().NotContain(s => s == "militant" && subjects.Contains("civilian"), "civilians and militants are never compared ({0})", d.Explanation);
            var predicates = d.ClaimIds.Select(id => claims[id].Predicate).Distinct().ToList();
            predicates.Should().NotContain(p => (p == "killed" && predicates.Contains("injured")), "killed and injured are never compared ({0})", d.Explanation);
        }
    }

    [Test]
    public void The_two_two_week_pauses_are_grouped_as_agreeing()
    {
        var report = Report.Value;
        var pauses = report.Claims
            .Where(c => c.Sentence.Contains("two-week", StringComparison.OrdinalIgnoreCase) && c.Surface.Contains("two", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (pauses.Select(c => c.ArticleId).Distinct().Count() < 2)
        {
            Assert.Inconclusive("The extraction stage does not yet find the two-week pause in both seeds 000 and 001.");
        }

        var group = report.Groups.SingleOrDefault(g => pauses.All(p => g.ClaimIds.Contains(p.Id)));
        group.Should().NotBeNull("both two-week pauses measure the same pause");
        report.Discrepancies.Where(d => d.Kind is DiscrepancyKind.Figure or DiscrepancyKind.Internal && d.ClaimIds.Intersect(pauses.Select(p => p.Id)).Count() >= 2)
            .Should().BeEmpty();
    }
}
