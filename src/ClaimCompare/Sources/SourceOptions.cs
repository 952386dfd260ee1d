using System.Collections.Immutable;

namespace ClaimCompare.Sources;

/// <summary>How source spellings are resolved to one identity. Every default is documented on its property.</summary>
public sealed record SourceOptions
{
    /// <summary>The defaults.</summary>
    public static SourceOptions Default { get; } = new();

    /// <summary>
    /// Merges at or above this confidence join two names into one source. Default 0.88: above every
    /// rule that can be wrong across articles (a generic head with a unique match elsewhere scores 0.85).
    /// </summary>
    public double MergeThreshold { get; init; } = 0.88;

    /// <summary>
    /// Pairs scoring at or above this but below <see cref="MergeThreshold"/> are listed in
    /// <see cref="Model.Source.PossiblySame"/> without merging. Default 0.80.
    /// </summary>
    public double PossiblySameThreshold { get; init; } = 0.80;

    /// <summary>
    /// Similar spellings whose transliteration keys differ (Jaro-Winkler over the keys) merge only at or above
    /// this score, since a one-letter difference in a short key can be another name. Default 0.97; lower
    /// scores down to <see cref="PossiblySameThreshold"/> are listed as possibly the same.
    /// </summary>
    public double FuzzyMergeThreshold { get; init; } = 0.97;

    /// <summary>Whether the alias file shipped with the library is used. Default true.</summary>
    public bool UseShippedAliases { get; init; } = true;

    /// <summary>Paths of extra alias files (JSON, format in docs/sources.md), merged with the shipped one; their entries win. Default none.</summary>
    public ImmutableArray<string> AliasFiles { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>An extra alias table built in code, merged like <see cref="AliasFiles"/> (it wins over them). Default null.</summary>
    public AliasTable? Aliases { get; init; }

    /// <summary>
    /// Fuzzy comparison only looks at names that share a sound-key prefix; a prefix shared by more names
    /// than this is skipped for fuzzy matching (exact and key matches still apply). Default 400.
    /// </summary>
    public int MaxBlockSize { get; init; } = 400;
}
