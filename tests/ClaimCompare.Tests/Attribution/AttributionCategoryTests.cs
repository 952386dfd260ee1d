using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// The cue categories added beyond plain reporting verbs (docs/attribution.md, "Cue categories"): each is found with its
/// source and class, credits a figure only when it is a statement, and has the near misses it must leave alone.
/// </summary>
[TestFixture]
public sealed class AttributionCategoryTests
{
    private static readonly AttributionFinder Finder = new();

    private static Article Make(string text) => new("t", null, null, null, null, text);

    private static IReadOnlyList<SourceAttribution> Find(string text) => Finder.Find(Make(text));

    private static SourceAttribution? At(string text, string figure)
    {
        var start = text.IndexOf(figure, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0);
        var claim = new Claim("c1", "t", new TextSpan(start, start + figure.Length), figure, Quantity.Exactly(1), text, new TextSpan(0, text.Length));
        return Finder.Attach(Make(text), [claim]).Single().Attribution;
    }

    private static SourceAttribution Single(string text, string cue)
    {
        var found = Find(text).Where(a => a.Cue == cue).ToList();
        found.Should().ContainSingle($"'{cue}' is a cue in: {text}");
        return found[0];
    }

    // Verbal acts and reactions: criticism, praise, manner of speaking, labelling, discussion, verdicts, support and opposition.
    [TestCase("The senator lambasted the bank over 5,000 fake accounts.", "senator", "lambasted")]
    [TestCase("Warren grilled the chief executive for 40 minutes.", "Warren", "grilled")]
    [TestCase("The mayor touted 300 new jobs at the plant.", "mayor", "touted")]
    [TestCase("The governor joked about his 12 grandchildren.", "governor", "joked")]
    [TestCase("Protesters chanted slogans for 2 hours.", "Protesters", "chanted")]
    [TestCase("The appeals court ruled that 3 districts were drawn unlawfully.", "appeals court", "ruled")]
    [TestCase("Mr. Obama spoke about the 50 states that joined.", "Obama", "spoke about")]
    [TestCase("The candidate railed against 2 trade deals.", "candidate", "railed against")]
    [TestCase("The ad referenced 4 cases from his time as governor.", "ad", "referenced")]
    [TestCase("The minister downplayed the 20 percent drop in exports.", "minister", "downplayed")]
    [TestCase("The party embraced the 10-point plan.", "party", "embraced")]
    [TestCase("The union pressed for 15 more days of leave.", "union", "pressed for")]
    public void Action_cues_name_the_actor_but_do_not_credit_figures(string text, string name, string cue)
    {
        var found = Single(text, cue);
        found.Source.Name.Should().Be(name);
        found.CueClass.Should().Be(CueClass.Action);
        var figure = text.Split(' ').First(w => w.Length > 0 && char.IsDigit(w[0]));
        At(text, figure).Should().BeNull("an act or reaction aimed at something is not a statement of the figure");
    }

    [TestCase("The company released 40 prisoners of war.", "released")]
    [TestCase("The ministry sent 12 trucks of aid.", "sent")]
    [TestCase("The policy sends a message that 30 years of work mattered.", "sends")]
    [TestCase("Trump made the comments Friday at a rally of 2,000 people.", "made")]
    [TestCase("The factory made 40 cars a day.", "made")]
    [TestCase("Economists compared 2015 with 2016, compared to earlier years.", "compared")]
    public void Issue_and_light_verbs_need_a_text_or_speech_noun(string text, string word) =>
        Find(text).Should().NotContain(a => a.Cue.StartsWith(word, StringComparison.Ordinal));

