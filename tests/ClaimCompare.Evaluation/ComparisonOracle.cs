using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Extraction;
using ClaimCompare.Language;
using ClaimCompare.Model;
using ClaimCompare.Text;

namespace ClaimCompare.Evaluation;

/// <summary>
/// The Aleppo gold claims turned into library <see cref="Claim"/>s, so the comparison logic can be measured on
/// its own: figures, subjects, predicates, periods and sources come from the gold; sentences and places are
/// found by the library (the sentence splitter and the scope annotator), as they would be end to end.
/// </summary>
public static class ComparisonOracle
{
    /// <summary>The gold claims as claims (id = gold id), with the sources they name.</summary>
    public static (IReadOnlyList<Claim> Claims, IReadOnlyList<Source> Sources) Build(AleppoGold gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var articles = gold.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var annotator = new ScopeAnnotator();
        var claims = new List<Claim>();
        foreach (var byArticle in gold.Claims.GroupBy(c => c.Article, StringComparer.Ordinal))
        {
            if (!articles.TryGetValue(byArticle.Key, out var article))
            {
                continue;
            }

            var sentences = SentenceSplitter.Split(article);
            var built = byArticle.Select(g => ToClaim(g, article, sentences, sources)).ToList();
            var annotated = annotator.Annotate(article, built.Select(c => c with { Period = null }).ToList(), ArticlePlace.Of(article, sentences));

            // Place from the annotator; period from the gold, which is what this mode isolates.
            claims.AddRange(annotated.Select((c, i) => c with { Period = built[i].Period }));
        }

        return (claims, sources.Values.ToList());
    }

    private static Claim ToClaim(GoldClaim g, Article article, IReadOnlyList<TextSpan> sentences, Dictionary<string, Source> sources)
    {
        var sentence = sentences.FirstOrDefault(s => s.Contains(g.Span.Start)) is { IsEmpty: false } found ? found : new TextSpan(0, article.Text.Length);
        string? sourceId = null;
        if (g.Sources.Count > 0)
        {
            sourceId = "s:" + g.Sources[0];
            sources.TryAdd(sourceId, new Source(sourceId, g.Sources[0], SourceKind.Organization) { Aliases = [.. g.Sources] });
        }

        return new Claim(g.Id, g.Article, g.Span, g.Surface, ToQuantity(g), sentence.Slice(article.Text), sentence)
        {
            Subject = g.Subject,
            Predicate = g.Predicate,
            SourceId = sourceId,
            Period = Period(g.Period),
        };
    }

    private static Quantity ToQuantity(GoldClaim g)
    {
        var (bound, low, high) = g.Bound switch
        {
            "lower" => (BoundKind.Lower, (double?)g.Value, (double?)null),
            "upper" => (BoundKind.Upper, null, g.Value),
            "approx" => (BoundKind.Approx, null, null),
            "range" => (BoundKind.Range, g.Low, g.High),
            "vague" => (BoundKind.Vague, g.Low, null),
            _ => (BoundKind.Exact, g.Value, g.Value),
        };
        return new Quantity(g.Value, bound, null, low, high, g.Low, g.High, null, null);
    }

    /// <summary>Reads the gold period: "D..D", "S..E", "as of D", or "" for none.</summary>
    public static TimeScope? Period(string period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return null;
        }

        if (period.StartsWith("as of ", StringComparison.Ordinal))
        {
            return new TimeScope(null, DateOnly.ParseExact(period[6..], "yyyy-MM-dd", CultureInfo.InvariantCulture), period, Cumulative: true);
        }

        var parts = period.Split("..");
        var start = DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new TimeScope(start, end, null, Cumulative: start != end);
    }
}
