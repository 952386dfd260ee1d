using ClaimCompare.Model;
using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Sources.SourceTestData;

namespace ClaimCompare.Tests.Sources;

/// <summary>Pairs of mentions that must, and must not, resolve to one source.</summary>
[TestFixture]
public sealed class ResolverPairTests
{
    private static readonly SourceResolver Resolver = new();

    // Kind codes: P person, M monitor, F official, U outlet, A anonymous, O organisation.
    // "same" puts both mentions in one article; otherwise they come from two articles.
    [TestCase("Sergei Rudskoi", "P", "Sergey Rudskoy", "P", false, TestName = "Russian transliteration")]
    [TestCase("Abdullah Muhammad al-Muhaysini", "P", "Abdullah al-Moheisini", "P", false, TestName = "Arabic transliteration with middle name")]
    [TestCase("Jeish al-Fatah", "O", "Jaish al-Fatah", "O", false, TestName = "Jeish = Jaish")]
    [TestCase("Ahrar ash-Sham", "O", "Ahrar al-Sham", "O", false, TestName = "assimilated article")]
    [TestCase("Nour al-Din al-Zinki", "O", "Nur el-Din Zenki", "O", false, TestName = "ou/u, el-/al-, i/e")]
    [TestCase("Lt. Gen. Sergei Rudskoi", "P", "Sergey Rudskoy", "P", false, TestName = "rank stripped")]
    [TestCase("Head of operations in the Russian General Staff General Sergey Rudskoy", "P", "Sergei Rudskoi", "P", false, TestName = "role stripped")]
    [TestCase("Sergueï Rudskoï", "P", "Sergei Rudskoi", "P", false, TestName = "diacritics")]
    [TestCase("Rudskoy", "P", "Sergei Rudskoi", "P", false, TestName = "surname only, unique full name")]
    [TestCase("Syrian Observatory for Human Rights", "M", "SOHR", "M", true, TestName = "acronym in article")]
    [TestCase("Syrian Observatory for Human Rights", "M", "SOHR", "O", false, TestName = "acronym across articles")]
    [TestCase("Syrian Observatory for Human Rights", "M", "the Observatory", "M", true, TestName = "short form in article")]
    [TestCase("Syrian Observatory for Human Rights", "M", "the monitor", "M", true, TestName = "descriptor in article")]
    [TestCase("The so-called Syrian Observatory for Human Rights", "M", "UK-based Syrian Observatory for Human Rights", "M", false, TestName = "so-called and -based")]
    [TestCase("Russian Defense Ministry", "F", "Russian Defence Ministry", "F", false, TestName = "US and UK spelling")]
    [TestCase("Ministry of Defence of Russia", "F", "Russian Defense Ministry", "F", false, TestName = "word order")]
    [TestCase("Russia's Defence Ministry", "F", "Russian Defence Ministry", "F", false, TestName = "possessive")]
    [TestCase("Russian Ministry of Defence", "F", "MoD", "F", true, TestName = "MoD in article")]
    [TestCase("Russian Defence Ministry", "F", "Ministry of Defence", "F", true, TestName = "generic head in article")]
    [TestCase("Army of Conquest", "O", "Jaish al-Fatah", "O", false, TestName = "alias file translation")]
    [TestCase("al-Nusra Front", "O", "Jabhat Fateh al-Sham", "O", false, TestName = "alias file rename")]
    [TestCase("Jabhat al-Nusra", "O", "Nusra Front", "O", false, TestName = "alias file Nusra")]
    [TestCase("SAA", "F", "Syrian army", "F", false, TestName = "alias file SAA")]
    [TestCase("Russian Reconciliation Center", "F", "Russian Centre for Reconciliation of Opposing Sides in Syria", "F", false, TestName = "alias file reconciliation centre")]
    [TestCase("Syria's state news agency SANA", "U", "Sana news agency", "U", false, TestName = "outlet with descriptions")]
    [TestCase("al-Watan daily", "U", "Al-Watan", "U", false, TestName = "outlet with trailing description")]
    [TestCase("SANA", "U", "the state news agency", "U", true, TestName = "outlet descriptor in article")]
    [TestCase("Syrian state media", "U", "state media", "O", true, TestName = "lower-case description in article")]
    [TestCase("the spokesman", "P", "The spokesman", "P", true, TestName = "unnamed person in one article")]
    [TestCase("Staffan de Mistura", "P", "Mr de Mistura", "O", false, TestName = "honorific makes a person")]
    [TestCase("local sources", "A", "Local sources", "A", true, TestName = "same anonymous description in one article")]
    public void Must_merge(string a, string kindA, string b, string kindB, bool sameArticle)
    {
        var result = Resolver.ResolveMentions([In("x1", a, Kind(kindA)), In(sameArticle ? "x1" : "x2", b, Kind(kindB))]);

        result.SourceIds[0].Should().Be(result.SourceIds[1]);
        var source = result.Sources.Single(s => s.Id == result.SourceIds[0]);
        source.Id.Should().Be("s1");
        source.Merges.Should().NotBeEmpty();
        source.Merges.Should().OnlyContain(m => m.Confidence >= Resolver.Options.MergeThreshold && m.Rule.Length > 0);
    }