    // Putting out a text, and light verbs with a speech noun: statements, so the figure they introduce is credited.
    [TestCase("The ministry issued a statement saying 40 people died.", "40", "ministry")]
    [TestCase("The campaign released a letter that says the candidate lost 12 pounds.", "12", "campaign")]
    [TestCase("Trump unleashed a flurry of tweets claiming 3 million people voted illegally.", "3 million", "Trump")]
    [TestCase("Republicans expressed concern that 300 jobs would be lost.", "300", "Republicans")]
    [TestCase("The senator offered no proof that 2,000 ballots were forged.", "2,000", "senator")]
    [TestCase("Trump's claim that 3 million people voted illegally was false.", "3 million", "Trump")]
    [TestCase("Prices rose 40 percent in a year, as one trader put it.", "40 percent", "trader")]
    [TestCase("In the latest poll, Clinton leads by 4 points.", "4 points", "latest poll")]
    [TestCase("Video of the incident shows 12 officers at the scene.", "12 officers", "Video of the incident")]
    [TestCase("A poll released Friday shows 46 percent back the plan.", "46 percent", "poll")]
    [TestCase("Data from the census show 41 percent of workers are women.", "41 percent", "Data from the census")]
    [TestCase("Sanders: Clinton needs 40 more delegates.", "40", "Sanders")]
    [TestCase("Kall -- co-editor of a book on the debates -- said 30 minutes is too long.", "30 minutes", "Kall")]
    [TestCase("Protesters continued to call for 12 officers to resign.", "12 officers", "Protesters")]
    [TestCase("Mr. McConnell, who in 2010 said 1 term was enough, spoke.", "1 term", "McConnell")]
    [TestCase("The campaign called the 12 charges unsubstantiated.", "12 charges", "campaign")]
    [TestCase("Donald Trump spoke in Ohio. He’s claiming that 3 million people voted illegally.", "3 million", "Donald Trump")]
    [TestCase("Hillary Clinton spoke in Ohio. She's called for 500 new clinics.", "500", "Hillary Clinton")]
    [TestCase("The mayor met the activists, who marched for 3 days and called for 12 officers to resign.", "12 officers", "activists")]
    [TestCase("Donald Trump cited his tax returns, which he said showed 2 losses.", "2 losses", "Donald Trump")]
    public void Statements_in_the_new_categories_credit_their_figures(string text, string figure, string name)
    {
        var attribution = At(text, figure);
        attribution.Should().NotBeNull();
        attribution!.Source.Name.Should().Be(name);
    }

    // Attitudes held rather than stated: found, never credited.
    [TestCase("Graham has been critical of the plan to cut 500 jobs.", "Graham", "critical")]
    [TestCase("Republicans were incensed that 5 aides got immunity.", "Republicans", "incensed")]
    [TestCase("In his view, 3 more debates would help.", "his", "In")]
    [TestCase("Some believe 40 percent will vote early.", "Some", "believe")]
    [TestCase("Only 5 percent prefer the third candidate.", "5 percent", "prefer")]
    [TestCase("He does believe 2 more years are needed.", "He", "believe")]
    public void Attitudes_in_the_new_categories_are_found_but_not_credited(string text, string surface, string cue)
    {
        var found = Single(text, cue);
        found.Source.Surface.Should().Be(surface);
        found.CueClass.Should().Be(CueClass.Attitude);
        var figure = text.Split(' ').First(w => w.Length > 0 && char.IsDigit(w[0]));
        At(text, figure).Should().BeNull();
    }

    [TestCase("He is very confident of himself after 3 wins.")]
    [TestCase("He said he was skeptical of the 17 agencies.")]
    [TestCase("Obama Power Plant Rules Face Key Test In 2 Courts.")]
    [TestCase("Christie Criticises Clinton Over Police Shooting Comments.")]
    [TestCase("The bias shows, as you very aptly pointed out, in 2 places.")]
    [TestCase("He has been willing to walk 2 miles for a vote.")]
    [TestCase("Trump's comments about 3 women drew fire.")]
    [TestCase("She called the hotline 3 times.")]
    [TestCase("The square drew crowds here, who have marched for 3 days and called for the footage.")]
    public void Near_misses_of_the_new_categories_add_no_wrong_source(string text)
    {
        string[] wrongCues = ["confident", "skeptical", "Rules", "Comments", "willing", "comments", "called"];
        var found = Find(text);
        found.Select(a => a.Cue).Should().NotIntersectWith(wrongCues);
        found.Select(a => a.Source.Surface).Should().NotContain("very").And.NotContain("The square");
    }

    [TestCase("It was a view echoed by 3 analysts in the capital.", "3 analysts in the capital", "echoed by")]
    [TestCase("The toll was a figure cited by the health ministry.", "health ministry", "cited by")]
    public void Reduced_passives_take_their_agent_as_source(string text, string name, string cue) =>
        Single(text, cue).Source.Name.Should().Be(name);

    [Test]
    public void A_gerund_after_by_is_not_an_agent() =>
        Find("Trump responded by using 2 examples from Chicago.").Should().NotContain(a => a.Cue == "responded by");

    [TestCase("Sanders Vows To Cut 40 Tax Breaks.", "Sanders", "Vows")]
    [TestCase("New Poll Shows Clinton Up 4 Points.", "New Poll", "Shows")]
    public void Headline_verbs_are_cues(string text, string name, string cue) =>
        Single(text, cue).Source.Name.Should().Be(name);
}
