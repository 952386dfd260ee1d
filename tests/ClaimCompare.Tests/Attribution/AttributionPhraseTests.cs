using ClaimCompare.Attribution;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Attribution.AttributionProbe;

namespace ClaimCompare.Tests.Attribution;

/// <summary>The source phrase is a whole noun phrase: its head with the modifiers after it, never only the object inside a modifier.</summary>
[TestFixture]
public sealed class AttributionPhraseTests
{
    [TestCase("Rebel commanders stationed in the northern districts of the city have warned that they will surrender within three days.", "three days", "Rebel commanders stationed in the northern districts of the city")]
    [TestCase("Soldiers stationed near the border said 12 trucks crossed overnight.", "12 trucks", "Soldiers stationed near the border")]
    [TestCase("Families living in the old town told reporters that 30 homes were destroyed.", "30 homes", "Families living in the old town")]
    [TestCase("Doctors working at the main hospital said 45 patients arrived.", "45 patients", "Doctors working at the main hospital")]
    [TestCase("Engineers hired by the city reported that 8 bridges were unsafe.", "8 bridges", "Engineers hired by the city")]
    public void Participle_phrase_stays_inside_the_source(string text, string figure, string surface)
    {
        var attribution = At(text, figure);
        attribution.Should().NotBeNull();
        attribution!.Source.Surface.Should().Be(surface);
    }

    // An infinitive with its object ends the agent's phrase; a title after "to" does not.
    [TestCase("Four truces declared by Paris and Berlin to give the villagers a chance to leave were broken.", "Four", "Paris and Berlin")]
    [TestCase("An adviser to former president Lee said 5 ministers had resigned.", "5", "An adviser to former president Lee")]
    public void Agent_phrase_ends_before_an_infinitive_with_its_object(string text, string figure, string surface) =>
        At(text, figure)!.Source.Surface.Should().Be(surface);

    [TestCase("The report, released in March, said 40 schools closed.", "40 schools", "report")]
    [TestCase("People in the city said 20 shops were looted.", "20 shops", "People in the city")]
    public void Ordinary_phrases_are_unchanged(string text, string figure, string name) =>
        At(text, figure)!.Source.Name.Should().Be(name);

    [Test]
    public void Seed_commanders_threat_is_credited_to_the_commanders_not_the_place()
    {
        var attribution = AttributionSeedTests.AttachAt("002", "two days");
        attribution.Should().NotBeNull();
        attribution!.Source.Surface.Should().StartWith("terrorist commanders");
        attribution.Source.Name.Should().StartWith("terrorist commanders");
    }
}
