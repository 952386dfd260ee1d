using ClaimCompare.Model;
using ClaimCompare.Reading;
using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Sources.SourceTestData;

namespace ClaimCompare.Tests.Sources;

/// <summary>Resolving the sources of claims: ids, channels, affiliations, reasons, determinism, scale.</summary>
[TestFixture]
public sealed class ResolverClaimTests
{
    private static readonly SourceResolver Resolver = new();

    private static List<Claim> Sample() =>
    [
        ClaimFrom("a", 1, Mention("Lt. Gen. Sergei Rudskoi", SourceKind.Person)),
        ClaimFrom("a", 2, Mention("Syrian Observatory for Human Rights", SourceKind.Monitor)),
        ClaimFrom("b", 3, new SourceMention("Sergey Rudskoy", new TextSpan(0, 5), SourceKind.Person, "Head of operations in the Russian General Staff General")
        {
            Affiliation = "Russian General Staff",
            Surface = "Head of operations in the Russian General Staff General Sergey Rudskoy",
        }, Mention("Sputnik", SourceKind.Outlet)),
        ClaimFrom("b", 4, Mention("Rudskoy", SourceKind.Person)),
        ClaimFrom("b", 10, Mention("Sergey Rudskoy", SourceKind.Person, surface: "he")),
        ClaimFrom("c", 5, Mention("SOHR", SourceKind.Monitor)),
        ClaimFrom("c", 6, Mention("local sources", SourceKind.Anonymous)),
        ClaimFrom("d", 7, Mention("local sources", SourceKind.Anonymous)),
        ClaimFrom("b", 8, Mention("the General Staff", SourceKind.Official)),
        new("c9", "d", new TextSpan(0, 2), "12", Quantity.Exactly(12), "12 died.", new TextSpan(0, 8)),
    ];

    [Test]
    public void Claims_get_source_and_channel_ids_in_first_seen_order()
    {
        var result = Resolver.Resolve(Sample());

        result.Claims.Select(c => c.Id).Should().Equal("c1", "c2", "c3", "c4", "c10", "c5", "c6", "c7", "c8", "c9");
        // s3 is the General Staff (the affiliation seen with claim 3), s7 the ministry it belongs to (implied, so last).
        result.Claims.Select(c => c.SourceId).Should().Equal("s1", "s2", "s1", "s1", "s1", "s2", "s5", "s6", "s3", null);
        result.Claims.Select(c => c.ViaId).Should().Equal(null, null, "s4", null, null, null, null, null, null, null);
        result.Sources.Select(s => s.Id).Should().Equal("s1", "s2", "s3", "s4", "s5", "s6", "s7");
    }

    [Test]
    public void Person_source_carries_aliases_roles_affiliation_and_reasons()
    {
        var result = Resolver.Resolve(Sample());
        var rudskoy = result.Sources[0];

        rudskoy.Kind.Should().Be(SourceKind.Person);
        rudskoy.Name.Should().Be("Sergey Rudskoy", "the full spelling mentioned most");
        rudskoy.Aliases.Should().Equal("Sergei Rudskoi", "Lt. Gen. Sergei Rudskoi", "Sergey Rudskoy", "Head of operations in the Russian General Staff General Sergey Rudskoy", "Rudskoy");
        rudskoy.Roles.Should().Equal("Lt. Gen.", "Head of operations in the Russian General Staff General");
        rudskoy.Affiliation.Should().Be("s3");
        rudskoy.Merges.Should().Contain(m => m.Alias == "Sergei Rudskoi" && m.Rule == "transliteration key");
        rudskoy.Merges.Should().Contain(m => m.Alias == "Lt. Gen. Sergei Rudskoi" && m.Rule == "transliteration key");
        rudskoy.Merges.Should().Contain(m => m.Alias == "Rudskoy" && m.Rule.StartsWith("surname of the only full name", StringComparison.Ordinal));
        rudskoy.Merges.Should().Contain(m => m.Alias == "Head of operations in the Russian General Staff General Sergey Rudskoy" && m.Rule == "same name with title or role separated");
        rudskoy.Merges.Select(m => m.Alias).Should().NotContain(["Sergey Rudskoy", "he"]);
    }

