using ClaimCompare.Text;
using ClaimCompare.Comparison;
using ClaimCompare.Model;
using ClaimCompare.Reporting;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Reporting;

/// <summary>
/// The reports read as a person writes: counts agree with their nouns, verbs with their subjects, an outlet is an
/// outlet (never a file id), the numbers' readings are explained, and vague words stay out of the consensus.
/// </summary>
[TestFixture]
public sealed class ReaderWordingTests
{
    [Test]
    public void Counts_agree_with_their_nouns_in_every_format()
    {
        var one = new ComparisonReport
        {
            Articles = [Article("a1", "Harbour Gazette", "2024-03-02")],
            Claims = [Claim("c1", "a1", Exact(7), "boats", "sank"), Claim("c2", "a1", Exact(9), "boats", "sank")],
            Groups = [new ClaimGroup("g1", ["c1", "c2"], "boats", "sank", null)],
            Discrepancies = [new Discrepancy("d1", DiscrepancyKind.Internal, ["c1", "c2"], 0.5, "x") { GroupId = "g1" }],
        };

        foreach (var text in new[] { TableReport.Write(one), MarkdownReport.Write(one), HtmlReport.Write(one) })
        {
            text.Should().Contain("1 article, 2 claims, 1 group, 1 discrepancy, 0 errors").And.NotContain("1 discrepancies");
        }

        Wording.Count(0, "error").Should().Be("0 errors");
        Wording.Count(2, "discrepancy", "discrepancies").Should().Be("2 discrepancies");
    }

    [TestCase("local sources", SourceKind.Anonymous, "say")]
    [TestCase("Sources close to the ministry", SourceKind.Anonymous, "say")]
    [TestCase("residents of the northern suburbs", SourceKind.Anonymous, "say")]
    [TestCase("the police", SourceKind.Official, "say")]
    [TestCase("volunteers who counted the birds", SourceKind.Anonymous, "say")]
    [TestCase("a witness", SourceKind.Anonymous, "says")]
    [TestCase("the regional hospital", SourceKind.Organization, "says")]
    [TestCase("Reuters", SourceKind.Outlet, "says")]
    [TestCase("United Nations", SourceKind.Official, "says")]
    [TestCase("SOHR", SourceKind.Monitor, "says")]
    [TestCase("Mara Lindqvist (in Harbour Gazette)", SourceKind.Person, "says")]
    [TestCase("the census analysis", SourceKind.Document, "says")]
    [TestCase("two women who saw the fire", SourceKind.Anonymous, "say")]
    [TestCase("children at the shelter", SourceKind.Anonymous, "say")]
    [TestCase("fishermen from the harbour", SourceKind.Anonymous, "say")]
    [TestCase("hospital staff", SourceKind.Organization, "say")]
    [TestCase("tidewatch.org (regional media)", SourceKind.Outlet, "says")]
    [TestCase("the quarterly data", SourceKind.Document, "says")]
    public void The_verb_agrees_with_the_source(string source, SourceKind kind, string verb) =>
        Wording.Says(source, kind).Should().Be(verb);

