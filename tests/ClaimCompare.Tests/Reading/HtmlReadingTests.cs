using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using ClaimCompare.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reading;

/// <summary>
/// Web pages of our own making (tests/ClaimCompare.Tests/Reading/Pages) with the furniture of real news
/// sites: cookie banners, menus, share bars, galleries, captions, related-story boxes, comment sections.
/// </summary>
[TestFixture]
public sealed class HtmlReadingTests
{
    private static readonly ClaimEngine Engine = new(new ClaimCompareOptions { KeepArticleText = true });

    private static string Page(string name) => Path.Combine(TestPaths.RepoRoot, "tests", "ClaimCompare.Tests", "Reading", "Pages", name);

    private static Article Read(string name) => new ArticleReader().ReadAll([Page(name)]).Articles.Should().ContainSingle().Subject;

    private static List<Claim> Claims(string name) => [.. Engine.Analyze(Read(name))];

    [TestCase("river-flood.html", "Floodwaters force 2,300 from homes along the Marren River", "Valley Courier", "2025-03-14")]
    [TestCase("plant-fire.html", "Fire at packaging plant injures 9 workers", "Northfield Daily Ledger", "2024-08-02")]
    [TestCase("marathon.htm", "Record field of 18,000 runners expected for Saturday's marathon", "news.harborpost.example", null)]
    public void Title_outlet_and_date_come_from_the_page_metadata(string page, string title, string outlet, string? published)
    {
        var article = Read(page);
        article.Id.Should().Be(Path.GetFileNameWithoutExtension(page));
        article.Path.Should().Be(Page(page));
        article.Title.Should().Be(title);
        article.Outlet.Should().Be(outlet);
        article.Published.Should().Be(published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void Main_content_is_read_without_menus_banners_or_related_boxes()
    {
        var text = Read("river-flood.html").Text;
        text.Should().Contain("About 2,300 residents of low-lying neighbourhoods").And.Contain("boil tap water until further notice");
        text.Should().NotContain("We use cookies").And.NotContain("Obituaries").And.NotContain("Three hurt as bus slides")
            .And.NotContain("dataLayer").And.NotContain("All rights reserved");
        text.Should().NotContain("<p>", "the article text is the page's text, not its markup");
    }

    [TestCase("river-flood.html", new[] { "2,300", "19.6 feet", "640", "At least 31", "112", "about 4,800" }, new[] { "Image", "Photo 3/12", "Comments", "Please Wait", "3rd Avenue" })]
    [TestCase("plant-fire.html", new[] { "Nine", "About 60", "roughly 200", "around 350", "$14,500" }, new[] { "Shares", "Comments (15)", "$2 million", "2 weeks" })]
    [TestCase("marathon.htm", new[] { "about 18,000", "15,500", "26", "more than 2,000" }, new[] { "1,024", "Photo 1/8", "shares" })]
    public void Claims_come_from_the_story_and_never_from_its_chrome(string page, string[] story, string[] chrome)
    {
        var claims = Claims(page);
        foreach (var figure in story)
        {
            claims.Should().Contain(c => c.Sentence.Contains(figure, StringComparison.Ordinal), $"'{figure}' is in the story");
        }

        foreach (var furniture in chrome)
        {
            claims.Should().NotContain(c => c.Sentence.Contains(furniture, StringComparison.Ordinal), $"'{furniture}' is page furniture");
        }
    }

    [Test]
    public void A_page_with_no_text_is_an_error_naming_it()
    {
        var dir = TestPaths.TempFolder();
        var path = Path.Combine(dir, "blank.html");
        File.WriteAllText(path, "<html><head><title></title></head><body><script>var a = 1;</script></body></html>");
        var result = new ArticleReader().ReadAll([path]);
        result.Articles.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Should().Be(new ReadError(path, "empty: the page has no readable text"));
        Directory.Delete(dir, true);
    }

    [Test]
    public void A_folder_of_pages_reads_html_and_htm()
    {
        var dir = TestPaths.TempFolder();
        File.Copy(Page("marathon.htm"), Path.Combine(dir, "a.htm"));
        File.Copy(Page("plant-fire.html"), Path.Combine(dir, "b.HTML"));
        var result = new ArticleReader().ReadAll([dir]);
        result.Articles.Select(a => a.Id).Should().Equal("a", "b");
        result.Warnings.Should().BeEmpty();
        Directory.Delete(dir, true);
    }
}
