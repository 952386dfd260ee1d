using System.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>Numbers that are not claims, and text that must not break the recogniser.</summary>
public sealed partial class QuantityRecognizerTests
{
    [TestCase("Russian jets have not struck Aleppo since October 18, the staff said.")]
    [TestCase("Syria has been at war since March 2011.")]
    [TestCase("The clashes on November 2 were heavy.")]
    [TestCase("Rebels fired on August 6, 2016 at dawn.")]
    [TestCase("It happened on 18 October in the north.")]
    [TestCase("The memo dated Mar. 14 was released.")]
    [TestCase("Published: November 20, 2016, 3:04 pm")]
    [TestCase("The meeting starts at 10:27 tomorrow.")]
    [TestCase("The bomb went off at 5am.")]
    [TestCase("Trading closed at 1.56pm on Friday.")]
    [TestCase("He scored the 96th-minute winner.")]
    [TestCase("The game ended 2-2 after extra time.")]
    [TestCase("They levelled Game 5 at 77-77.")]
    [TestCase("Fighting hit the 4120 Tower block.")]
    [TestCase("13950827000687_photoi")]
    [TestCase("folder_openSyria access_time7 years ago")]
    [TestCase("The story was posted 7 years ago.")]
    [TestCase("The category 3 storm weakened overnight.")]
    [TestCase("The TA-35 index closed higher.")]
    [TestCase("Cases of COVID-19 rose.")]
    [TestCase("It grounded two 737 Max jets in Texas.", 1)]
    [TestCase("She works at 14 W 52nd St in Midtown.")]
    [TestCase("Visit https://www.example.com/page?id=30%25 for details.")]
    [TestCase("Nobody expected this one to work.")]
    [TestCase("One after another, the positions fell.")]
    [TestCase("The shift happened in the 1990s.")]
    [TestCase("Priya Nandakumar, 34, said she stayed.")]
    [TestCase("Trade rules of the twenty-first century differ.")]
    [TestCase("She marked her thirty-fourth birthday at sea.")]
    [TestCase("The club opened in 4120 district last year.")]
    public void Not_claims(string sentence, int expected = 0)
    {
        Recognizer.Recognize(sentence).Should().HaveCount(expected, "found: {0}", string.Join(" | ", Recognizer.Recognize(sentence).Select(r => r.Text)));
    }

    [TestCase("Sales of the PS5 beat the PS4 within a year.")]
    [TestCase("The Y = 3 line crosses the axis.")]
    public void Letters_before_a_figure_are_not_a_currency(string sentence)
    {
        Recognizer.Recognize(sentence).Should().NotContain(r => r.Quantity.Unit == "GBP" || r.Quantity.Unit == "JPY");
    }

    [TestCase("")]
    [TestCase("   \n\n  ")]
    [TestCase("--------------")]
    [TestCase("1,,,,,2....3 ///// 4 ::: 5")]
    [TestCase("$$$$ %%% ~~~ ---- 1-2-3-4-5-6-7-8-9")]
    [TestCase("between between between and and and to to to")]
    [TestCase("one one one one one one one one one one")]
    [TestCase("five-and-a-and-a-and-a-half-and")]
    [TestCase("\u0000\uFFFF\uD800 12 \uDC00 thousand")]
    public void Odd_text_never_throws(string text)
    {
        var act = () => Recognizer.Recognize(text);
        act.Should().NotThrow();
    }

    [Test]
    public void Long_adversarial_text_is_read_whole_and_the_same_way_throughout()
    {
        // Every look-around is bounded, so a long run of qualifier-like words is read piece by piece: the long text gives
        // exactly the figures of its short version, repeated (speed is measured by the benchmarks, not here).
        const string piece = "more than about nearly between 1,000,000 and - to ";
        var shortText = string.Concat(Enumerable.Repeat(piece, 10));
        var longText = string.Concat(Enumerable.Repeat(piece, 20000));

        var few = Recognizer.Recognize(shortText).Select(r => r.Text).ToList();
        var many = Recognizer.Recognize(longText).Select(r => r.Text).ToList();

        few.Should().NotBeEmpty();
        many.Should().HaveCount(few.Count * 2000);
        many.Distinct().Should().BeEquivalentTo(few.Distinct());
    }

    [Test]
    public void Spans_point_into_the_text()
    {
        const string text = "Officials said that over 18,000 civilians left, and about 100 countries sent fighters.";
        foreach (var r in Recognizer.Recognize(text))
        {
            r.Span.Slice(text).Should().Be(r.Text);
            r.Span.Contains(r.NumberSpan).Should().BeTrue();
        }

        Recognizer.Recognize(text).Select(r => r.Text).Should().Equal("over 18,000", "about 100");
    }
}
