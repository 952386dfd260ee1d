using ClaimCompare.Attribution;
using ClaimCompare.Extraction;
using ClaimCompare.Language;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Language;

/// <summary>
/// An article is read once: <see cref="ArticleText"/> holds the one sentence split every stage reads, and the engine's
/// shared reading gives exactly what the stages give when each is called alone.
/// </summary>
[TestFixture]
public sealed class ArticleTextTests
{
    private const string Headline = "Flood waters reach 40 homes in the valley";

    private static readonly string Body =
        "The river rose by 2.5 metres overnight, the county engineer said. About 300 residents left their homes.\n" +
        "Dr. Amara Osei, who runs the clinic, said 12 patients were moved. \"We had three hours,\" she said.\n" +
        "Sales at the cooperative fell 8% in March, its treasurer told members on Friday.";

    private static Article Page()
    {
        var text = Headline + "\n" + Body;
        return new Article("a1", null, "Valley Post", Headline, new DateOnly(2026, 3, 14), text)
        {
            Regions = [new TextRegion(new TextSpan(0, Headline.Length), RegionKind.Title)],
        };
    }

    [Test]
    public void The_body_is_split_once_as_the_splitter_splits_it()
    {
        var article = Page();
        var read = ArticleText.Of(article);
        read.Sentences.Should().Equal(SentenceSplitter.Split(article));
        read.Sentences.Select(s => s.Slice(article.Text)).Should().HaveCount(5).And.Contain("About 300 residents left their homes.");
        read.Sentences.Should().OnlyContain(s => s.Start > Headline.Length, "the headline is a title region, not body");
    }

    [Test]
    public void Title_sentences_are_held_apart_from_the_body()
    {
        var read = ArticleText.Of(Page());
        read.Titles.Select(s => s.Slice(read.Text)).Should().Equal(Headline);
        ArticleText.Of(new Article("b", null, null, null, null, "No title here. Just 3 lines.")).Titles.Should().BeEmpty();
    }

    [Test]
    public void The_engine_reading_once_gives_what_the_stages_give_alone()
    {
        var article = Page();
        var extractor = new ClaimExtractor(new ExtractionOptions { IncludeHeadlines = true });
        var alone = new AttributionFinder().Attach(article, extractor.Extract(article));
        var engine = new ClaimEngine(new ClaimCompareOptions { Extraction = new ExtractionOptions { IncludeHeadlines = true } });
        var shared = engine.Analyze(article);
        shared.Should().Equal(alone);
        shared.Select(c => c.Surface).Should().Contain(["40", "2.5 metres", "About 300", "12", "three hours", "8%"]);
        shared.Single(c => c.Surface == "12").Attribution!.Source.Name.Should().Contain("Osei");
    }
}
