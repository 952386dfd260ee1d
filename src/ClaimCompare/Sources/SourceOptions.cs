namespace ClaimCompare.Sources;

/// <summary>How source spellings are resolved to one identity. Every default is documented on its property.</summary>
public sealed record SourceOptions
{
    /// <summary>The defaults.</summary>
    public static SourceOptions Default { get; } = new();
}
