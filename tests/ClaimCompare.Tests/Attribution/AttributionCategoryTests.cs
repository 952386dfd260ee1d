using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>
/// The cue categories added beyond plain reporting verbs (docs/attribution.md, "Cue categories"): each is found with its
/// source and class, credits a figure only when it is a statement, and has the near misses it must leave alone.
/// </summary>
[TestFixture]
public sealed class AttributionCategoryTests
{
    // Verbal acts and reactions: criticism, praise, manner of speaking, labelling, discussion, verdicts, support and opposition.
    [TestCase("The senator lambasted the bank over 5,000 fake accounts.", "senator", "lambasted")]
    [TestCase("Warren grilled the chief executive for 40 minutes.", "Warren", "grilled")]
    [TestCase("The mayor touted 300 new jobs at the plant.", "mayor", "touted")]
    [TestCase("The governor joked about his 12 grandchildren.", "governor", "joked")]
    [TestCase("Protesters chanted slogans for 2 hours.", "Protesters", "chanted")]
    [TestCase("The high court ruled that 3 districts were drawn unlawfully.", "high court", "ruled")]
    [TestCase("Mr. Okafor spoke about the 50 towns that joined.", "Okafor", "spoke about")]
    [TestCase("The candidate railed against 2 trade deals.", "candidate", "railed against")]
    [TestCase("The ad referenced 4 cases from his time as governor.", "ad", "referenced")]
    [TestCase("The minister downplayed the 20 percent drop in exports.", "minister", "downplayed")]
    [TestCase("The party embraced the 10-point plan.", "party", "embraced")]
    [TestCase("The union pressed for 15 more days of leave.", "union", "pressed for")]
    public void Action_cues_name_the_actor_but_do_not_credit_figures(string text, string name, string cue)
    {
        var found = WithCue(text, cue);
        found.Source.Name.Should().Be(name);
        found.CueClass.Should().Be(CueClass.Action);
        var figure = text.Split(' ').First(w => w.Length > 0 && char.IsDigit(w[0]));
        At(text, figure).Should().BeNull("an act or reaction aimed at something is not a statement of the figure");
    }

    [TestCase("The company released 40 prisoners of war.", "released")]
    [TestCase("The ministry sent 12 trucks of aid.", "sent")]
    [TestCase("The ruling sends a message about 30 years of neglect.", "sends")]
    [TestCase("The mayor made those remarks at a rally of 2,000 people.", "made")]
    [TestCase("The factory made 40 cars a day.", "made")]
    [TestCase("Economists compared 2015 with 2016, compared to earlier years.", "compared")]
    public void Issue_and_light_verbs_need_a_text_or_speech_noun(string text, string word) =>
        Find(text).Should().NotContain(a => a.Cue.StartsWith(word, StringComparison.Ordinal));

    // Putting out a text, and light verbs with a speech noun: statements, so the figure they introduce is credited.
    [TestCase("The ministry issued a statement saying 40 people died.", "40", "ministry")]
    [TestCase("The campaign released a letter that says the candidate lost 12 pounds.", "12", "campaign")]
    [TestCase("The governor unleashed a barrage of statements claiming 3 million ballots were forged.", "3 million", "governor")]
    [TestCase("Republicans expressed concern that 300 jobs would be lost.", "300", "Republicans")]
    [TestCase("The senator offered no evidence that 2,000 votes were lost.", "2,000", "senator")]
    [TestCase("Governor Reyes's claim that 3 million tourists visited was false.", "3 million", "Reyes")]
    [TestCase("Prices rose 40 percent in a year, as one trader put it.", "40 percent", "trader")]
    [TestCase("In the latest poll, the mayor leads by 4 points.", "4 points", "latest poll")]
    [TestCase("Footage of the crash shows 12 officers at the scene.", "12 officers", "Footage of the crash")]
    [TestCase("A survey released Monday shows 46 percent back the plan.", "46 percent", "survey")]
    [TestCase("Data from the census show 41 percent of workers are women.", "41 percent", "Data from the census")]
    [TestCase("Okafor: The city needs 40 more buses.", "40", "Okafor")]
    [TestCase("Lee -- author of a study on ports -- said 30 ships wait each day.", "30 ships", "Lee")]
    [TestCase("Tenants began to call for 12 new inspectors.", "12 new inspectors", "Tenants")]
    [TestCase("Mr. Okafor, who in 2012 said 1 term was enough, spoke.", "1 term", "Okafor")]
    [TestCase("The campaign called the 12 charges unsubstantiated.", "12 charges", "campaign")]
    [TestCase("Maria Lopez spoke in Ohio. She’s arguing that 3 million tourists came.", "3 million", "Maria Lopez")]
    [TestCase("Ana Reyes spoke in Ohio. She's called for 500 new clinics.", "500", "Ana Reyes")]
    [TestCase("The mayor met the activists, who marched for 3 days and called for 12 officers to resign.", "12 officers", "activists")]
    [TestCase("John Okafor cited his tax returns, which he said showed 2 losses.", "2 losses", "John Okafor")]
    public void Statements_in_the_new_categories_credit_their_figures(string text, string figure, string name)
    {
        var attribution = At(text, figure);
        attribution.Should().NotBeNull();
        attribution!.Source.Name.Should().Be(name);
    }