    [Test]
    public void General_staff_belongs_to_the_defence_ministry()
    {
        var result = Resolver.Resolve(Sample());
        var staff = result.Sources.Single(s => s.Id == "s3");
        var ministry = result.Sources.Single(s => s.Id == "s7");

        staff.Name.Should().Be("General Staff of the Russian Armed Forces");
        staff.Aliases.Should().Contain(["Russian General Staff", "the General Staff"]);
        staff.Affiliation.Should().Be("s7");
        ministry.Name.Should().Be("Russian Defence Ministry");
        ministry.Aliases.Should().BeEmpty("it is only implied by the alias file's affiliation");
    }

    [Test]
    public void Monitor_is_named_by_the_alias_file()
    {
        var sohr = Resolver.Resolve(Sample()).Sources[1];

        sohr.Name.Should().Be("Syrian Observatory for Human Rights");
        sohr.Kind.Should().Be(SourceKind.Monitor);
        sohr.Merges.Should().ContainSingle().Which.Should().Be(new MergeReason("SOHR", "alias file: Syrian Observatory for Human Rights", Confidences.AliasFile));
    }

    [Test]
    public void Anonymous_sources_of_two_articles_stay_apart()
    {
        var result = Resolver.Resolve(Sample());
        result.Sources[4].Kind.Should().Be(SourceKind.Anonymous);
        result.Sources[5].Kind.Should().Be(SourceKind.Anonymous);
        result.Sources[4].Name.Should().Be("local sources");
        result.Sources[4].Merges.Should().BeEmpty();
    }

    [Test]
    public void Stated_aliases_join_names_no_rule_knows()
    {
        var text = "Liwa al-Quds (Jerusalem Brigade) fighters advanced.";
        var claims = new List<Claim>
        {
            ClaimFrom("a", 1, Mention("Liwa al-Quds")),
            ClaimFrom("b", 2, Mention("Jerusalem Brigade")),
        };

        Resolver.Resolve(claims).Claims.Select(c => c.SourceId).Should().Equal("s1", "s2");
        var result = Resolver.Resolve(claims, AliasesInText.Find(text));
        result.Claims.Select(c => c.SourceId).Should().Equal("s1", "s1");
        result.Sources[0].Merges.Should().ContainSingle().Which.Rule.Should().StartWith("stated in text (translation in parentheses)");
    }

    [Test]
    public void Same_input_gives_the_same_output_across_threads()
    {
        var claims = Sample();
        var first = Resolver.Resolve(claims);
        var runs = Enumerable.Range(0, 8).AsParallel().Select(_ => Resolver.Resolve(claims)).ToList();

        foreach (var run in runs)
        {
            run.Claims.Should().Equal(first.Claims);
            run.Sources.Select(Describe).Should().Equal(first.Sources.Select(Describe));
        }
    }

    [Test]
    public void Bad_input_does_not_throw()
    {
        var claims = new List<Claim>
        {
            ClaimFrom("", 1, new SourceMention("", default, SourceKind.Person)),
            ClaimFrom("a", 2, new SourceMention("!!! ,,, ---", default, SourceKind.Organization)),
            ClaimFrom("a", 3, new SourceMention("Lt. Gen.", default, SourceKind.Person, "") { Affiliation = "   " }),
            ClaimFrom("a", 4, new SourceMention(new string('x', 5000), default, SourceKind.Person)),
        };

        var act = () => Resolver.Resolve(claims);
        act.Should().NotThrow();
        act().Claims.Should().OnlyContain(c => c.SourceId != null);
    }