    [Test]
    public void Plain_names_resolve_as_one_article_for_exploration()
    {
        // ResolveNames is the short entry point for trying names out: every mention counts as one article's.
        var result = Resolver.ResolveNames([Mention("Syrian Observatory for Human Rights", SourceKind.Monitor), Mention("SOHR", SourceKind.Monitor), Mention("Sergei Rudskoi", SourceKind.Person)]);

        result.SourceIds.Should().Equal("s1", "s1", "s2");
        result.Sources.Should().HaveCount(2);
    }

    [TestCase("Rudskoy", "P", "Rudnitsky", "P", false, TestName = "Rudskoy / Rudnitsky surnames")]
    [TestCase("Sergei Rudskoy", "P", "Sergei Rudnitsky", "P", false, TestName = "Rudskoy / Rudnitsky full names")]
    [TestCase("Syrian army", "F", "Russian army", "F", true, TestName = "Syrian army / Russian army")]
    [TestCase("Russian Defense Ministry", "F", "Russian Foreign Ministry", "F", true, TestName = "Defence / Foreign Ministry")]
    [TestCase("SOHR", "M", "SANA", "U", true, TestName = "SOHR / SANA")]
    [TestCase("local sources", "A", "local sources", "A", false, TestName = "anonymous sources in two articles")]
    [TestCase("a military source", "A", "military sources", "A", true, TestName = "different anonymous descriptions")]
    [TestCase("Sergei Lavrov", "P", "Sergei Shoigu", "P", false, TestName = "same first name")]
    [TestCase("activists", "O", "activists", "O", false, TestName = "unmarked anonymous words in two articles")]
    [TestCase("monitors", "O", "Monitors", "O", false, TestName = "unmarked plural group in two articles")]
    [TestCase("Russian Defence Minister", "O", "Russian Defence Ministry", "F", false, TestName = "minister / ministry")]
    [TestCase("the spokesman", "P", "The spokesman", "P", false, TestName = "unnamed person in two articles")]
    [TestCase("state media", "O", "state media", "O", false, TestName = "lower-case description in two articles")]
    [TestCase("He", "P", "He", "P", false, TestName = "pronoun in two articles")]
    [TestCase("the ministry", "F", "the ministry", "F", false, TestName = "bare head in two articles")]
    [TestCase("Free Syrian Army", "O", "Syrian army", "F", false, TestName = "Free Syrian Army / Syrian army")]
    public void Must_not_merge(string a, string kindA, string b, string kindB, bool sameArticle)
    {
        var result = Resolver.ResolveMentions([In("x1", a, Kind(kindA)), In(sameArticle ? "x1" : "x2", b, Kind(kindB))]);

        result.SourceIds[0].Should().NotBe(result.SourceIds[1]);
        result.SourceIds.Should().Equal("s1", "s2");
    }

    [TestCase("Rudskoy", "Rudnitsky")]
    [TestCase("Sergei Rudskoy", "Sergei Rudnitsky")]
    public void Near_miss_is_possibly_the_same(string a, string b)
    {
        var result = Resolver.ResolveMentions([In("x1", a, SourceKind.Person), In("x2", b, SourceKind.Person)]);

        result.Sources[0].PossiblySame.Should().Equal(result.Sources[1].Id);
        result.Sources[1].PossiblySame.Should().Equal(result.Sources[0].Id);
    }

    [Test]
    public void Surname_shared_by_two_full_names_is_not_merged()
    {
        var result = Resolver.ResolveMentions(
        [
            In("x1", "Sergei Rudskoy", SourceKind.Person),
            In("x2", "Andrei Rudskoy", SourceKind.Person),
            In("x3", "Rudskoy", SourceKind.Person),
        ]);

        result.SourceIds.Distinct().Should().HaveCount(3);
        result.Sources[2].PossiblySame.Should().BeEquivalentTo([result.Sources[0].Id, result.Sources[1].Id]);
    }

    [Test]
    public void Surname_follows_the_full_name_in_its_own_article()
    {
        var result = Resolver.ResolveMentions(
        [
            In("x1", "Sergei Rudskoy", SourceKind.Person),
            In("x2", "Andrei Rudskoy", SourceKind.Person),
            In("x2", "Rudskoy", SourceKind.Person),
        ]);

        result.SourceIds[2].Should().Be(result.SourceIds[1]);
        result.SourceIds[0].Should().NotBe(result.SourceIds[1]);
    }

    [Test]
    public void Acronym_fitting_two_names_in_its_article_is_only_possibly_the_same()
    {
        var result = Resolver.ResolveMentions(
        [
            In("x1", "Ministry of Defence", SourceKind.Official),
            In("x1", "Ministry of Development", SourceKind.Official),
            In("x1", "MoD", SourceKind.Official),
        ]);

        result.SourceIds.Should().Equal("s1", "s2", "s3");
        result.Sources[2].PossiblySame.Should().Equal("s1", "s2");
        result.Sources[2].Merges.Should().BeEmpty();
    }

    [Test]
    public void Monitor_descriptor_needs_a_single_monitor_in_the_article()
    {
        var result = Resolver.ResolveMentions(
        [
            In("x1", "Syrian Observatory for Human Rights", SourceKind.Monitor),
            In("x1", "Syrian Network for Human Rights", SourceKind.Monitor),
            In("x1", "the monitor", SourceKind.Monitor),
        ]);

        result.SourceIds.Distinct().Should().HaveCount(3);
    }
}
