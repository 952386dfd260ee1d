using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>
/// Issue 16: a duration after "in", "for" or "within", or before "later", is a length of its own unless it frames
/// another figure of its clause; a measured time (decimals, the time to reach a speed) never frames.
/// </summary>
[TestFixture]
public sealed class DurationLengthTests
{
    private static List<string> Surfaces(string text) => ExtractedClaim.Surfaces(text);

    [TestCase("Tickets for the tour sold out in fewer than 20 minutes.", "fewer than 20 minutes")]
    [TestCase("The record had stood for 16 years before she broke it.", "16 years")]
    [TestCase("The reservoir could run dry within 12 years at this rate.", "12 years")]
    [TestCase("Six minutes later the visitors equalised.", "Six minutes")]
    [TestCase("The council approved the plan two weeks later.", "two weeks")]
    public void A_duration_alone_is_a_length(string text, string length) =>
        Surfaces(text).Should().Equal(length);

    [TestCase("The hatchback reaches 62 mph in 8 seconds.", "8 seconds")]
    [TestCase("The e-bike gets from zero to 25 km/h in 3 seconds.", "3 seconds")]
    [TestCase("The train reached 120 miles an hour in 90 seconds.", "90 seconds")]
    [TestCase("The prototype hit 80 kilometres per hour in 5 seconds.", "5 seconds")]
    [TestCase("Crews cleared 300 homes in 7.5 days.", "7.5 days")]
    [TestCase("She swam 100 metres in 52.4 seconds.", "52.4 seconds")]
    public void A_measured_time_is_a_length_even_beside_another_figure(string text, string length) =>
        Surfaces(text).Should().Contain(length);

    [Test]
    public void Rates_per_time_are_read_off_the_unit_phrases() =>
        ClaimCompare.Extraction.Scanning.UnitLexicon.RatesPerTime.Should().BeEquivalentTo("mph", "km/h");

    [TestCase("Ten days later, 80 more families had returned.", "80")]
    [TestCase("Volunteers planted 4,000 trees over the past 48 hours.", "4,000")]
    [TestCase("The club signed 3 players within a week.", "3")]
    public void A_window_of_another_figure_in_its_clause_is_not_reported(string text, string count) =>
        Surfaces(text).Should().Equal(count);

    [TestCase("The queue cleared in 40 minutes; 2,000 fans got in.", "40 minutes")]
    [TestCase("Repairs took 3 weeks, but 12 homes still lack power.", "3 weeks")]
    [TestCase("The vote was held within 48 hours, while 30 seats stayed empty.", "48 hours")]
    public void A_duration_in_another_clause_than_the_count_is_a_length(string text, string length) =>
        Surfaces(text).Should().Contain(length);

    [TestCase("The bridge closed two days before the storm.")]
    [TestCase("Markets rallied a week after the vote.")]
    [TestCase("The archive went online 7 years ago.")]
    public void An_offset_that_dates_an_event_is_not_a_length(string text) =>
        Surfaces(text).Should().BeEmpty();
}
