using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Issue 16: signs, scale letters, scientific notation, names and codes by their written shape, chains of levels.
/// Every rule is a fact of written English or of financial, sports, science or product text; the sentences are ours.
/// </summary>
public sealed partial class QuantityRecognizerTests
{
    private static List<(string Text, double Value, Trend? Trend)> All(string sentence) =>
        Recognizer.Recognize(sentence).Select(r => (r.Text, r.Quantity.Value, r.Trend)).ToList();

    // A minus sign written tight to a change figure after a name, in a list of prices or indices: a fall.
    [TestCase("At noon the Hang Seng -0.7%, the Kospi +0.3% and the ASX -1.15%.", "-0.7%", -0.7)]
    [TestCase("At noon the Hang Seng -0.7%, the Kospi +0.3% and the ASX -1.15%.", "-1.15%", -1.15)]
    [TestCase("Closing board: Acme -35 points, Globex +12 points.", "-35 points", -35)]
    [TestCase("Week to date, Brent -2.4% and gold +0.6%.", "-2.4%", -2.4)]
    [TestCase("Europe opened weak with the FTSE 100 -0.45% and the CAC 40 flat.", "-0.45%", -0.45)]
    [TestCase("Copper futures (-0.8%) led the metals lower.", "-0.8%", -0.8)]
    public void A_signed_change_after_a_name_is_a_fall(string sentence, string surface, double value)
    {
        var q = Recognizer.Recognize(sentence).Single(r => r.Text == surface);
        q.Quantity.Value.Should().BeApproximately(value, 1e-12);
        q.Trend.Should().Be(Trend.Down);
    }

    [TestCase("At noon the Hang Seng -0.7%, the Kospi +0.3% and the ASX -1.15%.", "+0.3%", 0.3)]
    [TestCase("Closing board: Acme -35 points, Globex +12 points.", "+12 points", 12)]
    [TestCase("The benchmark gained +0.4 points by lunch.", "+0.4 points", 0.4)]
    public void A_plus_sign_is_a_rise_with_a_positive_value(string sentence, string surface, double value)
    {
        var q = Recognizer.Recognize(sentence).Single(r => r.Text.EndsWith(surface.TrimStart('+'), StringComparison.Ordinal));
        q.Quantity.Value.Should().BeApproximately(value, 1e-12);
        q.Trend.Should().Be(Trend.Up);
    }

    [TestCase("Consumer prices were -0.4% lower in May than a year before.", -0.4)]
    [TestCase("Overnight lows of -12 degrees are forecast.", -12)]
    [TestCase("The reading fell to -3.5 on the index.", -3.5)]
    public void A_signed_level_keeps_its_sign(string sentence, double value) =>
        Single(sentence).Quantity.Value.Should().BeApproximately(value, 1e-12);

    [TestCase("Labs ran COVID -19 tests all week.")]
    [TestCase("The crew flew a Mi -8 over the valley.")]
    [TestCase("Reports on SARS -2 spread widely.")]
    public void A_whole_number_after_a_name_and_a_spaced_hyphen_stays_part_of_the_name(string sentence) =>
        Recognizer.Recognize(sentence).Should().BeEmpty();

    [TestCase("Shares of Dynacorp closed down -2 cents.", -2)]
    [TestCase("The pound finished down -0.3% against the euro.", -0.3)]
    [TestCase("Bond yields were down -5 basis points on the day.", -5)]
    public void Down_before_a_minus_sign_is_one_fall(string sentence, double value)
    {
        var q = Single(sentence);
        q.Quantity.Value.Should().BeApproximately(value, 1e-12);
        q.Trend.Should().Be(Trend.Down);
    }

    // Scale letters by context: "m", "B", "M" before a counted plural are million and billion; a thing measured stays metres.
    [TestCase("The streaming app now has 2.7m users.", "2.7m", 2.7e6)]
    [TestCase("The charity fed 1.2m children last winter.", "1.2m", 1.2e6)]
    [TestCase("Roughly 8 B people live on Earth today.", "Roughly 8 B", 8e9)]
    [TestCase("The phone maker shipped 3 M handsets in spring.", "3 M", 3e6)]
    [TestCase("Some 5m households lost power.", "Some 5m", 5e6)]
    [TestCase("The fund raised €300k from backers.", "€300k", 3e5)]
    [TestCase("The utility plans to borrow $5bn next year.", "$5bn", 5e9)]
    [TestCase("The gig drew 10K fans to the park.", "10K", 1e4)]
    public void Scale_letters_before_a_count_are_scales(string sentence, string surface, double value)
    {
        var q = Single(sentence);
        q.Text.Should().Be(surface);
        q.Quantity.Value.Should().BeApproximately(value, 1e-6);
    }