    [Test]
    public void Many_articles_resolve_through_blocking()
    {
        // 20,000 articles, each quoting the same monitor, the army, its own local sources and one of 2,000 distinct people.
        var mentions = new List<ArticleMention>();
        for (var i = 0; i < 20_000; i++)
        {
            var article = "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            mentions.Add(In(article, i % 2 == 0 ? "Syrian Observatory for Human Rights" : "SOHR", SourceKind.Monitor));
            mentions.Add(In(article, i % 3 == 0 ? "Syrian army" : "Syrian Arab Army", SourceKind.Official));
            mentions.Add(In(article, "local sources", SourceKind.Anonymous));
            mentions.Add(In(article, Letters(i % 2000) + " " + Letters((i % 2000 * 7919) + 11), SourceKind.Person));
        }

        var result = Resolver.ResolveMentions(mentions);

        result.Sources.Should().HaveCount(2 + 20_000 + 2000);
        result.SourceIds.Where((_, i) => i % 4 == 0).Distinct().Should().ContainSingle();
        result.SourceIds.Where((_, i) => i % 4 == 1).Distinct().Should().ContainSingle();
    }

    [Test]
    public void A_surname_in_thousands_of_articles_does_not_hide_near_misses()
    {
        var mentions = new List<ArticleMention> { In("n0", "Vladimir Putin", SourceKind.Person) };
        for (var i = 1; i <= 1000; i++)
        {
            mentions.Add(In("n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Putin", SourceKind.Person));
        }

        mentions.Add(In("m1", "Vladimir Putrin", SourceKind.Person));

        var result = Resolver.ResolveMentions(mentions);

        result.SourceIds.Distinct().Should().Equal("s1", "s2");
        result.Sources[1].PossiblySame.Should().Equal("s1");
    }

    [Test]
    public void Seeds_000_and_002_quote_one_Rudskoy()
    {
        var reader = new ArticleReader();
        var seed000 = reader.ReadAll([TestPaths.Seed("000")]).Articles.Single();
        var seed002 = reader.ReadAll([TestPaths.Seed("002")]).Articles.Single();

        var result = Resolver.ResolveMentions(
        [
            At(seed000, "Lt. Gen. Sergei Rudskoi", "Sergei Rudskoi", SourceKind.Person),
            At(seed002, "Head of operations in the Russian General Staff General Sergey Rudskoy", "Head of operations in the Russian General Staff General Sergey Rudskoy", SourceKind.Person),
            At(seed002, "Rudskoy said", "Rudskoy", SourceKind.Person),
            At(seed002, "the Russian General Staff said", "Russian General Staff", SourceKind.Official),
            At(seed002, "the General Staff said", "General Staff", SourceKind.Official),
        ]);

        result.SourceIds[0].Should().Be(result.SourceIds[1]).And.Be(result.SourceIds[2]);
        result.SourceIds[3].Should().Be(result.SourceIds[4]).And.NotBe(result.SourceIds[0]);
        result.Sources[0].Affiliation.Should().Be(result.SourceIds[3]);
    }

    private static ArticleMention At(Article article, string surface, string name, SourceKind kind)
    {
        var at = article.Text.IndexOf(surface, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, surface);
        return new ArticleMention(article.Id, new SourceMention(name, new TextSpan(at, at + surface.Length), kind) { Surface = surface });
    }

    // A made-up name with a distinct consonant skeleton: four base-12 consonants, each followed by "a".
    private static string Letters(int n)
    {
        const string consonants = "bdfglmnprtvz";
        var chars = new char[8];
        n %= 12 * 12 * 12 * 12;
        for (var i = 3; i >= 0; i--)
        {
            chars[2 * i] = consonants[n % 12];
            chars[(2 * i) + 1] = 'a';
            n /= 12;
        }

        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }

    private static string Describe(Source s) =>
        $"{s.Id}|{s.Name}|{s.Kind}|{string.Join(",", s.Aliases)}|{s.Affiliation}|{string.Join(",", s.Roles)}|{string.Join(",", s.Merges)}|{string.Join(",", s.PossiblySame)}";
}
