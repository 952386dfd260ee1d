using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

public sealed partial class QuantityComparerTests
{
    private const string Wire = "At least 11 civilians were killed by mortar fire on the army-held south of the town, the monitor said.";

    [Test]
    public void Reprinted_wire_sentence_counts_once()
    {
        Claim[] claims =
        [
            Claim("w1", "sohr1", Exact(11), "civilians", "killed", "2016-10-28", "2016-10-28", sentence: Wire),
            Claim("w2", "army", Exact(11), "civilians", "killed", "2016-10-28", "2016-10-28", sentence: Wire),
            Claim("w3", "sohr2", Exact(11), "civilians", "killed", "2016-10-28", "2016-10-28", sentence: Wire + " Reuters"),
            Claim("x", "ru", Exact(6), "people", "killed", "2016-10-28", "2016-10-28", sentence: "Local radio said six people had died."),
        ];
        var result = Compare(claims);
        var figures = result.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Figure).ToList();
        figures.Should().ContainSingle("three reprints of one wire sentence are one piece of evidence");
        figures[0].Explanation.Should().Contain("same wire sentence also ran in");
        result.Groups.Single().ClaimIds.Should().HaveCount(4, "reprints stay in the group");
    }

    [Test]
    public void Same_figure_from_different_sources_is_an_attribution_discrepancy()
    {
        var result = Compare(
        [
            Claim("a", "sohr1", Exact(35), "people", "affected", "2016-10-30", "2016-10-30", source: "sohr"),
            Claim("b", "army", Exact(35), "people", "affected", "2016-10-30", "2016-10-30", source: "army"),
        ]);
        result.Discrepancies.Should().ContainSingle().Which.Kind.Should().Be(DiscrepancyKind.Attribution);
    }

    [Test]
    public void One_source_quoted_with_contradicting_figures_is_also_an_attribution_discrepancy()
    {
        var result = Compare(
        [
            Claim("a", "sohr1", Exact(5), "people", "killed", "2016-10-28", "2016-10-28", source: "army"),
            Claim("b", "army", Exact(7), "civilians", "killed", "2016-10-28", "2016-10-28", source: "army"),
        ]);
        result.Discrepancies.Select(d => d.Kind).Should().BeEquivalentTo([DiscrepancyKind.Figure, DiscrepancyKind.Attribution]);
        result.Discrepancies.Single(d => d.Kind == DiscrepancyKind.Attribution).Explanation.Should().Contain("same source");
    }

    [Test]
    public void Headline_against_body_is_internal()
    {
        var result = Compare(
        [
            Claim("h", "ru", Exact(130), "civilians", "killed", "2016-10-27", "2016-11-03", true, region: RegionKind.Title),
            Claim("b", "ru", Exact(127), "civilians", "killed", "2016-10-27", "2016-11-03", true, offset: 40),
        ]);
        var d = result.Discrepancies.Should().ContainSingle().Subject;
        d.Kind.Should().Be(DiscrepancyKind.Internal);
        d.Explanation.Should().Contain("headline");
    }

    [Test]
    public void Part_larger_than_its_stated_total_is_internal()
    {
        const string sentence = "74 civilians were killed, including 80 children.";
        var result = Compare(
        [
            Claim("t", "sohr2", Exact(74), "civilians", "killed", sentence: sentence, offset: 0),
            Claim("p", "sohr2", Exact(80), "children", "killed", sentence: sentence, offset: 36),
        ]);
        result.Discrepancies.Should().ContainSingle().Which.Kind.Should().Be(DiscrepancyKind.Internal);
    }

    [Test]
    public void Part_within_its_total_is_not_a_discrepancy()
    {
        const string sentence = "52 civilians were killed, including 8 killed by mortars and 44 killed in the north.";
        var result = Compare(
        [
            Claim("t", "sohr2", Exact(52), "civilians", "killed", sentence: sentence, offset: 0),
            Claim("p", "sohr2", Exact(44), "civilians", "killed", sentence: sentence, offset: 60),
        ]);
        result.Discrepancies.Should().BeEmpty();
    }

    [TestCase(ConsensusPolicy.Median, 41, 74, 57.5)]
    [TestCase(ConsensusPolicy.MinMax, 41, 74, 57.5)]
    [TestCase(ConsensusPolicy.Conservative, 41, 41, 41)]
    public void Consensus_follows_the_policy(ConsensusPolicy policy, double low, double high, double best)
    {
        var claims = new[]
        {
            Claim("a", "sohr1", Exact(41), "civilians", "killed", "2016-10-28", "2016-11-03", true),
            Claim("b", "army", Exact(74), "civilians", "killed", "2016-10-28", "2016-11-03", true),
        };
        var consensus = Compare(claims, new ComparisonOptions { Consensus = policy }).Groups.Single().Consensus!;
        consensus.Median.Should().Be(best);
        consensus.Low.Should().BeApproximately(low, 9, "quartiles of two figures lie between them");
        consensus.High.Should().BeApproximately(high, 9);
        consensus.Min.Should().Be(41);
        consensus.Max.Should().Be(74);
        consensus.Conservative.Should().Be(41);
        consensus.Policy.Should().Be(policy.ToString().ToLowerInvariant());
    }

    [Test]
    public void Consensus_uses_the_latest_reports_of_a_growing_count()
    {
        var consensus = Compare(Aleppo).Groups.Single().Consensus!;
        consensus.Min.Should().BeGreaterThan(41, "the 41 of 31 Oct is history by 4 Nov");
    }

    [Test]
    public void Bad_input_does_not_throw()
    {
        var claims = new[]
        {
            Claim("nan", "missing-article", Quantity.Exactly(double.NaN), "", null),
            Claim("empty", "missing-article", Exact(3), "", "", sentence: ""),
            Claim("odd", "sohr1", Exact(3), ",,, and", "and", "2016-11-05", "2016-10-01", true, "  "),
        };
        var act = () => Compare(claims);
        act.Should().NotThrow();
        Compare([]).Groups.Should().BeEmpty();
    }

    [Test]
    public void Same_input_gives_the_same_result_in_parallel()
    {
        var first = Compare(Aleppo);
        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Compare(Aleppo)).ToList();
        foreach (var r in results)
        {
            r.Groups.Should().BeEquivalentTo(first.Groups, o => o.WithStrictOrdering());
            r.Discrepancies.Should().BeEquivalentTo(first.Discrepancies, o => o.WithStrictOrdering());
        }
    }

    [Test]
    public void One_article_reporting_two_sources_rival_figures_is_a_figure_conflict()
    {
        var result = Compare(
        [
            Claim("a", "sohr1", AtLeast(15), "civilians", "killed", "2016-10-28", "2016-10-28", source: "sohr"),
            Claim("b", "sohr1", Exact(5), "people", "killed", "2016-10-28", "2016-10-28", source: "army", offset: 80),
        ]);
        result.Discrepancies.Should().ContainSingle().Which.Kind.Should().Be(DiscrepancyKind.Figure);
    }

    [Test]
    public void Figures_listed_in_one_sentence_for_different_nouns_are_not_rivals()
    {
        const string sentence = "The shelling forced out 10 civilians from the hospital and 80 residents from the camp.";
        var result = Compare(
        [
            Claim("a", "ru", Exact(10), "civilians", "left", sentence: sentence, offset: 24),
            Claim("b", "ru", Exact(80), "residents", "left", sentence: sentence, offset: 59),
        ]);
        result.Discrepancies.Should().BeEmpty();
    }
}
