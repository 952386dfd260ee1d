using ClaimCompare.Extraction;
using ClaimCompare.Model;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>Claim.Concept: the entity or measured thing a figure belongs to, on sentences written for these tests.</summary>
[TestFixture]
public sealed class ConceptTests
{
    private static Claim Only(string text, string surface) => ExtractedClaim.Only(text, surface);

    // text, surface of the figure, expected concept
    [TestCase("Acme Motors has 13,000 workers in Spain.", "13,000", "acme motors")]
    [TestCase("Globex, which employs 4,200 people, posted a loss.", "4,200", "globex")]
    [TestCase("The lighter frame will extend the cruising range by about 30 kilometres.", "about 30 kilometres", "cruising range")]
    [TestCase("The council plans to cut its annual budget by 12%.", "12%", "annual budget")]
    [TestCase("The price of copper rose 3.5% on Tuesday.", "3.5%", "price of copper")]
    [TestCase("The Lisbon Small Caps Index was up about 7 per cent.", "about 7 per cent", "lisbon small caps index")]
    [TestCase("The March wheat contract fell 12 cents to $5.40.", "12 cents", "march wheat contract")]
    [TestCase("The bridge has a span of 410 metres.", "410 metres", "span")]
    [TestCase("Sales in the half rose to $2.6 billion from $2.2 billion.", "$2.2 billion", "sales in the half")]
    [TestCase("Northwind Traders on Friday unveiled plans to cut more than 900 jobs.", "more than 900", "northwind traders")]
    [TestCase("The ferry is the only link for about 300 island residents.", "about 300", "ferry")]
    [TestCase("The Kospi index was trending up 0.3% at midday.", "0.3%", "kospi index")]
    [TestCase("The spin-off employs around 45 designers.", "around 45", "spin-off")]
    [TestCase("Shares of Initech have had a strong run, up nearly 25% since March.", "nearly 25%", "shares of initech")]
    [TestCase("The dam wall, which is 85 metres high, holds back the river.", "85 metres", "dam wall")]
    public void Concept_is_the_owner_or_measured_thing(string text, string surface, string concept) =>
        Only(text, surface).Concept.Should().Be(concept);

    // When the sentence names no owner, Concept falls back to the counted noun.
    [TestCase("Dozens of protesters gathered outside.", "Dozens", "protesters")]
    [TestCase("They counted 45 ballot boxes.", "45", "ballot boxes")]
    public void Concept_falls_back_to_the_counted_noun(string text, string surface, string concept)
    {
        var claim = Only(text, surface);
        claim.Concept.Should().Be(concept);
        claim.Concept.Should().Be(claim.Subject);
    }

    [TestCase("It lasted 3 hours.", "3 hours")]
    public void Concept_is_null_when_nothing_is_named(string text, string surface) =>
        Only(text, surface).Concept.Should().BeNull();
}