    // Attitudes held rather than stated: found, never credited.
    [TestCase("The union is critical of the plan to cut 500 jobs.", "The union", "critical")]
    [TestCase("Farmers were angry that 5 depots closed.", "Farmers", "angry")]
    [TestCase("In his view, 3 more debates would help.", "his", "In")]
    [TestCase("Some believe 40 percent will vote early.", "Some", "believe")]
    [TestCase("Only 5 percent prefer the third candidate.", "5 percent", "prefer")]
    [TestCase("He does believe 2 more years are needed.", "He", "believe")]
    public void Attitudes_in_the_new_categories_are_found_but_not_credited(string text, string surface, string cue)
    {
        var found = WithCue(text, cue);
        found.Source.Surface.Should().Be(surface);
        found.CueClass.Should().Be(CueClass.Attitude);
        var figure = text.Split(' ').First(w => w.Length > 0 && char.IsDigit(w[0]));
        At(text, figure).Should().BeNull();
    }

    [TestCase("She is quite confident of herself after 3 wins.")]
    [TestCase("The mayor said she was doubtful about the 17 audits.")]
    [TestCase("City Parking Rules Face New Test In 2 Courts.")]
    [TestCase("Mayor Faults Governor Over Budget Comments.")]
    [TestCase("The gap shows, as you very clearly pointed out, in 2 places.")]
    [TestCase("She was willing to drive 2 hours for a vote.")]
    [TestCase("Okafor's comments about 3 towns drew fire.")]
    [TestCase("She called the hotline 3 times.")]
    [TestCase("The square drew crowds here, who have marched for 3 days and called for the footage.")]
    public void Near_misses_of_the_new_categories_add_no_wrong_source(string text)
    {
        string[] wrongCues = ["confident", "doubtful", "Rules", "Comments", "willing", "comments", "called"];
        var found = Find(text);
        found.Select(a => a.Cue).Should().NotIntersectWith(wrongCues);
        found.Select(a => a.Source.Surface).Should().NotContain("very").And.NotContain("The square");
    }

    [TestCase("It was an estimate repeated by 3 analysts in the capital.", "3 analysts in the capital", "repeated by")]
    [TestCase("The toll was a figure cited by the health ministry.", "health ministry", "cited by")]
    public void Reduced_passives_take_their_agent_as_source(string text, string name, string cue) =>
        WithCue(text, cue).Source.Name.Should().Be(name);

    [Test]
    public void A_gerund_after_by_is_not_an_agent() =>
        Find("The minister responded by using 2 examples from Lagos.").Should().NotContain(a => a.Cue == "responded by");

    [TestCase("Okafor Vows To Cut 40 Bus Routes.", "Okafor", "Vows")]
    [TestCase("New Poll Shows Mayor Up 4 Points.", "New Poll", "Shows")]
    public void Headline_verbs_are_cues(string text, string name, string cue) =>
        WithCue(text, cue).Source.Name.Should().Be(name);
}
