using ClaimCompare.Attribution;
using ClaimCompare.Model;
using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Sources;

/// <summary>
/// Issue 13 end to end: an organisation referred to as "the monitor" in one article and named in full in another is one
/// source, and a person who speaks for it is linked to it by <see cref="Source.Affiliation"/>. Sentences written for this test.
/// </summary>
[TestFixture]
public sealed class ReferredOrganisationTests
{
    private static List<Claim> Credited(string articleId, string text, string figure)
    {
        var article = new Article(articleId, null, null, null, null, text);
        var start = text.IndexOf(figure, StringComparison.Ordinal);
        var claim = new Claim(articleId + "-1", articleId, new TextSpan(start, start + figure.Length), figure, Quantity.Exactly(1), text, new TextSpan(0, text.Length));
        return [.. new AttributionFinder().Attach(article, [claim])];
    }

    [Test]
    public void A_body_referred_to_by_its_head_noun_merges_with_its_full_name_in_another_article()
    {
        var claims = Credited("a", "The Syrian Observatory for Human Rights counts the dead from Britain. The monitor said 40 civilians died.", "40")
            .Concat(Credited("b", "At least 35 civilians died, the Syrian Observatory for Human Rights said.", "35"))
            .Concat(Credited("c", "The Norwegian Refugee Council runs two camps. Its representatives said 300 families arrived.", "300"))
            .ToList();

        var result = new SourceResolver().Resolve(claims);

        result.Claims[0].SourceId.Should().NotBeNull().And.Be(result.Claims[1].SourceId);
        result.Sources.Single(s => s.Id == result.Claims[2].SourceId).Name.Should().Be("Norwegian Refugee Council");
    }

    [Test]
    public void A_spokesperson_is_affiliated_with_the_body_named_before()
    {
        var claims = Credited("a", "The Interior Ministry said 14 soldiers died. Ministry spokesman Ivan Petrov said 20 were hurt.", "20")
            .Concat(Credited("b", "The Interior Ministry said 16 soldiers died on Monday.", "16"))
            .ToList();

        var result = new SourceResolver().Resolve(claims);

        var person = result.Sources.Single(s => s.Id == result.Claims[0].SourceId);
        person.Name.Should().Be("Ivan Petrov");
        person.Affiliation.Should().NotBeNull().And.Be(result.Claims[1].SourceId);
    }
}
