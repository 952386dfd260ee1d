using System.Collections.Immutable;

namespace ClaimCompare.Sources;

/// <summary>An alias table with every name's keys computed once (shared, read-only, by all resolution runs).</summary>
internal sealed class AliasIndex
{
    public AliasIndex(AliasTable table)
    {
        Entries = table.Entries;
        var names = ImmutableArray.CreateBuilder<(int Entry, NameKey Key)>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < Entries.Length; e++)
        {
            var entry = Entries[e];
            foreach (var spelling in entry.Aliases.Prepend(entry.Name))
            {
                var key = NameKey.Of(spelling);
                if (key.Normalized.Length == 0)
                {
                    continue;
                }

                names.Add((e, key));
                byName.TryAdd(key.Normalized, e);
            }
        }

        Names = names.ToImmutable();
        EntryByName = byName;
        var descriptors = new Dictionary<string, AliasDescriptor>(StringComparer.Ordinal);
        foreach (var d in table.Descriptors)
        {
            descriptors.TryAdd(NameText.Normalize(d.Phrase), d);
        }

        Descriptors = descriptors;
    }

    /// <summary>The entries; a lower index wins the canonical name.</summary>
    public ImmutableArray<AliasEntry> Entries { get; }

    /// <summary>Every name of every entry with its keys.</summary>
    public ImmutableArray<(int Entry, NameKey Key)> Names { get; }

    /// <summary>Entry index by the normalized form of any of its names (first entry wins).</summary>
    public IReadOnlyDictionary<string, int> EntryByName { get; }

    /// <summary>Generic descriptions by normalized phrase.</summary>
    public IReadOnlyDictionary<string, AliasDescriptor> Descriptors { get; }
}