    [TestCase("A 37m mast was raised on the ridge.", 37)]
    [TestCase("She won the 400m hurdles in Rome.", 400)]
    [TestCase("The 110m hurdles final starts at noon.", 110)]
    [TestCase("He trains for the 400m hurdles every spring.", 400)]
    [TestCase("The wall stood 10m high after the repairs.", 10)]
    public void A_tight_m_before_a_measured_thing_is_metres(string sentence, double value)
    {
        var q = Single(sentence);
        q.Quantity.Value.Should().Be(value);
        q.Quantity.Unit.Should().Be("m");
    }

    [TestCase("Operators switched on the 5G network in March.")]
    [TestCase("The 4K screen and the 8K camera were on sale.")]
    [TestCase("Engineers used a 3D printer for the parts.")]
    public void One_digit_and_a_capital_letter_name_a_technology(string sentence) =>
        Recognizer.Recognize(sentence).Should().BeEmpty();

    // Scientific notation.
    [TestCase("The constant is 6.02 × 10^23 per mole.", 6.02e23)]
    [TestCase("The leak rate was 3.2e-5 litres a second.", 3.2e-5)]
    [TestCase("A proton weighs about 1.67×10⁻²⁷ kg.", 1.67e-27)]
    [TestCase("The survey counted 1.3x10^6 nests.", 1.3e6)]
    [TestCase("The server handles 10^9 requests a day.", 1e9)]
    [TestCase("The star's mass is 2.1×10−30 of the unit, a lost superscript.", 2.1e-30)]
    [TestCase("The model predicts 4.5E6 cases.", 4.5e6)]
    public void Scientific_notation_is_one_figure(string sentence, double value) =>
        Single(sentence).Quantity.Value.Should().BeApproximately(value, Math.Abs(value) * 1e-12);

    [TestCase("They built a 2 x 10 metre shed.", 2, 10)]
    [TestCase("The 4 x 100 relay team won.", 4, 100)]
    [TestCase("Beds measure 3 x 5 feet.", 3, 5)]
    public void A_product_of_dimensions_is_not_notation(string sentence, double first, double second) =>
        Recognizer.Recognize(sentence).Select(r => r.Quantity.Value).Should().Equal(first, second);

    // Names and codes by their shape.
    [TestCase("The ID.3 hatchback and the EX.2 van share a platform.")]
    [TestCase("Orders for the A320 and the Boeing 737-800 rose.")]
    [TestCase("The V-6 and the F-35 were on show.")]
    [TestCase("He played in the 2014-15 season and the 2019/20 campaign.")]
    [TestCase("Users must update to v2.1 before Friday.")]
    [TestCase("The Airbus A330-200 landed safely.")]
    public void Model_names_codes_and_seasons_are_not_figures(string sentence) =>
        Recognizer.Recognize(sentence).Should().BeEmpty("found: {0}", string.Join(" | ", Recognizer.Recognize(sentence).Select(r => r.Text)));

    [TestCase("Okafor (9) headed in before Brandt (4) cleared off the line.")]
    [TestCase("Midfielder Sara Lind (14) and goalkeeper Ada Moe (1) started.")]
    [TestCase("The pass from Ruiz (23) found Kim (7) unmarked.")]
    public void A_bare_number_in_brackets_after_a_name_is_a_shirt_number(string sentence) =>
        Recognizer.Recognize(sentence).Should().BeEmpty("found: {0}", string.Join(" | ", Recognizer.Recognize(sentence).Select(r => r.Text)));

    [TestCase("Ann Lee (31 points) led the scoring.", 31)]
    [TestCase("The pass rate (87%) rose again.", 87)]
    [TestCase("Ticket sales (12,400) beat the forecast.", 12400)]
    public void A_figure_with_a_unit_or_after_a_common_noun_in_brackets_stays(string sentence, double value) =>
        Single(sentence).Quantity.Value.Should().Be(value);

