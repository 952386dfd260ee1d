using ClaimCompare.Comparison;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Comparison.ClaimFactory;

namespace ClaimCompare.Tests.Comparison;

/// <summary>Figures that are not what they seem: time frames, list items, loose vague plurals, repeated event lengths.</summary>
public sealed partial class QuantityComparerTests
{
    private static Claim InSentence(string id, string article, Quantity q, string? subject, string? predicate, string sentence, string figure, string? source = null)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "the test sentence must contain the figure");
        return Reread(Claim(id, article, q, subject!, predicate, sentence: sentence, offset: at, source: source) with
        {
            Span = new TextSpan(at, at + figure.Length),
            Surface = figure,
        });
    }

    private static Quantity Years(double n) => Quantity.Exactly(n, "year");

    private static Quantity Days(double n) => Quantity.Exactly(n, "day");

    private static IEnumerable<TestCaseData> TimeFrames()
    {
        yield return new TestCaseData("Krutikov called the offensive the largest in the last two years.", "two years");
        yield return new TestCaseData("Commanders said they would surrender within the next two days if not rescued.", "two days");
        yield return new TestCaseData("The city has seen heavy fighting over the past two years.", "two years");
        yield return new TestCaseData("It was the deadliest attack in the previous two years.", "two years");
    }

    [TestCaseSource(nameof(TimeFrames))]
    public void A_time_frame_is_not_the_length_of_anything(string sentence, string figure)
    {
        var frame = InSentence("f", "sohr1", figure.EndsWith("days", StringComparison.Ordinal) ? Days(2) : Years(2), null, null, sentence, figure);
        var war = InSentence("w", "army", Years(2), "war", null, "The war has lasted two years, the army said.", "two years");
        var battle = InSentence("b", "sohr1", Days(2), "battle", null, "The battle raged for two days.", "two days");
        var result = Compare([frame, war, battle]);
        result.Groups.SelectMany(g => g.ClaimIds).Should().NotContain("f", "a frame ('in the last two years') measures no event");
        result.Discrepancies.Should().BeEmpty();
    }

    [Test]
    public void A_negated_time_frame_is_the_length_of_a_pause()
    {
        var frame = InSentence("f", "sohr1", Days(10), null, null, "Russian jets have not struck the city in the past ten days.", "ten days");
        var lull = Claim("l", "army", Days(10), "lull", null);
        var result = Compare([frame, lull]);
        result.Groups.Should().ContainSingle().Which.ClaimIds.Should().BeEquivalentTo(["f", "l"]);
    }

    [Test]
    public void A_duration_of_no_known_event_is_not_grouped()
    {
        var a = InSentence("a", "sohr1", Days(3), "operation", null, "The army took 16 districts during a three-day operation.", "three-day");
        var b = InSentence("b", "army", Days(2), null, null, "Talks are due to resume after two days.", "two days");
        Compare([a, b]).Groups.Should().BeEmpty();
    }

    [Test]
    public void Items_of_one_list_with_the_same_head_noun_are_not_rival_counts()
    {
        const string sentence = "The militants lost 21 battle tanks, 10 infantry fighting vehicles, 80 cars and 12 bomb-equipped suicide vehicles.";
        var result = Compare(
        [
            InSentence("ifv", "sohr1", Exact(10), "infantry fighting vehicles", "lost", sentence, "10"),
            InSentence("svb", "sohr1", Exact(12), "bomb-equipped suicide vehicles", "lost", sentence, "12"),
        ]);
        result.Groups.Should().BeEmpty();
        result.Discrepancies.Should().BeEmpty();
    }

    [Test]
    public void Parts_of_a_total_in_one_sentence_still_share_its_group()
    {
        const string sentence = "52 civilians were killed including 8 killed by mortars in the north, and 44 killed by mortars in the south.";
        var result = Compare(
        [
            InSentence("total", "sohr1", Exact(52), "civilians", "killed", sentence, "52"),
            InSentence("part", "sohr1", Exact(44), "people", "killed", sentence, "44"),
            Claim("other", "army", Exact(96), "civilians", "killed"),
        ]);
        result.Groups.Should().ContainSingle().Which.ClaimIds.Should().Contain(["total", "part", "other"]);
    }

    private static Quantity Thousands() =>
        new(1000, BoundKind.Vague, "thousands of", 1000, 10000, 2000, 9999, null, 1000) { HighInclusive = false };

    private static Quantity MoreThan(double n) => new(n, BoundKind.Lower, "more than", n, null, n, n * 1.25, null, null) { LowInclusive = false };

    [TestCase(18000, 1, true, TestName = "read strictly, thousands contradicts over 18,000")]
    [TestCase(18000, 2, false, TestName = "by default thousands is loosely true of over 18,000")]
    [TestCase(25000, 2, true, TestName = "thousands contradicts over 25,000 (tens of thousands)")]
    [TestCase(500, 2, true, TestName = "thousands contradicts more than 500 (below its floor)")]
    public void A_vague_plural_stretches_upwards_only_as_far_as_its_reach(double figure, double reach, bool flagged)
    {
        var options = ComparisonOptions.Default with { VaguePluralReach = reach };
        var result = Compare(
        [
            Claim("v", "sohr1", Thousands(), "civilians", "left", source: "sohr"),
            Claim("n", "army", MoreThan(figure), "civilians", "left", source: "army"),
        ], options);
        result.Groups.Should().ContainSingle();
        result.Discrepancies.Any(d => d.Kind == DiscrepancyKind.Figure).Should().Be(flagged);
    }

    [Test]
    public void A_contradiction_in_vague_words_is_listed_below_one_in_counts()
    {
        var several = new Quantity(3, BoundKind.Vague, "several", 3, 9, 3, 9, null, null);
        // Both name the place and the event: a count with no event word is an unsure reading, listed at low severity.
        var words = Compare([Claim("a", "sohr1", several, "groups", "joined", place: "Aleppo"), Claim("b", "army", AtLeast(22), "groups", "joined", place: "Aleppo")]);
        var counts = Compare([Claim("a", "sohr1", Exact(5), "groups", "joined", place: "Aleppo"), Claim("b", "army", AtLeast(22), "groups", "joined", place: "Aleppo")]);
        var vague = words.Discrepancies.Single(d => d.Kind == DiscrepancyKind.Figure);
        var exact = counts.Discrepancies.Single(d => d.Kind == DiscrepancyKind.Figure).Severity;
        vague.Severity.Should().BeLessThan(exact, "a vague word sets no bound a count must keep (VagueFigureTests holds the unsure level)");
    }

    [Test]
    public void A_contradiction_with_no_event_word_or_no_shared_place_is_listed_at_low_severity()
    {
        var noEvent = Compare([Claim("a", "sohr1", Exact(5), "groups", null, place: "Aleppo"), Claim("b", "army", AtLeast(22), "groups", null, place: "Aleppo")]);
        var d = noEvent.Discrepancies.Single(x => x.Kind == DiscrepancyKind.Figure);
        d.Severity.Should().BeLessThanOrEqualTo(GroupAnalysisUnsure);
        d.Explanation.Should().Contain("probably not the same quantity");

        var noPlace = Compare([Claim("a", "sohr1", Exact(5), "people", "killed", "2016-10-30", "2016-10-30"), Claim("b", "army", Exact(40), "people", "killed", "2016-10-30", "2016-10-30")]);
        noPlace.Discrepancies.Single(x => x.Kind == DiscrepancyKind.Figure).Severity.Should().BeLessThanOrEqualTo(GroupAnalysisUnsure);

        var sure = Compare([Claim("a", "sohr1", Exact(5), "people", "killed", "2016-10-30", "2016-10-30", place: "Aleppo"), Claim("b", "army", Exact(40), "people", "killed", "2016-10-30", "2016-10-30", place: "Aleppo")]);
        sure.Discrepancies.Single(x => x.Kind == DiscrepancyKind.Figure).Severity.Should().BeGreaterThan(0.7);
    }

    [Test]
    public void Two_figures_of_one_sentence_never_contradict()
    {
        const string Sentence = "Investigators counted 18 shots, 14 from one gun and four from the other.";
        var result = Compare(
        [
            Claim("a", "sohr1", Exact(14), "shots", "fired", place: "Aleppo", sentence: Sentence, offset: 40),
            Claim("b", "sohr1", Exact(4), "shots", "fired", place: "Aleppo", sentence: Sentence, offset: 56),
        ]);
        result.Discrepancies.Should().BeEmpty();
    }

    private const double GroupAnalysisUnsure = 0.15;

    [Test]
    public void The_length_of_an_event_repeated_by_two_sources_is_agreement_not_an_attribution_question()
    {
        var result = Compare(
        [
            Claim("a", "sohr1", Quantity.Exactly(2, "week"), "humanitarian pause", null, source: "sohr"),
            Claim("b", "army", Quantity.Exactly(2, "week"), "humanitarian pause", null, source: "army"),
        ]);
        result.Groups.Should().ContainSingle();
        result.Discrepancies.Should().BeEmpty();
    }

    [Test]
    public void Bare_numbers_with_nothing_counted_are_not_grouped()
    {
        var result = Compare(
        [
            InSentence("a", "sohr1", Exact(9), null, null, "The monitor said 9 were women.", "9"),
            InSentence("b", "army", Exact(38), null, null, "Over the last month there were 38 such raids.", "38"),
        ]);
        result.Groups.Should().BeEmpty();
        result.Discrepancies.Should().BeEmpty();
    }
}
