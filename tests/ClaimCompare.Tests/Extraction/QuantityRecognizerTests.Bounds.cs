using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>Qualifiers as bounds, ranges, vague magnitudes and trends.</summary>
public sealed partial class QuantityRecognizerTests
{
    // value, bound, qualifier, strict low, strict high, low inclusive, high inclusive
    [TestCase("Over 18,000 civilians left.", 18000, BoundKind.Lower, "over", 18000, null, false, true)]
    [TestCase("More than 18 thousand civilians left.", 18000, BoundKind.Lower, "more than", 18000, null, false, true)]
    [TestCase("At least 22 groups joined.", 22, BoundKind.Lower, "at least", 22, null, true, true)]
    [TestCase("Upwards of 500 people came.", 500, BoundKind.Lower, "upwards of", 500, null, false, true)]
    [TestCase("In excess of 500 people came.", 500, BoundKind.Lower, "in excess of", 500, null, false, true)]
    [TestCase("No fewer than 40 died.", 40, BoundKind.Lower, "no fewer than", 40, null, true, true)]
    [TestCase("Just over 100 people came.", 100, BoundKind.Lower, "just over", 100, null, false, true)]
    [TestCase("Up to 400 jobs may go.", 400, BoundKind.Upper, "up to", null, 400, true, true)]
    [TestCase("As many as 14 players left.", 14, BoundKind.Upper, "as many as", null, 14, true, true)]
    [TestCase("Less than 20 percent agreed.", 20, BoundKind.Upper, "less than", null, 20, true, false)]
    [TestCase("Fewer than 20 people came.", 20, BoundKind.Upper, "fewer than", null, 20, true, false)]
    [TestCase("Under 10 people came.", 10, BoundKind.Upper, "under", null, 10, true, false)]
    [TestCase("No more than 50 people came.", 50, BoundKind.Upper, "no more than", null, 50, true, true)]
    [TestCase("Nearly 10,000 people fled.", 10000, BoundKind.Upper, "nearly", null, 10000, true, false)]
    [TestCase("Almost 40 were injured.", 40, BoundKind.Upper, "almost", null, 40, true, false)]
    [TestCase("Just under 20 percent agreed.", 20, BoundKind.Upper, "just under", null, 20, true, false)]
    [TestCase("About 100 countries sent fighters.", 100, BoundKind.Approx, "about", null, null, true, true)]
    [TestCase("Around 600 people work there.", 600, BoundKind.Approx, "around", null, null, true, true)]
    [TestCase("Some 150 shells fell.", 150, BoundKind.Approx, "some", null, null, true, true)]
    [TestCase("Roughly 8 billion people live here.", 8e9, BoundKind.Approx, "roughly", null, null, true, true)]
    [TestCase("Approximately 300 songs were recorded.", 300, BoundKind.Approx, "approximately", null, null, true, true)]
    [TestCase("An estimated 275,000 people are trapped.", 275000, BoundKind.Approx, "an estimated", null, null, true, true)]
    [TestCase("They had 20 or more cars.", 20, BoundKind.Lower, "or more", 20, null, true, true)]
    [TestCase("Each crate must weigh equal to 40 kg or less.", 40, BoundKind.Upper, "or less", null, 40, true, true)]
    [TestCase("Rents were lower or equal to 900 euros.", 900, BoundKind.Upper, "lower or equal to", null, 900, true, true)]
    public void Qualifiers_bound_the_figure(string sentence, double value, BoundKind bound, string qualifier, double? low, double? high, bool lowInclusive, bool highInclusive)
    {
        var q = Single(sentence).Quantity;
        q.Value.Should().BeApproximately(value, 1e-6);
        q.Bound.Should().Be(bound);
        q.Qualifier.Should().Be(qualifier);
        q.Low.Should().Be(low);
        q.High.Should().Be(high);
        if (low is not null)
        {
            q.LowInclusive.Should().Be(lowInclusive);
        }

        if (high is not null)
        {
            q.HighInclusive.Should().Be(highInclusive);
        }
    }

    [TestCase("About 275,000 people are trapped.", 247500, 302500)]
    [TestCase("More than 80 people died.", 80, 100)]
    [TestCase("Nearly 2,000 were injured.", 1800, 2000)]
    [TestCase("Dozens were killed.", 24, 99)]
    [TestCase("Hundreds were injured.", 200, 999)]
    [TestCase("Several positions fell.", 3, 9)]
    public void Typical_ranges_follow_the_conventions(string sentence, double typicalLow, double typicalHigh)
    {
        var q = Single(sentence).Quantity;
        q.TypicalLow.Should().BeApproximately(typicalLow, 1e-6);
        q.TypicalHigh.Should().BeApproximately(typicalHigh, 1e-6);
    }

    [Test]
    public void Conventions_can_be_changed()
    {
        var plain = new QuantityRecognizer(new QuantityConventions { VagueValueMultiple = 2, ApproximateSpread = 0.2 });
        plain.Recognize("Dozens were killed.").Single().Quantity.Value.Should().Be(24);
        plain.Recognize("About 100 died.").Single().Quantity.TypicalHigh.Should().BeApproximately(120, 1e-9);
        var halfOpen = new QuantityRecognizer(new QuantityConventions { ClosedRanges = false });
        halfOpen.Recognize("Between 6,000 and 10,000 fled.").Single().Quantity.HighInclusive.Should().BeFalse();
    }

