using ClaimCompare.Extraction;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Numbers that are not counts (issue 11, precision): ages in every written form, ordinals told with "a", years of
/// service. Sentences written for these tests, across domains.
/// </summary>
[TestFixture]
public sealed class NotCountTests
{
    private static IReadOnlyList<double> Values(string text) => ExtractedClaim.All(text).Select(c => c.Quantity.Value).ToList();

    // An age written as a length, with or without hyphens.
    [TestCase("The 29-year-old man was killed near the depot.", 29)]
    [TestCase("Both 15-year-olds were hurt in the fall.", 15)]
    [TestCase("Firefighters rescued a 9-year-old boy and his 41-year-old uncle.", 41)]
    [TestCase("A 13 year old girl was hurt when the swing broke.", 13)]
    [TestCase("Deputies found the 17-year old driver unhurt.", 17)]
    [TestCase("The 8 years old pupil won the spelling contest.", 8)]
    public void An_age_is_no_claim(string text, double age) =>
        Values(text).Should().NotContain(age);

    [TestCase("The 29-year-old man was killed near the depot.", 29)]
    [TestCase("A 13 year old girl was hurt when the swing broke.", 13)]
    [TestCase("The 8 years old pupil won the spelling contest.", 8)]
    public void With_framing_durations_reported_an_age_is_a_length_without_predicate(string text, double age)
    {
        var extractor = new ClaimExtractor(new ExtractionOptions { ReportFramingDurations = true });
        var claims = extractor.Extract(new Model.Article("t", null, null, null, null, text)).Where(c => c.Quantity.Value == age).ToList();
        claims.Should().NotBeEmpty().And.OnlyContain(c => c.Predicate == null && c.Quantity.Unit == "year");
    }

    // A list of ages: the figure before "and" is one too.
    [TestCase("The gunman hurt a 19 and 16 year old near the kiosk.", 19)]
    [TestCase("Two sisters, 6 and 11 years old, were rescued from the flat.", 6)]
    [TestCase("Rescuers pulled a 70 or 71 year old man from the rubble.", 70)]
    [TestCase("Nine hikers, ages ranging from 19 to 64, were hurt.", 64)]
    [TestCase("Six pupils were hurt, ages ranging from 9 to 12.", 9)]
    [TestCase("The recruits, aged ranging between 18 and 25, were sent home.", 18)]
    public void A_plain_figure_before_an_age_in_a_list_is_an_age(string text, double age) =>
        Values(text).Should().NotContain(age);

    // Ages set beside a full name in a list of victims, or at the end of the sentence.
    [TestCase("The victims were Ann Roe, 30; Bo Lee, 31; and Cy Poe, 44.", 30)]
    [TestCase("The victims were Ann Roe, 30; Bo Lee, 31; and Cy Poe, 44.", 44)]
    [TestCase("Charges were filed over the death of Dana Reyes, 16.", 16)]
    [TestCase("The coach named his captain, Tomas Ruiz, 27.", 27)]
    public void An_age_beside_a_full_name_is_no_claim(string text, double age) =>
        Values(text).Should().NotContain(age);

    [TestCase("Medics treated a nurse in her 20s and two porters in their 40's.", 20)]
    [TestCase("Medics treated a nurse in her 20s and two porters in their 40's.", 40)]
    [TestCase("The crowd was mostly students in 20's, the organisers said.", 20)]
    [TestCase("The list names Mia Clarke-Owen, 52; and Lu Park, 61.", 52)]
    public void Decades_of_life_and_ages_beside_double_barrelled_names_are_no_claim(string text, double age) =>
        Values(text).Should().NotContain(age);

    // A single capitalised word with a figure is as often a tally by place or team.
    [TestCase("Final tallies: Leeds, 12; Hull, 9.", 12)]
    [TestCase("Seats won by region were North, 40; South, 35.", 40)]
    public void A_tally_by_place_stays(string text, double value) =>
        Values(text).Should().Contain(value);

    // How long a person has served.
    [TestCase("A 20-year veteran of the force was wounded.", 20)]
    [TestCase("The 12-year member of the board resigned on Monday.", 12)]
    [TestCase("She is a 30-year employee of the mill.", 30)]
    [TestCase("Ruiz, a nine-year Harbor Fire Service veteran, led the crew.", 9)]
    public void Years_of_service_are_no_claim(string text, double years) =>
        Values(text).Should().NotContain(years);

    [TestCase("The judge handed down a 20-year sentence.", 20)]
    [TestCase("Both sides agreed a 10-hour pause in the shelling.", 10)]
    [TestCase("The mine closed after a 30-year run.", 30)]
    public void A_length_before_a_thing_or_event_stays(string text, double years) =>
        Values(text).Should().Contain(years);

    // A number alone in square brackets marks a reference, as encyclopaedias print them.
    [TestCase("The storm flooded 300 homes.[12] Crews worked overnight.", 12)]
    [TestCase("Turnout reached 61 percent,[4] the highest since the war.", 4)]
    [TestCase("Four climbers were rescued.[27][28]", 27)]
    public void A_reference_mark_is_no_claim(string text, double mark) =>
        Values(text).Should().NotContain(mark);

    // "a third person" ranks; "a third of" divides.
    [TestCase("A third person was hurt when the car mounted the kerb.")]
    [TestCase("Two guards were shot and a fourth was injured by flying glass.")]
    [TestCase("The club slumped to a second straight defeat.")]
    [TestCase("Voters chose a fifth candidate in the runoff.")]
    public void An_ordinal_after_a_is_no_fraction(string text) =>
        Values(text).Should().NotContain(v => v > 0 && v < 1);

    [TestCase("A third of the budget went to roads.", 1.0 / 3)]
    [TestCase("Turnout fell by a third in the spring.", 1.0 / 3)]
    [TestCase("Of the 90 passengers, a third were injured.", 1.0 / 3)]
    [TestCase("Prices rose by a fifth over the year.", 0.2)]
    public void A_fraction_stays(string text, double value) =>
        Values(text).Should().Contain(v => Math.Abs(v - value) < 1e-9);

    // An aside with no closing mark is no aside: the reader must not jump 16 tokens on and take a verb of another clause.
    [TestCase("Four miners (all from one village were trapped below while rescuers in the valley said that two climbers had been killed on the ridge.", "Four")]
    [TestCase("Three ferries - one of them carrying cars and trucks from the port on the island while crews far away reported that five sailors were killed.", "Three")]
    [TestCase("Two lorries, including one owned by the council and driven by a contractor who worked for the city for years and years while later nine riders were injured.", "Two")]
    public void An_unclosed_aside_does_not_lend_a_far_verb(string text, string surface) =>
        ExtractedClaim.Only(text, surface).Predicate.Should().BeNull();

    // A closed aside is still skipped.
    [TestCase("Four miners – all from one village – were killed.", "Four", "killed")]
    [TestCase("Two guards (both off duty) were injured in the blast.", "Two", "injured")]
    [TestCase("Nine pupils, including two sisters, were hurt on the trip.", "Nine", "injured")]
    public void A_closed_aside_is_skipped(string text, string surface, string predicate) =>
        ExtractedClaim.Only(text, surface).Predicate.Should().Be(predicate);
}
