using System.Collections.Immutable;
using ClaimCompare.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Sources;

/// <summary>One real-world source with the names it goes by (an entry of an alias file).</summary>
/// <param name="Name">The canonical name shown in reports.</param>
/// <param name="Kind">What kind of source it is, or null to keep the kind the mentions give.</param>
/// <param name="Aliases">Other names: acronyms, translations, former names, spellings no rule finds.</param>
/// <param name="Affiliation">Canonical name of the entry it belongs to ("Russian Defence Ministry"), or null.</param>
/// <param name="Origin">Which file the entry came from ("shipped" or the path).</param>
internal sealed record AliasEntry(string Name, SourceKind? Kind, ImmutableArray<string> Aliases, string? Affiliation, string Origin);

/// <summary>A generic description that stands for the one source of a kind in the same article ("the monitor").</summary>
/// <param name="Phrase">The description ("monitor", "monitoring group").</param>
/// <param name="Kind">The kind of source it can stand for.</param>
internal sealed record AliasDescriptor(string Phrase, SourceKind Kind);

/// <summary>
/// Curated names of recurring sources, loaded from JSON (format in docs/sources.md). The library ships one
/// (<see cref="Shipped"/>); users add their own with <see cref="Load"/> or <see cref="FromJson"/> and
/// <see cref="Merge"/>. Immutable.
/// </summary>
public sealed class AliasTable
{
    private static readonly Lazy<AliasTable> ShippedTable = new(LoadShipped);

    /// <summary>Creates a table from entries and descriptors.</summary>
    internal AliasTable(IEnumerable<AliasEntry> entries, IEnumerable<AliasDescriptor>? descriptors = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        Descriptors = descriptors is null ? ImmutableArray<AliasDescriptor>.Empty : [.. descriptors];
    }

    /// <summary>An empty table.</summary>
    public static AliasTable Empty { get; } = new([], []);

    /// <summary>The alias file shipped with the library (Resources/aliases.json).</summary>
    public static AliasTable Shipped => ShippedTable.Value;

    /// <summary>The entries, in file order.</summary>
    internal ImmutableArray<AliasEntry> Entries { get; }

    /// <summary>The generic descriptions.</summary>
    internal ImmutableArray<AliasDescriptor> Descriptors { get; }

    /// <summary>Loads an alias file from disk.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid alias file.</exception>
    public static AliasTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromJson(File.ReadAllText(path), path);
    }

    /// <summary>Parses alias-file JSON; <paramref name="origin"/> names it in merge reasons.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid alias file.</exception>
    public static AliasTable FromJson(string json, string origin = "user")
    {
        ArgumentNullException.ThrowIfNull(json);
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 16 };
            root = JObject.Load(reader);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Alias file {origin} is not valid JSON: {e.Message}", e);
        }

        var entries = new List<AliasEntry>();
        if (root["sources"] is JArray sources)
        {
            foreach (var item in sources.OfType<JObject>())
            {
                var name = (string?)item["name"];
                if (string.IsNullOrWhiteSpace(name))
                {
                    throw new InvalidDataException($"Alias file {origin}: every source needs a \"name\".");
                }

                var aliases = item["aliases"] is JArray a
                    ? a.Select(t => (string?)t).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToImmutableArray()
                    : ImmutableArray<string>.Empty;
                entries.Add(new AliasEntry(name, ParseKind((string?)item["kind"], origin), aliases, (string?)item["affiliation"], origin));
            }
        }

        var descriptors = new List<AliasDescriptor>();
        if (root["descriptors"] is JArray ds)
        {
            foreach (var item in ds.OfType<JObject>())
            {
                var phrase = (string?)item["phrase"];
                var kind = ParseKind((string?)item["kind"], origin);
                if (string.IsNullOrWhiteSpace(phrase) || kind is null)
                {
                    throw new InvalidDataException($"Alias file {origin}: every descriptor needs a \"phrase\" and a \"kind\".");
                }

                descriptors.Add(new AliasDescriptor(phrase, kind.Value));
            }
        }

        return new AliasTable(entries, descriptors);
    }

    /// <summary>This table with <paramref name="other"/>'s entries put first, so they win the canonical name, kind and affiliation.</summary>
    public AliasTable Merge(AliasTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AliasTable(other.Entries.Concat(Entries), other.Descriptors.Concat(Descriptors));
    }

    private static SourceKind? ParseKind(string? kind, string origin)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return null;
        }

        return Enum.TryParse<SourceKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k)
            ? k
            : throw new InvalidDataException($"Alias file {origin}: unknown kind \"{kind}\".");
    }

    private static AliasTable LoadShipped()
    {
        var assembly = typeof(AliasTable).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("aliases.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd(), "shipped");
    }
}
