using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>
/// Sets each claim's time scope (<see cref="Claim.Period"/>) and place (<see cref="Claim.Place"/>) from its
/// sentence: "on Thursday", "in three days", "in the past 24 hours", "since Sunday", "last week", "in recent
/// weeks" and dates, resolved against <see cref="Article.Published"/>; places from compass sides ("western"),
/// control ("rebel-held") and names after place prepositions. Thread-safe: it holds no state.
/// </summary>
public sealed class ScopeAnnotator
{
    /// <summary>Returns the claims with period and place set where the article says them.</summary>
    public IReadOnlyList<Claim> Annotate(Article article, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        var result = new List<Claim>(claims.Count);
        foreach (var claim in claims)
        {
            try
            {
                result.Add(Annotate(article, claim, claims));
            }
            catch (ArgumentException)
            {
                // Offsets that do not fit the sentence come from a caller's mistake; keep the claim as it was.
                result.Add(claim);
            }
        }

        return result;
    }

    private static Claim Annotate(Article article, Claim claim, IReadOnlyList<Claim> all)
    {
        var tokens = ScopeTokens.Read(claim.Sentence, claim.SentenceSpan.Start);
        var own = claim.Span;
        var period = claim.Period ?? TimeFinder.Find(tokens, own, article.Published) ?? Default(article.Published);

        // The place is read in the claim's own clause: between the neighbouring figures of the same sentence.
        var from = claim.SentenceSpan.Start;
        var to = claim.SentenceSpan.End;
        foreach (var other in all)
        {
            if (ReferenceEquals(other, claim) || other.SentenceSpan != claim.SentenceSpan || other.Span == claim.Span)
            {
                continue;
            }

            if (other.Span.End <= own.Start)
            {
                from = Math.Max(from, other.Span.End);
            }
            else if (other.Span.Start >= own.End)
            {
                to = Math.Min(to, other.Span.Start);
            }
        }

        var place = claim.Place ?? PlaceFinder.Find(tokens, from, own, to);
        return claim with { Period = period, Place = place };
    }

    private static TimeScope? Default(DateOnly? published) => published is { } day ? new TimeScope(null, day, null) : null;
}
