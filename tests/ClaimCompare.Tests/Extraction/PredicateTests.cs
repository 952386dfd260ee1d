using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>Claim.Predicate for figures that are not casualty counts: populations, rescues, the sides fought.</summary>
[TestFixture]
public sealed class PredicateTests
{
    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    // text, figure, expected subject, expected predicate
    [TestCase("The army took 16 districts populated by 90,000 residents.", "90,000", "residents", "inhabited")]
    [TestCase("The valley, inhabited by about 4,000 farmers, was cut off.", "about 4,000", "farmers", "inhabited")]
    [TestCase("The pause managed to save only several dozen residents.", "several dozen", "residents", "rescued")]
    [TestCase("Divers rescued 12 fishermen on Sunday.", "12", "fishermen", "rescued")]
    [TestCase("Government forces have been fighting tens of armed groups since 2011.", "tens", "armed groups", "fought")]
    [TestCase("The rebels lost 21 battle tanks, 10 infantry fighting vehicles and six rocket launchers.", "10", "infantry fighting vehicles", "lost")]
    [TestCase("The rebels lost 21 battle tanks, 10 infantry fighting vehicles and six rocket launchers.", "six", "rocket launchers", "lost")]
    [TestCase("More than 1,400 villagers were killed and injured over the spring, officials estimate.", "More than 1,400", "villagers", "killed and injured")]
    [TestCase("The blast killed and wounded 300 people.", "300", "people", "killed and injured")]
    [TestCase("At least 40 people were wounded or killed in the market.", "At least 40", "people", "killed and injured")]
    [TestCase("It reported that 12 guards had also perished - as well as 37 prisoners.", "37", "prisoners", "killed")]
    [TestCase("Five soldiers were wounded, along with 12 policemen.", "12", "policemen", "injured")]
    [TestCase("418 farmers, traders, and herders were killed during the past 6 weeks.", "418", "farmers, traders, and herders", "killed")]
    [TestCase("About 80 women and children were evacuated on Monday.", "About 80", "women and children", "left")]
    public void Predicate_names_what_happened_to_the_counted_thing(string text, string surface, string subject, string predicate)
    {
        var claim = Only(text, surface);
        claim.Subject.Should().Be(subject);
        claim.Predicate.Should().Be(predicate);
    }

    // The agent of "killed by" is the weapon, not the dead: only population participles read through "by".
    [TestCase("Two children were killed by 3 shells in the market.", "3")]
    [TestCase("The convoy was hit by 40 rockets.", "40")]
    public void An_agent_after_by_is_not_what_happened_to(string text, string surface) =>
        Only(text, surface).Predicate.Should().BeNull();

    // A verb after the first item is not shared across a preposition or a new clause.
    [TestCase("Five soldiers died in clashes with 20 militants.", "20")]
    [TestCase("At least 9 workers had been killed and 60 wounded by the explosion.", "60", "injured")] // its own participle, not the shared "killed"
    [TestCase("Two soldiers were killed, the army said, and 30 rebels surrendered.", "30", "surrendered")]
    public void A_verb_is_shared_only_across_list_connectors(string text, string surface, string? predicate = null) =>
        Only(text, surface).Predicate.Should().Be(predicate);

    [Test]
    public void Fighting_as_a_modifier_or_noun_is_not_a_predicate()
    {
        Only("Heavy fighting raged as 300 families waited at the crossing.", "300").Predicate.Should().NotBe("fought");
    }
}
