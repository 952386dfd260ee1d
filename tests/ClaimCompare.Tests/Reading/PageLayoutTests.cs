using ClaimCompare.Model;
using ClaimCompare.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reading;

/// <summary>Title, outlet, date and page furniture of the five seed pages.</summary>
[TestFixture]
public sealed class PageLayoutTests
{
    private static Article Seed(string prefix) => new ArticleReader().ReadAll([TestPaths.Seed(prefix)]).Articles.Single();

    [TestCase("000", "Terrorists Turn on Each Other Amid Failed Eastern Aleppo Offensive", "Al-Ahed Telegram", null)]
    [TestCase("001", "Aleppo 'Bloodbath': US-Backed Moderate Rebels Join Extremists in Major Offensive", "Sputnik International", null)]
    [TestCase("002", "16 Districts in Syria’s East Aleppo Liberated in Past 72 Hours", "Islamic Invitation Turkey", null)]
    [TestCase("003", "Militant Groups in Aleppo Ready to Leave Jeish Al-Fatah Coalition", null, null)]
    [TestCase("004", "Foreign fighters turn on each other as Syrian army moves in", "Free West Media", "2016-11-20")]
    public void Seed_metadata(string prefix, string title, string? outlet, string? published)
    {
        var article = Seed(prefix);
        article.Title.Should().Be(title);
        article.Outlet.Should().Be(outlet);
        article.Published.Should().Be(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestCase("000", "folder_openSyria access_time7 years ago", RegionKind.Chrome)]
    [TestCase("000", "Source: News Agencies, Edited by website team", RegionKind.Footer)]
    [TestCase("001", "© AFP 2023 / FADI AL-HALABIRebel fighters fire", RegionKind.Caption)]
    [TestCase("001", "A man rides a bicycle near damaged ground in the rebel held besieged al-Sukkari neighbourhood of Aleppo, Syria October 19, 2016.\n", RegionKind.Caption)]
    [TestCase("001", "Aleppo Humanitarian Pause Introduced by Russia Enters Into Force", RegionKind.Chrome)]
    [TestCase("001", "Newsfeed\n0", RegionKind.Footer)]
    [TestCase("002", "13950827000687_photoi", RegionKind.Caption)]
    [TestCase("004", "Published: November 20, 2016, 3:04 pm", RegionKind.Byline)]
    [TestCase("004", "FreeWestMedia is depending on donations", RegionKind.Footer)]
    public void Page_furniture_is_marked(string prefix, string snippet, RegionKind kind)
    {
        var article = Seed(prefix);
        var at = article.Text.IndexOf(snippet, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        article.RegionAt(at).Should().Be(kind);
    }

    [TestCase("000", "killed 127 and injured 254 civilians")]
    [TestCase("001", "A two-week-long humanitarian pause managed to")]
    [TestCase("002", "over 18,000 civilians left")]
    [TestCase("003", "More than 3,200 militants have been killed")]
    [TestCase("004", "terrorists from about 100 countries")]
    public void Claim_sentences_stay_in_the_body(string prefix, string snippet)
    {
        var article = Seed(prefix);
        var at = article.Text.IndexOf(snippet, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        article.RegionAt(at).Should().BeOneOf(RegionKind.Body, RegionKind.Subtitle);
        article.BodySpans().Should().Contain(s => s.Contains(at));
    }
}
