using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using ClaimCompare.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reading;

/// <summary>
/// Page furniture that repeats or invents figures, kept out of the claims in text pages and JSON articles
/// alike, while running prose with the same words stays. Every page here is our own.
/// </summary>
[TestFixture]
public sealed class PageChromeTests
{
    private static readonly ClaimEngine Engine = new();

    private const string Lead =
        "Crews worked through the night after a storm brought down power lines across the northern suburbs, leaving thousands of homes in the dark, the utility said on Tuesday.\n\n";

    private static IReadOnlyList<Claim> TextPage(string body) =>
        Engine.Analyze(new ArticleReader().ReadPlainText("page", Lead + body + "\n\nA spokeswoman said repairs would take several more days to finish across the region.\n"));

    private static IReadOnlyList<Claim> JsonArticle(string body)
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(new { id = "j1", title = "Storm cuts power", text = Lead + body });
        var item = new ArticleReader().ReadJson(json, "feed").Should().ContainSingle().Subject;
        return Engine.Analyze(item.Article!);
    }

    public static IEnumerable<TestCaseData> Furniture()
    {
        // Gallery counters, alone or run together with their captions as crawlers flatten them.
        yield return new TestCaseData("Image 4 of 15 Linemen repair a pole that snapped on Oak Lane.", "15");
        yield return new TestCaseData("Photo 3/12 A fallen tree blocks 2 lanes of the highway.", "2 lanes");
        yield return new TestCaseData("Slide 2 of 9 Caption Close Slide 3 of 9 Volunteers hand out 400 bottles of water.", "400");
        yield return new TestCaseData("1 / 24 Back to Gallery", "24");

        // Captions and credits.
        yield return new TestCaseData("Workers clear branches from 3 cars on Elm Street on Tuesday. (Photo: Jane Ortega / Lakeside Tribune)", "3 cars");
        yield return new TestCaseData("A crane lifts a transformer onto a truck, July 9. (AP Photo/Rick Lund)", "July 9");
        yield return new TestCaseData("Photo by Kim Alvarez: Residents line up for 50 generators at the depot.", "50");
        yield return new TestCaseData("Buy Photo Two linemen work from a bucket truck on Monday.", "Two");

        // Lists of other stories, with their heading on its own line or in front of the first link.
        yield return new TestCaseData("Related stories\nFour hurt as bus hits barrier on Route 12\nCouncil approves 3% rise in water rates", "Four");
        yield return new TestCaseData("RELATED: 5 injured in warehouse fire downtown", "5");
        yield return new TestCaseData("Read more: Mayor pledges $2 million for tree trimming", "$2 million");
        yield return new TestCaseData("More from Local News\nSchool district hires 40 new teachers", "40");

        // Engagement counts and widget notices.
        yield return new TestCaseData("87 Comments", "87");
        yield return new TestCaseData("Shares: 342", "342");
        yield return new TestCaseData("1,024 likes · 56 comments · 210 shares", "1,024");
    }

    [TestCaseSource(nameof(Furniture))]
    public void Furniture_gives_no_claim_in_a_text_page(string furniture, string figure) =>
        TextPage(furniture).Should().NotContain(c => c.Surface.Contains(figure, StringComparison.Ordinal));

    [TestCaseSource(nameof(Furniture))]
    public void Furniture_gives_no_claim_in_a_json_article(string furniture, string figure) =>
        JsonArticle(furniture).Should().NotContain(c => c.Surface.Contains(figure, StringComparison.Ordinal));

    [TestCase("Please Wait...", true)]
    [TestCase("Back to top ↑", true)]
    [TestCase("Advertisement", true)]
    [TestCase("Skip to main content", true)]
    [TestCase("Loading...", true)]
    [TestCase("Please wait for the all-clear before you go back inside, the fire chief told residents.", false)]
    [TestCase("Loading crews worked for 6 hours to empty the ship.", false)]
    public void Widget_notices(string line, bool notice) => PageChrome.IsWidgetNotice(line).Should().Be(notice);

    [Test]
    public void Furniture_sentences_give_claims_without_the_furniture_rules()
    {
        // The cases above would pass vacuously if the sentences had no claims at all.
        var plain = new ArticleReader(new ReaderOptions { DetectPageLayout = false });
        var claims = Engine.Analyze(plain.ReadPlainText("p", Lead + "Workers clear branches from 3 cars on Elm Street on Tuesday. (Photo: Jane Ortega / Lakeside Tribune)\n\nRELATED: 5 injured in warehouse fire downtown\n"));
        claims.Should().Contain(c => c.Sentence.Contains("3 cars", StringComparison.Ordinal)).And.Contain(c => c.Surface.Contains('5'));
    }

    [TestCase("The gallery put image 4 of the set on its cover after 15 people voted for it, its curator said on Monday.", "15")]
    [TestCase("Related charges were filed against 3 men who took part in the robbery, prosecutors said on Friday.", "3")]
    [TestCase("The video drew 300 comments from readers within an hour, most of them angry, the station said.", "300")]
    [TestCase("Previous story: the toll from the collapse rose to 7 on Sunday after a worker died in hospital.", "7")]
    [TestCase("Please wait until 4 crews have cleared the road before you drive through it, police told residents.", "4")]
    [TestCase("Photographers took 200 pictures of the crash site before investigators sealed it off on Friday.", "200")]
    public void Prose_with_the_same_words_keeps_its_claims(string sentence, string figure)
    {
        TextPage(sentence).Should().Contain(c => c.Surface.Contains(figure, StringComparison.Ordinal), "a text page");
        JsonArticle(sentence).Should().Contain(c => c.Surface.Contains(figure, StringComparison.Ordinal), "a JSON article");
    }

    [Test]
    public void A_one_line_page_keeps_its_story_around_a_gallery()
    {
        var text = "Firefighters rescued 14 people from a burning apartment block on Friday, officials said. Image 1 of 3 Smoke pours from the roof of the 6-storey block. The cause of the fire that displaced 60 residents is under investigation.";
        var article = new ArticleReader().ReadJson(Newtonsoft.Json.JsonConvert.SerializeObject(new { text }), "one-line").Single().Article!;
        var claims = Engine.Analyze(article);
        claims.Select(c => c.Surface).Should().Contain(s => s.Contains("14", StringComparison.Ordinal));
        claims.Select(c => c.Surface).Should().Contain(s => s.Contains("60", StringComparison.Ordinal));
        claims.Select(c => c.Surface).Should().NotContain(s => s.Contains("6-storey", StringComparison.Ordinal));
    }
}
