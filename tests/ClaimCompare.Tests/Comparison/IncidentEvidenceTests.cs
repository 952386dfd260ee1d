using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>One quantity means one incident: claims from different articles group only on place evidence.</summary>
[TestFixture]
public sealed class IncidentEvidenceTests
{
    private static ComparisonResult Compare(IReadOnlyList<Article> articles, params Claim[] claims) =>
        new QuantityComparer().Compare(claims, articles, SourceList("police", "mayor"));

    private static readonly Article[] SameDay =
    [
        Article("wichita", "Eagle", "2016-05-01"), Article("chicago", "Tribune", "2016-05-01"), Article("wichita2", "KAKE", "2016-05-01"),
    ];

    [Test]
    public void A_death_in_north_Wichita_is_not_contradicted_by_five_dead_in_Chicago()
    {
        var result = Compare(SameDay,
            Claim("w", "wichita", Exact(1), "person", "killed", place: "north Wichita"),
            Claim("c", "chicago", Exact(5), "people", "killed", place: "Chicago"));
        result.Groups.Should().BeEmpty();
        result.Discrepancies.Should().BeEmpty();
    }

    [Test]
    public void A_claim_with_no_place_takes_its_articles_places_as_evidence()
    {
        // Each article names its city once; the casualty sentence itself names none.
        var result = Compare(SameDay,
            Claim("w0", "wichita", Exact(3), "homes", "searched", place: "Wichita"),
            Claim("w1", "wichita", Exact(2), "people", "injured"),
            Claim("c0", "chicago", Exact(4), "cars", "towed", place: "Chicago"),
            Claim("c1", "chicago", Exact(6), "people", "injured"),
            Claim("k1", "wichita2", Exact(7), "people", "injured", place: "north Wichita"));
        var groupOf = result.Groups.SelectMany(g => g.ClaimIds.Select(id => (id, g.Id))).ToDictionary(p => p.id, p => p.Id);
        groupOf.Should().ContainKeys("w1", "k1");
        groupOf["w1"].Should().Be(groupOf["k1"], "Wichita and north Wichita can be one incident");
        groupOf.Should().NotContainKey("c1", "the Chicago toll shares no place with the Wichita reports");
    }

    [Test]
    public void Undated_reports_meet_only_on_places_of_their_own()
    {
        Article[] undated = [Article("a", "One", null), Article("b", "Two", null), Article("c", "Three", null)];
        var result = Compare(undated,
            Claim("a0", "a", Exact(9), "shots", "fired", place: "Tampa"),
            Claim("a1", "a", Exact(2), "people", "killed"),
            Claim("b1", "b", Exact(4), "people", "killed", place: "Tampa"),
            Claim("c1", "c", Exact(4), "people", "killed", place: "Tampa"));
        // a1 states no place of its own; its article's "Tampa" is not enough when no date narrows the incident.
        result.Groups.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(["b1", "c1"]);
        result.Discrepancies.Should().BeEmpty();
    }

    [Test]
    public void Placeless_counts_of_no_event_do_not_meet_across_articles_on_the_date_alone()
    {
        Article[] dated = [Article("a", "One", "2016-05-01"), Article("b", "Two", "2016-05-01")];
        var noEvent = Compare(dated, Claim("a1", "a", Exact(2), "cars", null), Claim("b1", "b", Exact(5), "cars", null));
        noEvent.Groups.Should().BeEmpty();

        // With an event word and the same day the two remain comparable: the weakest evidence the comparer accepts.
        var withEvent = Compare(dated, Claim("a1", "a", Exact(2), "people", "killed"), Claim("b1", "b", Exact(5), "people", "killed"));
        withEvent.Groups.Should().ContainSingle();
    }

    [Test]
    public void Figures_of_one_article_need_no_place_to_meet()
    {
        Article[] one = [Article("a", "One", null)];
        var result = Compare(one,
            Claim("a1", "a", Exact(3), "people", "killed", source: "police"),
            Claim("a2", "a", Exact(3), "people", "killed", source: "mayor"));
        result.Groups.Should().ContainSingle();
    }

    [Test]
    public void Place_names_meet_on_whole_words_only()
    {
        // A stray capital ("N" from "N. Main St.") read as a place is inside no other name.
        Article[] dated = [Article("a", "One", "2016-05-01"), Article("b", "Two", "2016-05-01"), Article("c", "Three", "2016-05-01")];
        var result = Compare(dated,
            Claim("a1", "a", Exact(2), "people", "injured", place: "N"),
            Claim("b1", "b", Exact(6), "people", "injured", place: "Albany"),
            Claim("c1", "c", Exact(6), "people", "injured", place: "South Albany"));
        result.Groups.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(["b1", "c1"]);
    }
}
