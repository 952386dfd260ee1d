using ClaimCompare.Model;
using ClaimCompare.Sources;
using FluentAssertions;
using NUnit.Framework;
using static ClaimCompare.Tests.Sources.SourceTestData;

namespace ClaimCompare.Tests.Sources;

/// <summary>The shipped alias file and user alias files.</summary>
[TestFixture]
public sealed class AliasTableTests
{
    [Test]
    public void Shipped_file_loads_with_unique_canonical_names_and_known_affiliations()
    {
        var table = AliasTable.Shipped;
        table.Entries.Should().HaveCountGreaterThan(20);
        table.Entries.Select(e => NameText.Normalize(e.Name)).Should().OnlyHaveUniqueItems();
        var names = table.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        table.Entries.Where(e => e.Affiliation is not null).Should().OnlyContain(e => names.Contains(e.Affiliation!));
        table.Descriptors.Should().Contain(d => d.Phrase == "monitor" && d.Kind == SourceKind.Monitor);
    }

    [Test]
    public void Every_shipped_entry_stays_a_source_of_its_own()
    {
        var entries = AliasTable.Shipped.Entries;
        var mentions = entries.Select((e, i) => In("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Name, e.Kind ?? SourceKind.Organization)).ToList();

        var result = new SourceResolver().ResolveMentions(mentions);

        result.SourceIds.Should().OnlyHaveUniqueItems();
        result.SourceIds.Select(id => result.Sources.Single(s => s.Id == id).Name).Should().Equal(entries.Select(e => e.Name));
    }

    [Test]
    public void Every_shipped_alias_resolves_to_its_entry()
    {
        var entries = AliasTable.Shipped.Entries;
        var mentions = entries.SelectMany((e, i) => e.Aliases.Select(a => In("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), a, e.Kind ?? SourceKind.Organization))).ToList();
        var expected = entries.SelectMany(e => e.Aliases.Select(_ => e.Name)).ToList();

        var result = new SourceResolver().ResolveMentions(mentions);

        result.SourceIds.Select(id => result.Sources.Single(s => s.Id == id).Name).Should().Equal(expected);
    }

    [TestCase("Russian Reconciliation Center", "Russian Defence Ministry")]
    [TestCase("Russian General Staff", "Russian Defence Ministry")]
    [TestCase("Valery Gerasimov", "General Staff of the Russian Armed Forces")]
    [TestCase("UN OCHA", "United Nations")]
    public void Shipped_affiliations(string name, string parent)
    {
        var result = new SourceResolver().ResolveMentions([In("a", name, name.Contains("Valery", StringComparison.Ordinal) ? SourceKind.Person : SourceKind.Official)]);

        var source = result.Sources.Single(s => s.Id == result.SourceIds[0]);
        result.Sources.Single(s => s.Id == source.Affiliation).Name.Should().Be(parent);
    }

    [Test]
    public void User_file_adds_aliases_and_wins_the_canonical_name()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "aliases.json");
        File.WriteAllText(path, """
            {"sources": [
              {"name": "Observatoire syrien des droits de l'homme", "kind": "monitor", "aliases": ["OSDH", "Syrian Observatory for Human Rights"]},
              {"name": "Abu Ahmad", "kind": "person", "aliases": ["Commander Fox"]}
            ]}
            """);
        var resolver = new SourceResolver(SourceOptions.Default with { AliasFiles = [path] });

        var result = resolver.ResolveMentions([In("a", "OSDH"), In("b", "SOHR"), In("c", "Commander Fox", SourceKind.Person), In("d", "Abu Ahmad", SourceKind.Person)]);

        result.SourceIds.Should().Equal("s1", "s1", "s2", "s2");
        result.Sources[0].Name.Should().Be("Observatoire syrien des droits de l'homme");
        result.Sources[0].Merges.Should().Contain(m => m.Alias == "OSDH" && m.Rule.Contains(path, StringComparison.Ordinal));
    }

    [Test]
    public void Table_built_in_code_is_merged()
    {
        var extra = new AliasTable([new AliasEntry("Aleppo City Council", SourceKind.Official, ["Aleppo Local Council"], null, "test")]);
        var resolver = new SourceResolver(SourceOptions.Default with { Aliases = extra });

        resolver.ResolveMentions([In("a", "Aleppo Local Council"), In("b", "Aleppo City Council")]).SourceIds.Should().Equal("s1", "s1");
        new SourceResolver().ResolveMentions([In("a", "Aleppo Local Council"), In("b", "Aleppo City Council")]).SourceIds.Should().Equal("s1", "s2");
    }

    [Test]
    public void Without_the_shipped_file_translations_are_not_known()
    {
        var resolver = new SourceResolver(SourceOptions.Default with { UseShippedAliases = false });
        resolver.ResolveMentions([In("a", "Army of Conquest"), In("b", "Jaish al-Fatah")]).SourceIds.Should().Equal("s1", "s2");
    }

    [TestCase("{")]
    [TestCase("""{"sources": [{"aliases": ["x"]}]}""")]
    [TestCase("""{"sources": [{"name": "X", "kind": "planet"}]}""")]
    [TestCase("""{"descriptors": [{"phrase": "monitor"}]}""")]
    public void Invalid_file_is_reported(string json)
    {
        var act = () => AliasTable.FromJson(json, "bad.json");
        act.Should().Throw<InvalidDataException>().WithMessage("*bad.json*");
    }

    [Test]
    public void Kind_and_affiliation_are_optional()
    {
        var table = AliasTable.FromJson("""{"sources": [{"name": "X Front", "aliases": ["XF"]}]}""");
        var entry = table.Entries.Should().ContainSingle().Subject;
        entry.Name.Should().Be("X Front");
        entry.Kind.Should().BeNull();
        entry.Aliases.Should().Equal("XF");
        entry.Origin.Should().Be("user");
    }
}
