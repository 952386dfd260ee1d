using ClaimCompare.Comparison;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// When the attacker dies in the attack, reports part on whether the toll counts him ("50 dead in all" against
/// "the gunman killed 49"). The extractor marks an article that says the attacker died; comparison lists two death tolls
/// one apart as unsure when either report carries the mark. Sentences written for these tests, in several settings.
/// </summary>
[TestFixture]
public sealed class AttackerFateTests
{
    private static bool Says(string sentence) => AttackerFate.Says(ScopeTokens.Read(sentence, 0));

    [TestCase("The gunman was shot and killed by deputies outside the warehouse.")]
    [TestCase("Police said the suspect was later pronounced dead at the scene.")]
    [TestCase("The bomber died in the blast at the bus station.")]
    [TestCase("The shooter killed himself as officers closed in on the school.")]
    [TestCase("Officers returned fire and killed the gunman in the lobby.")]
    [TestCase("A trooper traded shots with the attacker, killing him.")]
    [TestCase("The attacker is dead, the interior ministry said.")]
    [TestCase("The hijacker was fatally shot by a marshal.")]
    public void A_sentence_that_tells_the_attackers_death_is_read(string sentence) =>
        Says(sentence).Should().BeTrue();

    [TestCase("The gunman killed five people and wounded three before fleeing.")]
    [TestCase("The suspect was arrested after a two-hour standoff.")]
    [TestCase("Five victims of the gunman were killed in the first minutes.")]
    [TestCase("Police are searching for the shooter who killed two men on Friday.")]
    [TestCase("The bomber detonated a vest packed with nails near the market.")]
    [TestCase("Two people were killed and four injured in the crash on the highway.")]
    public void A_sentence_about_the_attackers_acts_or_others_deaths_is_not(string sentence) =>
        Says(sentence).Should().BeFalse();

    [Test]
    public void Every_claim_of_an_article_that_tells_the_attackers_death_carries_the_mark()
    {
        var extractor = new ClaimExtractor();
        var told = extractor.Extract(new Article("a", null, null, null, new DateOnly(2025, 3, 8),
            "Four people were killed at a shopping centre on Saturday. The gunman was shot and killed by a security guard. Nine others were wounded."));
        var untold = extractor.Extract(new Article("b", null, null, null, new DateOnly(2025, 3, 8),
            "Four people were killed at a shopping centre on Saturday. The gunman fled on foot. Nine others were wounded."));
        told.Should().NotBeEmpty().And.OnlyContain(c => c.AttackerDied);
        untold.Should().NotBeEmpty().And.OnlyContain(c => !c.AttackerDied);
    }

    [TestCase("people", 49, 50)]
    [TestCase("worshippers", 6, 7)]
    [TestCase("shoppers", 2, 1)]
    public void Two_death_tolls_one_apart_are_unsure_when_a_report_says_the_attacker_died(string subject, int one, int other)
    {
        var result = Compare(
            Claim("w", "wire", Exact(one), subject, "killed", "2025-03-08", "2025-03-08", place: "Eastfield", source: "police"),
            Claim("r", "release", Exact(other), subject, "killed", "2025-03-08", "2025-03-08", place: "Eastfield", source: "city") with { AttackerDied = true });
        var flag = result.Discrepancies.Should().ContainSingle(d => d.Kind == DiscrepancyKind.Figure).Subject;
        flag.Severity.Should().BeLessThanOrEqualTo(GroupAnalysis.UnsureSeverity);
        flag.Explanation.Should().Contain("attacker died");
    }

    [Test]
    public void Tolls_further_apart_injured_counts_and_tolls_of_an_attack_whose_attacker_lived_stay_sure()
    {
        var further = Compare(
            Claim("w", "wire", Exact(49), "people", "killed", "2025-03-08", "2025-03-08", place: "Eastfield", source: "police"),
            Claim("r", "release", Exact(52), "people", "killed", "2025-03-08", "2025-03-08", place: "Eastfield", source: "city") with { AttackerDied = true });
        var injured = Compare(
            Claim("w", "wire", Exact(9), "people", "injured", "2025-03-08", "2025-03-08", place: "Eastfield", source: "police"),
            Claim("r", "release", Exact(10), "people", "injured", "2025-03-08", "2025-03-08", place: "Eastfield", source: "city") with { AttackerDied = true });
        var lived = Compare(
            Claim("w", "wire", Exact(49), "people", "killed", "2025-03-08", "2025-03-08", place: "Eastfield", source: "police"),
            Claim("r", "release", Exact(50), "people", "killed", "2025-03-08", "2025-03-08", place: "Eastfield", source: "city"));
        foreach (var result in new[] { further, injured, lived })
        {
            result.Discrepancies.Should().ContainSingle(d => d.Kind == DiscrepancyKind.Figure).Which.Severity.Should().BeGreaterThan(GroupAnalysis.UnsureSeverity);
        }
    }
}