    // Chains of levels.
    [TestCase("Analysts lifted the target from $160 to $180 to $200.", 160, 180, 200)]
    [TestCase("Unemployment went from 5% to 6% to 7.5% within a year.", 5, 6, 7.5)]
    [TestCase("Attendance grew from 1,200 to 1,500 to 2,000 over three seasons.", 1200, 1500, 2000)]
    public void A_chain_of_levels_is_read_figure_by_figure(string sentence, double a, double b, double c) =>
        Recognizer.Recognize(sentence).Where(r => r.Quantity.Unit is not ("year" or "season")).Select(r => r.Quantity.Value).Take(3).Should().Equal(a, b, c);

    [TestCase("Fares rose from $160 to $180.", 160, 180)]
    [TestCase("Turnout ranged from 5% to 6%.", 5, 6)]
    [TestCase("Crowds of 1,200 to 1,500 came.", 1200, 1500)]
    public void Two_ends_are_still_a_range(string sentence, double low, double high)
    {
        var q = Single(sentence).Quantity;
        q.Bound.Should().Be(BoundKind.Range);
        (q.Value, q.RangeEnd).Should().Be((low, high));
    }

    // Seconds written as "s" after a decimal figure; decades stay dates.
    [TestCase("She won the final in 9.87s.", 9.87)]
    [TestCase("The hatchback hits 62mph in 8.4s flat.", 8.4)]
    [TestCase("His lap of 71.25s was a record.", 71.25)]
    public void A_tight_s_after_a_decimal_is_seconds(string sentence, double value) =>
        Recognizer.Recognize(sentence).Should().Contain(r => r.Quantity.Unit == "second" && r.Quantity.Value == value && r.IsDuration);

    [TestCase("Prices rose 0.6% in a day.", 0.6)]
    [TestCase("The bill came to $45.88 with tax.", 45.88)]
    [TestCase("It measured 0.3 on the scale.", 0.3)]
    public void Decimals_are_read_as_the_double_nearest_the_written_figure(string sentence, double value) =>
        Single(sentence).Quantity.Value.Should().Be(value);

    // Points as financial text abbreviates them.
    [TestCase("The central bank cut rates by 25bp on Thursday.", 25, "basis point")]
    [TestCase("Spreads on the bonds widened 40bp in a week.", 40, "basis point")]
    [TestCase("The party's vote share fell 2.5pp from the last poll.", 2.5, "percentage point")]
    [TestCase("Margins improved 1.2ppt over the year.", 1.2, "percentage point")]
    public void Basis_and_percentage_points_abbreviated(string sentence, double value, string unit)
    {
        var q = Single(sentence);
        (q.Quantity.Value, q.Quantity.Unit).Should().Be((value, unit));
    }

    // An ordinal hyphenated to a word forms a compound adjective, not a fraction.
    [TestCase("The council ordered a third-party audit.")]
    [TestCase("The air force wants a fifth-generation fighter.")]
    [TestCase("Economists warned of a third-world debt spiral.")]
    public void An_ordinal_in_a_hyphenated_compound_is_not_a_fraction(string sentence) =>
        Recognizer.Recognize(sentence).Should().BeEmpty();

    [TestCase("1e")]
    [TestCase("1e- 1e+ 1e-- 10^ 10^- 10^-x 2 × 10 × 10^")]
    [TestCase("1e999 1e-999 10^400 9^300 0^-1 2.5^-400 1×10⁻⁻⁻⁻⁻⁻ 1×10⁹⁹⁹⁹⁹")]
    [TestCase("×10⁻³⁰ ^^^ e5 E-3 x10^2")]
    [TestCase("ID. ID.. .3 A.B.3 V- -V 2014- -15 2014-15-16 2019/20/21")]
    [TestCase("( ) (( 9 )) Kane ( Kane (9 Kane 9) (9)")]
    [TestCase("from $1 to $2 to $3 to $4 to to to $ to")]
    [TestCase("Dow - -0.1% +-1.3% -+2% −−4% Stoxx 50 - - -")]
    [TestCase("5G 4K 8K 3D 5Gx 4K4K m m m 2.7m 8 B B B")]
    public void Odd_shapes_never_throw(string text)
    {
        var act = () => Recognizer.Recognize(text);
        act.Should().NotThrow();
        foreach (var q in Recognizer.Recognize(text))
        {
            double.IsNaN(q.Quantity.Value).Should().BeFalse(q.Text);
            q.Span.Slice(text).Should().Be(q.Text);
        }
    }
}
