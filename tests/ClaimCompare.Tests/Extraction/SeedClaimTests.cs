using ClaimCompare.Extraction;
using ClaimCompare.Model;
using ClaimCompare.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Extraction;

/// <summary>Every figure of the five seed articles, with its bound, qualifier, subject and predicate; and none of their non-claims.</summary>
[TestFixture]
public sealed class SeedClaimTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static readonly Dictionary<string, IReadOnlyList<Claim>> Cache = [];

    private static IReadOnlyList<Claim> Claims(string prefix)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(prefix, out var claims))
            {
                var article = new ArticleReader().ReadAll([TestPaths.Seed(prefix)]).Articles.Single();
                claims = Extractor.Extract(article);
                Cache[prefix] = claims;
            }

            return claims;
        }
    }

    private static Claim Find(string prefix, string surface, int occurrence = 1)
    {
        var matches = Claims(prefix).Where(c => c.Surface == surface).ToList();
        matches.Should().HaveCountGreaterThanOrEqualTo(occurrence, "seed {0} should report \"{1}\"; it reported: {2}", prefix, surface, string.Join(" | ", Claims(prefix).Select(c => c.Surface)));
        return matches[occurrence - 1];
    }

    // prefix, surface, value, bound, qualifier, subject, predicate
    [TestCase("000", "127", 127, BoundKind.Exact, null, "civilians", "killed")]
    [TestCase("000", "254", 254, BoundKind.Exact, null, "civilians", "injured")]
    [TestCase("000", "21", 21, BoundKind.Exact, null, "battle tanks", "lost")]
    [TestCase("000", "10", 10, BoundKind.Exact, null, "infantry fighting vehicles", "lost")]
    [TestCase("000", "six", 6, BoundKind.Exact, null, "rocket artillery systems", "lost")]
    [TestCase("000", "14", 14, BoundKind.Exact, null, "mortar crews", "lost")]
    [TestCase("000", "80", 80, BoundKind.Exact, null, "cars", "lost")]
    [TestCase("000", "12", 12, BoundKind.Exact, null, "bomb-equipped suicide vehicles", "lost")]
    [TestCase("000", "10-hour", 10, BoundKind.Exact, null, "humanitarian pause", null)]
    [TestCase("000", "two", 2, BoundKind.Exact, null, "russian servicemen", "injured")]
    [TestCase("000", "two-week", 2, BoundKind.Exact, null, "humanitarian pause", null)]
    [TestCase("001", "two-week-long", 2, BoundKind.Exact, null, "humanitarian pause", null)]
    [TestCase("001", "several dozen", 36, BoundKind.Vague, "several dozen", "aleppo residents", "rescued")]
    [TestCase("001", "five-and-a-half-years-long", 5.5, BoundKind.Exact, null, "syrian war", null)]
    [TestCase("001", "two years", 2, BoundKind.Exact, null, null, null)]
    [TestCase("002", "16", 16, BoundKind.Exact, null, "districts", "liberated")]
    [TestCase("002", "90,000", 90000, BoundKind.Exact, null, "residents", "inhabited")]
    [TestCase("002", "three-day", 3, BoundKind.Exact, null, "operation", null)]
    [TestCase("002", "over 18,000", 18000, BoundKind.Lower, "over", "civilians", "left")]
    [TestCase("002", "More than 18 thousand", 18000, BoundKind.Lower, "more than", "civilians", "left")]
    [TestCase("002", "Over 1,000", 1000, BoundKind.Lower, "over", "settlements", "joined")]
    [TestCase("002", "more than 100,000", 100000, BoundKind.Lower, "more than", "residents", "returned")]
    [TestCase("002", "8", 8, BoundKind.Exact, null, "corridors", null)]
    [TestCase("002", "25 square kilometers", 25, BoundKind.Exact, null, null, null)]
    [TestCase("002", "45 square kilometers", 45, BoundKind.Exact, null, "eastern aleppo", null)]
    [TestCase("002", "Thousands", 1000, BoundKind.Vague, "thousands", "civilians", "left")]
    [TestCase("002", "hundreds", 100, BoundKind.Vague, "hundreds", "children", "left")]
    [TestCase("002", "two days", 2, BoundKind.Exact, null, null, null)]
    [TestCase("002", "nearly two months", 2, BoundKind.Upper, "nearly", null, null)]
    [TestCase("002", "several-month-long", 3, BoundKind.Vague, "several", "siege", null)]
    [TestCase("002", "tens", 10, BoundKind.Vague, "tens", "terrorist groups", "fought")]
    [TestCase("003", "More than 3,200", 3200, BoundKind.Lower, "more than", "militants", "killed")]
    [TestCase("003", "at least 22", 22, BoundKind.Lower, "at least", "militant groups", null)]
    [TestCase("004", "about 100", 100, BoundKind.Approx, "about", "countries", null)]
    public void Seed_figures(string prefix, string surface, double value, BoundKind bound, string? qualifier, string? subject, string? predicate)
    {
        var claim = Find(prefix, surface);
        claim.Quantity.Value.Should().Be(value);
        claim.Quantity.Bound.Should().Be(bound);
        claim.Quantity.Qualifier.Should().Be(qualifier);
        if (subject is not null)
        {
            claim.Subject.Should().Be(subject);
        }

        claim.Predicate.Should().Be(predicate);
        claim.Id.Should().BeEmpty();
        claim.Span.Slice(SeedText(prefix)).Should().Be(surface);
        claim.SentenceSpan.Contains(claim.Span).Should().BeTrue();
    }

    [TestCase("000", "7 years")]
    [TestCase("001", "2016")]
    [TestCase("001", "1070")]
    [TestCase("001", "2023")]
    [TestCase("001", "19")]
    [TestCase("001", "6")]
    [TestCase("001", "0")]
    [TestCase("002", "13950827000687")]
    [TestCase("002", "72")]
    [TestCase("002", "18")]
    [TestCase("002", "2011")]
    [TestCase("003", "13950601000829")]
    [TestCase("004", "2")]
    [TestCase("004", "2016")]
    [TestCase("004", "one")]
    [TestCase("004", "3")]
    [TestCase("004", "04")]
    public void Seed_non_claims_are_not_reported(string prefix, string number)
    {
        Claims(prefix).Should().NotContain(c => c.Surface == number || c.Surface.StartsWith(number + " ", StringComparison.Ordinal) || c.Surface.StartsWith(number + "_", StringComparison.Ordinal),
            "\"{0}\" in seed {1} is a date, id, title figure or page chrome", number, prefix);
    }

    [Test]
    public void Seed_claims_are_in_offset_order_and_inside_the_body()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var claims = Claims(prefix);
            claims.Select(c => c.Span.Start).Should().BeInAscendingOrder();
            claims.Should().OnlyContain(c => c.Region == RegionKind.Body);
        }
    }

    [Test]
    public void Headline_figures_only_on_request()
    {
        var article = new ArticleReader().ReadAll([TestPaths.Seed("002")]).Articles.Single();
        Extractor.Extract(article).Should().NotContain(c => c.Region == RegionKind.Title);
        var withHeadlines = new ClaimExtractor(new ExtractionOptions { IncludeHeadlines = true }).Extract(article);
        withHeadlines.Should().Contain(c => c.Region == RegionKind.Title && c.Quantity.Value == 16);
    }

    private static string SeedText(string prefix) => new ArticleReader().ReadAll([TestPaths.Seed(prefix)]).Articles.Single().Text;
}
