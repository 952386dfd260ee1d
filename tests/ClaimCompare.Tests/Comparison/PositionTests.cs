using System.Globalization;
using ClaimCompare.Comparison;
using ClaimCompare.Model;
using ClaimCompare.Reporting;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>A group of many reports yields one discrepancy per pair of opposed positions, not one per pair of claims.</summary>
[TestFixture]
public sealed class PositionTests
{
    private static (IReadOnlyList<Article> Articles, List<Claim> Claims) Reports(params double[] figures)
    {
        var articles = new List<Article>();
        var claims = new List<Claim>();
        for (var i = 0; i < figures.Length; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"a{i}");
            articles.Add(Article(id, "Outlet " + id, "2019-08-03"));
            claims.Add(Claim(string.Create(CultureInfo.InvariantCulture, $"c{i}"), id, Exact(figures[i]), "people", "killed", place: "El Paso", source: i % 2 == 0 ? "police" : "mayor"));
        }

        return (articles, claims);
    }

    [Test]
    public void Forty_reports_of_two_rival_figures_give_one_figure_discrepancy_with_two_positions()
    {
        var figures = Enumerable.Range(0, 40).Select(i => i % 4 == 0 ? 9.0 : 22.0).ToArray();
        var (articles, claims) = Reports(figures);
        var result = new QuantityComparer().Compare(claims, articles, SourceList("police", "mayor"));

        result.Groups.Should().ContainSingle();
        var figure = result.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Figure).Should().ContainSingle().Subject;
        figure.Positions.Should().HaveCount(2);
        figure.Positions.Select(p => p.Length).Order().Should().Equal(10, 30);
        figure.Positions.SelectMany(p => p).Select(id => claims.Single(c => c.Id == id).Quantity.Value).Distinct().Should().HaveCount(2);
        figure.Positions[0].Select(id => claims.Single(c => c.Id == id).Quantity.Value).Distinct().Should().ContainSingle("a position holds one figure");
        result.Discrepancies.Length.Should().BeLessThanOrEqualTo(4, "two figures and two sources make a handful of findings, not 300 pairs");
    }

    [Test]
    public void Three_figures_give_one_discrepancy_per_opposed_pair_of_figures()
    {
        var (articles, claims) = Reports(5, 5, 20, 20, 60, 60, 60);
        var result = new QuantityComparer().Compare(claims, articles, SourceList("police", "mayor"));
        result.Discrepancies.Count(d => d.Kind == DiscrepancyKind.Figure).Should().Be(3);
    }

    [Test]
    public void Positions_survive_the_JSON_round_trip()
    {
        var (articles, claims) = Reports(9, 22, 22);
        var result = new QuantityComparer().Compare(claims, articles, SourceList("police", "mayor"));
        var report = new ComparisonReport { Articles = [.. articles], Claims = [.. claims], Groups = result.Groups, Discrepancies = result.Discrepancies };
        var back = ReportJson.Read(ReportJson.Write(report));
        back.Discrepancies.Select(d => d.Positions.Select(p => string.Join(',', p))).Should()
            .BeEquivalentTo(report.Discrepancies.Select(d => d.Positions.Select(p => string.Join(',', p))), o => o.WithStrictOrdering());
        back.Discrepancies.Should().Contain(d => d.Positions.Length == 2);
    }
}
