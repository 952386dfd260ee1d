using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>A length that only frames another figure ("in 21 days") is not a claim; a length of its own is.</summary>
[TestFixture]
public sealed class FramingWindowTests
{
    private static List<string> Surfaces(string text) => ExtractedClaim.Surfaces(text);

    [TestCase("Crews cleared 300 homes in 21 days.", "300")]
    [TestCase("Crews cleared 300 homes in twenty-one days.", "300")]
    [TestCase("Crews cleared 300 homes over the past thirty-six hours.", "300")]
    public void A_window_of_another_figure_is_not_reported(string text, string count) =>
        Surfaces(text).Should().Equal(count);

    [TestCase("The twenty-one-day strike idled 300 crews.", "twenty-one-day")]
    [TestCase("A 21-day strike idled 300 crews.", "21-day")]
    [TestCase("A five-and-a-half-year dispute idled 300 crews.", "five-and-a-half-year")]
    public void A_length_hyphenated_to_its_unit_is_a_figure_of_its_own(string text, string length) =>
        Surfaces(text).Should().Contain(length);
}
