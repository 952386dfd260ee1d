using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

[TestFixture]
public sealed class ScopeAnnotatorTests
{
    // 2016-10-31 was a Monday.
    private const string Published = "2016-10-31";

    private static Claim Annotate(string sentence, string figure, string? published = Published)
    {
        var article = Article("a", "Outlet", published, sentence);
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        var claim = new Claim("c1", "a", new TextSpan(at, at + figure.Length), figure, Quantity.Exactly(1), sentence, new TextSpan(0, sentence.Length));
        return new ScopeAnnotator().Annotate(article, [claim]).Single();
    }

    [TestCase("Gunmen killed 12 villagers on Friday, medics said.", "12", "2016-10-28", "2016-10-28", false, TestName = "on Friday is the last Friday")]
    [TestCase("Shelling has killed 33 residents since Friday.", "33", "2016-10-28", "2016-10-31", true, TestName = "since Friday is a running total")]
    [TestCase("At least 57 people were killed in three days.", "57", "2016-10-29", "2016-10-31", false, TestName = "in three days ends on publication")]
    [TestCase("Six people died in the past 24 hours.", "Six", "2016-10-31", "2016-10-31", false, TestName = "in the past 24 hours is one day")]
    [TestCase("58 residents were killed over the past week.", "58", "2016-10-25", "2016-10-31", false, TestName = "over the past week is seven days")]
    [TestCase("Floods drove 640 families from home in the past fourteen days.", "640", "2016-10-18", "2016-10-31", false, TestName = "a spelled count above twelve")]
    [TestCase("Guards detained 17 smugglers over the last thirty-six hours.", "17", "2016-10-30", "2016-10-31", false, TestName = "a hyphenated spelled count")]
    [TestCase("Nine people died yesterday.", "Nine", "2016-10-30", "2016-10-30", false, TestName = "yesterday")]
    [TestCase("More than 3,200 militants have been killed in recent weeks.", "3,200", null, "2016-10-31", true, TestName = "in recent weeks is open-ended up to publication")]
    [TestCase("Rebel units began the assault on October 27 and 35 were killed.", "35", "2016-10-27", "2016-10-27", false, TestName = "a month and day")]
    [TestCase("The toll reached 63 since 27 October 2016.", "63", "2016-10-27", "2016-10-31", true, TestName = "since a day and month")]
    [TestCase("Medics said on Saturday that 26 villagers were killed.", "26", null, "2016-10-31", false, TestName = "a day after said is when it was said")]
    [TestCase("41 civilians were killed.", "41", null, "2016-10-31", false, TestName = "no time words gives the publication date")]
    public void Period_is_resolved_against_the_publication_date(string sentence, string figure, string? start, string end, bool cumulative)
    {
        var period = Annotate(sentence, figure).Period;
        period.Should().NotBeNull();
        period!.Start.Should().Be(start is null ? null : Day(start));
        period.End.Should().Be(Day(end));
        period.Cumulative.Should().Be(cumulative);
    }

    // "The first two days of the offensive": counted from the day the article says the offensive began.
    [TestCase("Insurgents launched the offensive on October 24. The first two days of the offensive killed 19 guards.", "19", "2016-10-24", "2016-10-25", TestName = "first two days of a dated offensive")]
    [TestCase("The army said on Sunday that rebels began the assault on October 20. Its first week of the attack left 44 dead.", "44", "2016-10-20", "2016-10-26", TestName = "a start said on another day, and a synonym of the event")]
    [TestCase("The first two days of the offensive killed 19 guards.", "19", null, "2016-10-31", TestName = "no dated start leaves the publication date")]
    [TestCase("The truce began on October 24. The first two days of the offensive killed 19 guards.", "19", null, "2016-10-31", TestName = "a start of another kind of event does not count")]
    public void First_days_of_an_event_count_from_its_dated_start(string text, string figure, string? start, string end)
    {
        var article = Article("a", "Outlet", Published, text);
        var sentence = SentenceSplitterFor(text, figure);
        var at = text.IndexOf(figure, StringComparison.Ordinal);
        var claim = new Claim("c1", "a", new TextSpan(at, at + figure.Length), figure, Quantity.Exactly(1), text[sentence.Start..sentence.End], sentence);
        var period = new ScopeAnnotator().Annotate(article, [claim]).Single().Period;
        period!.Start.Should().Be(start is null ? null : Day(start));
        period.End.Should().Be(Day(end));
    }

    private static TextSpan SentenceSplitterFor(string text, string figure)
    {
        var at = text.IndexOf(figure, StringComparison.Ordinal);
        return ClaimCompare.Language.SentenceSplitter.Split(text).Single(s => s.Start <= at && at < s.End);
    }

    [Test]
    public void No_publication_date_and_no_words_gives_no_period()
    {
        Annotate("41 civilians were killed.", "41", published: null).Period.Should().BeNull();
    }

    [Test]
    public void The_figure_own_words_are_not_its_period()
    {
        Annotate("The air force has not flown over the valley for 12 days.", "12 days").Period!.Start.Should().BeNull();
    }

    [TestCase("Shelling killed 12 civilians in government-held western Mosul.", "12", "government-held western Mosul")]
    [TestCase("Mortar fire into Homs killed one child.", "one", "Homs")]
    [TestCase("Dozens of mortar rounds have been fired into rebel-held East Mosul.", "Dozens", "rebel-held eastern Mosul")]
    [TestCase("Three civilians were killed in rebel-held Homs districts.", "Three", "rebel-held Homs")]
    [TestCase("Five people had died, according to the United Nations.", "Five", null)]
    [TestCase("Some 150 Syrian soldiers were killed.", "150", null)]
    [TestCase("\u201CMore than 18 thousand civilians were able to leave areas of Aleppo,\u201D Rudskoy said.", "More than 18 thousand", "Aleppo")]
    [TestCase("About 40 families sheltered in Afrin, Kobani said.", "About 40", "Afrin")]
    public void Place_is_read_from_the_clause(string sentence, string figure, string? place)
    {
        Annotate(sentence, figure).Place.Should().Be(place);
    }

    [Test]
    public void Each_figure_reads_the_place_of_its_own_clause()
    {
        const string sentence = "52 villagers were killed including 8 killed by mortars on Zahra Square, and 44 killed by mortars on the eastern sections.";
        var article = Article("a", "SOHR", Published, sentence);
        Claim Make(string id, string figure)
        {
            var at = sentence.IndexOf(figure, StringComparison.Ordinal);
            return new Claim(id, "a", new TextSpan(at, at + figure.Length), figure, Quantity.Exactly(1), sentence, new TextSpan(0, sentence.Length));
        }

        var claims = new ScopeAnnotator().Annotate(article, [Make("c1", "52"), Make("c2", "8 "), Make("c3", "44")]);
        claims[1].Place.Should().Be("Zahra Square");
        claims[2].Place.Should().Be("eastern");
    }

    [Test]
    public void Offsets_outside_the_sentence_do_not_throw()
    {
        var article = Article("a", "O", Published, "short");
        var claim = new Claim("c1", "a", new TextSpan(90, 95), "x", Quantity.Exactly(1), "short", new TextSpan(50, 55));
        var act = () => new ScopeAnnotator().Annotate(article, [claim]);
        act.Should().NotThrow();
    }
}