    [Test]
    public void The_outlet_comes_from_the_metadata_or_the_url_never_the_file_id()
    {
        Wording.Outlet(new Article("7f3a9c", null, "Harbour Gazette", null, null, "")).Should().Be("Harbour Gazette");
        Wording.Outlet(new Article("7f3a9c", null, null, null, null, "") { Url = "https://www.harbourgazette.example/news/1" }).Should().Be("harbourgazette.example");
        Wording.Outlet(new Article("https://news.example.org/a/2", null, null, null, null, "")).Should().Be("news.example.org");
        Wording.Outlet(new Article("7f3a9c", "/tmp/7f3a9c.txt", null, null, null, "")).Should().BeNull();

        var report = new ComparisonReport
        {
            Articles = [new Article("7f3a9c_page", null, null, null, null, "text"), Article("b2", "Valley Courier", null)],
            Claims = [Claim("c1", "7f3a9c_page", Exact(12), "bridges", "closed"), Claim("c2", "b2", Exact(30), "bridges", "closed")],
            Groups = [new ClaimGroup("g1", ["c1", "c2"], "bridges", "closed", null)],
        };
        var table = TableReport.Write(report);
        table.Split('\n').Where(l => l.StartsWith("    c1 ", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Should().NotContain("7f3a9c", "the outlet column never shows a file id");
        HtmlReport.Write(report).Should().Contain("outlet unknown").And.NotContain("<td>7f3a9c_page</td>");
    }

    [Test]
    public void Figures_are_explained_in_words_not_as_bare_ranges()
    {
        Wording.Meaning(AtLeast(22)).Should().Be("22 or more, taken as 22 to 28");
        Wording.Meaning(About(50)).Should().Be("about 50, taken as 45 to 55");
        Wording.Meaning(Exact(127)).Should().Be("127");

        // A conflict between "at least 22" and a vague word, through the comparer's own explanation.
        var claims = new[]
        {
            Claim("c1", "a", AtLeast(22), "groups", "joined", end: "2024-05-01", source: "s1"),
            Claim("c2", "b", new Quantity(3, BoundKind.Vague, "several", 3, 9, 3, 9, null, null), "groups", "joined", end: "2024-05-01", source: "s2"),
        };
        var result = new QuantityComparer().Compare(claims, [Article("a", "North Post", "2024-05-01"), Article("b", "South Post", "2024-05-01")], SourceList("s1", "s2"));
        var conflict = result.Discrepancies.Should().ContainSingle(d => d.Kind == DiscrepancyKind.Figure).Which;
        conflict.Explanation.Should().Contain("means 22 or more").And.Contain("means a vague amount, taken as 3 to 9").And.NotContain("22-");
    }

    [Test]
    public void Consensus_counts_only_figures_that_read_as_numbers()
    {
        var claims = new[]
        {
            Claim("c1", "a", Exact(40), "tents", "pitched", end: "2024-07-01"),
            Claim("c2", "b", Exact(44), "tents", "pitched", end: "2024-07-01"),
            Claim("c3", "c", Vague(12, 99), "tents", "pitched", end: "2024-07-01"),
        };
        var articles = new[] { Article("a", "One", "2024-07-01"), Article("b", "Two", "2024-07-01"), Article("c", "Three", "2024-07-01") };
        var result = new QuantityComparer().Compare(claims, articles, []);
        var group = result.Groups.Should().ContainSingle().Which;
        group.Consensus!.Min.Should().Be(40, "the vague word's low reading (12) is not a figure anyone gave");
        group.Consensus.Median.Should().Be(42);

        var report = new ComparisonReport { Articles = [.. articles], Claims = [.. claims], Groups = result.Groups, Discrepancies = result.Discrepancies };
        TableReport.Write(report).Should().Contain("not counted (vague): 12 [c3]");
        HtmlReport.Write(report).Should().Contain("Not counted (vague): 12 [c3]");

        var onlyVague = new QuantityComparer().Compare([claims[2], claims[2] with { Id = "c4", ArticleId = "a" }], articles, []);
        onlyVague.Groups.Should().OnlyContain(g => g.Consensus == null, "vague words alone give no consensus");
    }

    [Test]
    public void The_html_report_explains_its_scale_and_marks_flagged_figures()
    {
        var html = HtmlReport.Write(HtmlReportFixture.Report);
        html.Should().Contain("How to read this report").And.Contain("0 (cosmetic) to 1 (flat contradiction)").And.Contain("&quot;at least N&quot; and &quot;more than N&quot; as N to 1.25 N");
        var flagged = HtmlReportFixture.Report.Discrepancies.Where(d => d.Kind != DiscrepancyKind.Update).SelectMany(d => d.ClaimIds).Distinct().ToList();
        flagged.Should().NotBeEmpty();
        foreach (var id in flagged)
        {
            System.Text.RegularExpressions.Regex.Matches(html, $"<strong class=\"claim flagged\" title=\"disputed: d[0-9, d]+\" id=\"{id}\">")
                .Should().ContainSingle("flagged claim {0} is marked once in its article", id);
        }

        var calm = HtmlReportFixture.Report.Groups.SelectMany(g => g.ClaimIds).Except(flagged).ToList();
        calm.Should().NotBeEmpty();
        foreach (var id in calm)
        {
            html.Should().Contain($"<strong class=\"claim\" id=\"{id}\">");
        }

        TableReport.Write(HtmlReportFixture.Report).Should().Contain("Severity 0 (cosmetic) to 1 (flat contradiction)");
    }
}
