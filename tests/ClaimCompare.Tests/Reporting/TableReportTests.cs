using System.Collections.Immutable;
using ClaimCompare.Model;
using ClaimCompare.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reporting;

/// <summary>The console table: how many disagreements a group shows, and which.</summary>
[TestFixture]
public sealed class TableReportTests
{
    // One group of six claims: the same conflict (five against at least 15) reprinted four times, one conflict
    // with a new figure (40), and the growth of the count.
    private static ComparisonReport Report()
    {
        var article = new Article("a", null, "Outlet", null, null, "text");
        Claim C(string id, double value) => new(id, "a", new TextSpan(0, 1), value.ToString(System.Globalization.CultureInfo.InvariantCulture), Quantity.Exactly(value), "s", new TextSpan(0, 1));
        Discrepancy D(string id, DiscrepancyKind kind, double severity, params string[] claims) =>
            new(id, kind, [.. claims], severity, $"explanation {id}") { GroupId = "g1" };

        return new ComparisonReport
        {
            Articles = [article],
            Claims = [C("c1", 15), C("c2", 15), C("c3", 15), C("c4", 15), C("c5", 5), C("c6", 40)],
            Groups = [new ClaimGroup("g1", ["c1", "c2", "c3", "c4", "c5", "c6"], "civilians", "killed", null)],
            Discrepancies =
            [
                D("d1", DiscrepancyKind.Figure, 1.0, "c1", "c5"),
                D("d2", DiscrepancyKind.Figure, 1.0, "c2", "c5"),
                D("d3", DiscrepancyKind.Figure, 1.0, "c3", "c5"),
                D("d4", DiscrepancyKind.Figure, 1.0, "c4", "c5"),
                D("d5", DiscrepancyKind.Figure, 0.9, "c5", "c6"),
                D("d6", DiscrepancyKind.Update, 0.1, "c1", "c6"),
            ],
        };
    }

    [Test]
    public void A_group_shows_rival_figures_first_the_growth_always_and_counts_the_rest()
    {
        var text = TableReport.Write(Report(), discrepanciesPerGroup: 2);
        text.Should().Contain("explanation d1").And.Contain("explanation d5", "the conflict with a new figure outranks a reprint of one already shown");
        text.Should().Contain("explanation d6", "the growth of the count is always shown");
        text.Should().NotContain("explanation d2").And.NotContain("explanation d3").And.NotContain("explanation d4");
        text.Should().Contain("... and 3 more in g1");
    }

    [Test]
    public void Zero_shows_every_discrepancy()
    {
        var text = TableReport.Write(Report(), discrepanciesPerGroup: 0);
        Enumerable.Range(1, 6).Should().OnlyContain(i => text.Contains($"explanation d{i}", StringComparison.Ordinal));
        text.Should().NotContain("more in g1");
    }
}
