using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>The recogniser on every construct the issue lists: one figure per sentence, read as written.</summary>
[TestFixture]
public sealed partial class QuantityRecognizerTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    private static RecognizedQuantity Single(string sentence)
    {
        var found = Recognizer.Recognize(sentence);
        found.Should().ContainSingle("one figure stands in \"{0}\", found: {1}", sentence, string.Join(" | ", found.Select(f => f.Text)));
        return found[0];
    }

    // Digits, separators, decimals and scales.
    [TestCase("About 18,000 people left.", "About 18,000", 18000)]
    [TestCase("They counted 18 000 people.", "18 000", 18000)]
    [TestCase("They counted 18\u00A0000 people.", "18\u00A0000", 18000)]
    [TestCase("The rate is 1.5 today.", "1.5", 1.5)]
    [TestCase("They counted 18 thousand people.", "18 thousand", 18000)]
    [TestCase("It cost 1.5 million euros.", "1.5 million euros", 1500000)]
    [TestCase("The video has 3.2k views.", "3.2k", 3200)]
    [TestCase("The deal was worth $2bn last year.", "$2bn", 2e9)]
    [TestCase("The fine was $5.4m in the end.", "$5.4m", 5400000)]
    [TestCase("Sales reached 4.3M copies.", "4.3M", 4300000)]
    [TestCase("It reached .5 in May.", ".5", 0.5)]
    [TestCase("The camp housed 2500 refugee families.", "2500", 2500)]
    public void Digits_separators_and_scales(string sentence, string surface, double value)
    {
        var q = Single(sentence);
        q.Text.Should().Be(surface);
        q.Quantity.Value.Should().BeApproximately(value, 1e-9);
    }

    // Spelled-out and compound numbers.
    [TestCase("Six people were hurt.", "Six", 6)]
    [TestCase("Twenty-one people were hurt.", "Twenty-one", 21)]
    [TestCase("They found one hundred and two bodies.", "one hundred and two", 102)]
    [TestCase("They bought a dozen eggs.", "a dozen", 12)]
    [TestCase("They bought two dozen eggs.", "two dozen", 24)]
    [TestCase("Half of the residents fled.", "Half", 0.5)]
    [TestCase("A third of the city was lost.", "A third", 1.0 / 3)]
    [TestCase("Nearly two-thirds of the vote.", "Nearly two-thirds", 2.0 / 3)]
    [TestCase("It was a five-and-a-half-years-long war.", "five-and-a-half-years-long", 5.5)]
    [TestCase("About one and a half thousand people came.", "About one and a half thousand", 1500)]
    [TestCase("There were four hundred million people.", "four hundred million", 4e8)]
    [TestCase("Half a million people marched.", "Half a million", 500000)]
    [TestCase("They filled three quarters of the seats.", "three quarters", 0.75)]
    [TestCase("Overnight the reading fell to negative four degrees.", "negative four degrees", -4)]
    [TestCase("The balance stood at minus 12 on Friday.", "minus 12", -12)]
    public void Spelled_numbers(string sentence, string surface, double value)
    {
        var q = Single(sentence);
        q.Text.Should().Be(surface);
        q.Quantity.Value.Should().BeApproximately(value, 1e-9);
    }

    // Percentages, currencies, units and durations.
    [TestCase("Turnout was 40%.", 40, "percent")]
    [TestCase("Prices rose 0.45 per cent.", 0.45, "percent")]
    [TestCase("It costs $1.5 billion.", 1.5e9, "USD")]
    [TestCase("It costs €300.", 300, "EUR")]
    [TestCase("It costs £20 a month.", 20, "GBP")]
    [TestCase("They held 25 square kilometers of land.", 25, "km2")]
    [TestCase("They hold 8 hectares of farmland.", 8, "ha")]
    [TestCase("A 10-hour pause began.", 10, "hour")]
    [TestCase("A two-week-long pause began.", 2, "week")]
    [TestCase("A three-day operation began.", 3, "day")]
    [TestCase("The talks lasted 72 hours.", 72, "hour")]
    [TestCase("A 10-kilometer zone was declared.", 10, "km")]
    [TestCase("The car reached 155mph.", 155, "mph")]
    public void Units_and_durations(string sentence, double value, string unit)
    {
        var q = Single(sentence);
        q.Quantity.Value.Should().BeApproximately(value, 1e-6);
        q.Quantity.Unit.Should().Be(unit);
    }

    [TestCase("A 10-hour pause began.", true)]
    [TestCase("The talks lasted two weeks.", true)]
    [TestCase("They held 25 square kilometers of land.", false)]
    public void Durations_are_marked(string sentence, bool duration) => Single(sentence).IsDuration.Should().Be(duration);

    [Test]
    public void Conversions_in_brackets_are_separate_figures()
    {
        var found = Recognizer.Recognize("They hold 8 hectares (about 20 acres) of farmland.");
        found.Select(f => (f.Quantity.Value, f.Quantity.Unit, f.Quantity.Bound)).Should().Equal((8, "ha", BoundKind.Exact), (20, "acre", BoundKind.Approx));
    }

    [Test]
    public void The_typical_range_of_a_rounded_figure_keeps_its_granularity()
    {
        var q = Single("Over 18,000 civilians left.").Quantity;
        q.Granularity.Should().Be(1000);
        Single("They had 127 fighters.").Quantity.Granularity.Should().BeNull();
        Single("More than 18 thousand civilians left.").Quantity.Granularity.Should().Be(1000);
    }
}