    [TestCase("Between 6,000 and 10,000 people fled.", "Between 6,000 and 10,000", 6000, 10000)]
    [TestCase("From 6,000 to 10,000 people fled.", "From 6,000 to 10,000", 6000, 10000)]
    [TestCase("A 5-10W laser was used.", "5-10W", 5, 10)]
    [TestCase("The cyclists rode at 13 to 17 miles per hour.", "13 to 17 miles per hour", 13, 17)]
    [TestCase("The hall seated 3 to 4 thousand guests.", "3 to 4 thousand", 3000, 4000)]
    [TestCase("It could cost $6 billion to $8 billion.", "$6 billion to $8 billion", 6e9, 8e9)]
    [TestCase("It took three or four years.", "three or four years", 3, 4)]
    public void Ranges_are_closed(string sentence, string surface, double low, double high)
    {
        var r = Single(sentence);
        r.Text.Should().Be(surface);
        r.Quantity.Bound.Should().Be(BoundKind.Range);
        r.Quantity.Low.Should().Be(low);
        r.Quantity.High.Should().Be(high);
        r.Quantity.RangeEnd.Should().Be(high);
        r.Quantity.LowInclusive.Should().BeTrue();
        r.Quantity.HighInclusive.Should().BeTrue();
    }

    [Test]
    public void An_approximate_range_is_open_with_a_widened_typical_reading()
    {
        var q = Single("Some 6,000 to 10,000 people fled.").Quantity;
        (q.Bound, q.Value, q.RangeEnd, q.Low, q.High).Should().Be((BoundKind.Range, 6000, 10000, null, null));
        q.TypicalLow.Should().BeApproximately(5400, 1e-6);
        q.TypicalHigh.Should().BeApproximately(11000, 1e-6);
    }

    [TestCase("Dozens of residents fled.", "Dozens", 12, 12, 100)]
    [TestCase("Several dozen residents fled.", "Several dozen", 36, 36, 108)]
    [TestCase("Scores of civilians died.", "Scores", 20, 20, 200)]
    [TestCase("Hundreds of children fled.", "hundreds", 100, 100, 1000)]
    [TestCase("Thousands of civilians fled.", "Thousands", 1000, 1000, 10000)]
    [TestCase("Tens of thousands of people fled.", "Tens of thousands", 10000, 10000, 100000)]
    [TestCase("Several radical groups joined.", "Several", 3, 3, 9)]
    [TestCase("A few residents stayed.", "A few", 2, 2, 5)]
    [TestCase("A handful of residents stayed.", "A handful", 2, 2, 6)]
    public void Vague_magnitudes(string sentence, string surface, double value, double low, double high)
    {
        var r = Single(sentence);
        r.Text.Should().BeEquivalentTo(surface);
        r.Quantity.Bound.Should().Be(BoundKind.Vague);
        r.Quantity.Value.Should().Be(value);
        r.Quantity.Low.Should().Be(low);
        r.Quantity.High.Should().Be(high);
    }

    [TestCase("Prices rose 0.45 per cent.", Trend.Up)]
    [TestCase("The index fell by 3,000 points.", Trend.Down)]
    [TestCase("Shares were up 4% on Monday.", Trend.Up)]
    [TestCase("Exports to Brazil dropped 6% last spring.", Trend.Down)]
    [TestCase("The Dow was +0.2% at noon.", Trend.Up)]
    [TestCase("Sales are expected to grow by 35 per cent.", Trend.Up)]
    public void Rises_and_falls_carry_a_trend(string sentence, Trend trend) => Single(sentence).Trend.Should().Be(trend);

    [TestCase("Shares of Acme were down 3.1%, Brightco by 1.4%, and Corvel rose 2.2%.", new[] { Trend.Down, Trend.Down, Trend.Up })]
    [TestCase("Output fell 4%, hit by 12 strikes in the north.", new[] { Trend.Down })]
    public void A_gapped_change_verb_passes_its_direction_on(string sentence, Trend[] trends)
    {
        var found = Recognizer.Recognize(sentence);
        found.Where(r => r.Trend is not null).Select(r => r.Trend!.Value).Should().Equal(trends);
        found.Should().HaveCountLessThanOrEqualTo(3);
    }

    [TestCase("The defense gave up 517 yards.")]
    [TestCase("They lost 21 battle tanks.")]
    [TestCase("Revenue reached 7 billion dollars.")]
    public void Other_figures_have_no_trend(string sentence) => Single(sentence).Trend.Should().BeNull();

    [Test]
    public void A_lower_and_an_upper_bound_make_one_range()
    {
        var r = Single("The count was above 1200 and below 1800.");
        r.Quantity.Bound.Should().Be(BoundKind.Range);
        (r.Quantity.Low, r.Quantity.High, r.Quantity.LowInclusive, r.Quantity.HighInclusive).Should().Be((1200, 1800, false, false));
    }
}
