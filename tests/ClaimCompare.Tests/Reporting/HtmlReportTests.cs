using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ClaimCompare.Model;
using ClaimCompare.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reporting;

[TestFixture]
public sealed class HtmlReportTests
{
    private static readonly Regex ExternalReference = new("(src|href)=\"(https?:)?//", RegexOptions.NonBacktracking);

    [Test]
    public void Every_group_has_a_side_by_side_table()
    {
        var report = HtmlReportFixture.Report;
        var html = HtmlReport.Write(report);
        report.Groups.Should().NotBeEmpty();
        Count(html, "<table class=\"group-table\">").Should().Be(report.Groups.Length);
        foreach (var g in report.Groups)
        {
            html.Should().Contain($"id=\"{g.Id}\"");
        }
    }

    [Test]
    public void Every_claim_links_to_its_highlighted_figure_in_the_article_text()
    {
        var report = HtmlReportFixture.Report;
        var html = HtmlReport.Write(report);
        foreach (var id in report.Groups.SelectMany(g => g.ClaimIds))
        {
            html.Should().Contain($"href=\"#{id}\"");
            Regex.Matches(html, $"<strong class=\"claim( flagged\" title=\"[^\"]*)?\" id=\"{id}\">").Should().ContainSingle("claim {0} is anchored once in its article", id);
        }

        Count(html, "<mark class=\"sentence\">").Should().BeGreaterThan(report.Articles.Length / 2);
    }

    [Test]
    public void Disputed_groups_come_before_calm_ones()
    {
        var report = HtmlReportFixture.Report;
        var html = HtmlReport.Write(report);
        var disputed = html.IndexOf("class=\"group disputed\"", StringComparison.Ordinal);
        var calm = html.IndexOf("class=\"group\"", StringComparison.Ordinal);
        disputed.Should().BeGreaterThan(0);
        calm.Should().BeGreaterThan(disputed);
    }

    [Test]
    public void Page_is_self_contained()
    {
        var html = HtmlReport.Write(HtmlReportFixture.Report);
        ExternalReference.IsMatch(html).Should().BeFalse();
        html.Should().NotContain("<script");
    }

    [Test]
    public void Text_is_escaped_and_bad_spans_do_not_break_the_page()
    {
        const string text = "<b>5</b> & 7 said \"x\".";
        var article = new Article("a<1>", null, "O&O", "T <i>", null, text);
        var good = new Claim("c1", "a<1>", new TextSpan(3, 4), "5", Quantity.Exactly(5), text, new TextSpan(0, text.Length)) { Subject = "people <x>" };
        var bad = good with { Id = "c2", Span = new TextSpan(500, 900), SentenceSpan = new TextSpan(-4, 2) };
        var report = new ComparisonReport
        {
            Articles = [article],
            Claims = [good, bad],
            Groups = [new ClaimGroup("g1", ImmutableArray.Create("c1", "c2"), "people <x>", null, null)],
        };

        var html = HtmlReport.Write(report);
        html.Should().NotContain("<b>5").And.NotContain("<i>").And.Contain("&lt;b&gt;").And.Contain("O&amp;O");
        Count(html, "<mark").Should().Be(Count(html, "</mark>"));
        Count(html, "<strong").Should().Be(Count(html, "</strong>"));
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
