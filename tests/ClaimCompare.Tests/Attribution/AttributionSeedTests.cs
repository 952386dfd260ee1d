using ClaimCompare.Attribution;
using ClaimCompare.Model;
using ClaimCompare.Reading;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Attribution;

/// <summary>Every attributed figure in the seed articles gets its source; figures in the outlet's own voice stay unattributed.</summary>
[TestFixture]
public sealed class AttributionSeedTests
{
    private static readonly object[] Cases =
    [
        new object[] { "000", "127 and injured", "Russian Defense Ministry", SourceKind.Official, null! },
        new object[] { "000", "254 civilians", "Russian Defense Ministry", SourceKind.Official, null! },
        new object[] { "000", "21 battle tanks", "Sergei Rudskoi", SourceKind.Person, null! },
        new object[] { "000", "12 bomb-equipped", "Sergei Rudskoi", SourceKind.Person, null! },
        new object[] { "002", "16 districts", "Russian General Staff", SourceKind.Official, null! },
        new object[] { "002", "90,000 residents", "Russian General Staff", SourceKind.Official, null! },
        new object[] { "002", "over 18,000", "Sergey Rudskoy", SourceKind.Person, "Sputnik" },
        new object[] { "002", "More than 18 thousand", "Sergey Rudskoy", SourceKind.Person, null! },
        new object[] { "003", "More than 3,200", "local sources", SourceKind.Anonymous, null! },
        new object[] { "003", "at least 22", "sources close to the Operation Room for Conquest of Aleppo", SourceKind.Anonymous, null! },
        new object[] { "004", "about 100 countries", "Recent estimates", SourceKind.Document, null! },
        new object[] { "001", "several dozen", "Evgeny Krutikov", SourceKind.Person, null! },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Attributed_figure_gets_its_source(string seed, string surface, string name, SourceKind kind, string? via)
    {
        var attribution = AttachAt(seed, surface);
        attribution.Should().NotBeNull($"'{surface}' is credited to {name}");
        attribution!.Source.Name.Should().Be(name);
        attribution.Source.Kind.Should().Be(kind);
        if (via is null)
        {
            attribution.Via.Should().BeNull();
        }
        else
        {
            attribution.Via!.Name.Should().Be(via);
        }
    }

    [TestCase("002", "Over 1,000 settlements")]
    [TestCase("002", "more than 100,000 residents")]
    [TestCase("002", "25 square kilometers")]
    [TestCase("000", "two Russian servicemen")]
    [TestCase("004", "November 20, 2016")]
    public void Figure_in_the_outlets_own_voice_has_no_source(string seed, string surface) =>
        AttachAt(seed, surface).Should().BeNull();

    [Test]
    public void Rudskoy_mention_keeps_role_and_affiliation()
    {
        var attribution = AttachAt("002", "over 18,000")!;
        attribution.Source.Role.Should().StartWith("Head of operations in the Russian General Staff");
        attribution.Source.Affiliation.Should().Be("Russian General Staff");
        attribution.Source.Surface.Should().Be("Head of operations in the Russian General Staff General Sergey Rudskoy");
        attribution.Cue.Should().Be("told");
    }

    [Test]
    public void Short_name_resolves_to_the_full_mention_but_keeps_its_own_span()
    {
        var article = Seed("002");
        var short_ = new AttributionFinder().Find(article).Single(a => a.Source.Surface == "Rudskoy");
        short_.Source.Name.Should().Be("Sergey Rudskoy");
        short_.Source.Span.Slice(article.Text).Should().Be("Rudskoy");
    }

    [Test]
    public void Title_is_separated_from_the_name()
    {
        var attribution = AttachAt("000", "21 battle tanks")!;
        attribution.Source.Role.Should().Be("Lt. Gen.");
        attribution.Cue.Should().Be("according to");
    }

    internal static Article Seed(string prefix) => new ArticleReader().ReadAll([TestPaths.Seed(prefix)]).Articles.Single();

    /// <summary>The attribution credited to a claim on the first <paramref name="surface"/> in a seed.</summary>
    internal static SourceAttribution? AttachAt(string seed, string surface)
    {
        var article = Seed(seed);
        var start = article.Text.IndexOf(surface, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"'{surface}' is in seed {seed}");
        var span = new TextSpan(start, start + surface.Length);
        var claim = new Claim("c1", article.Id, span, surface, Quantity.Exactly(1), surface, span);
        return new AttributionFinder().Attach(article, [claim]).Single().Attribution;
    }
}
