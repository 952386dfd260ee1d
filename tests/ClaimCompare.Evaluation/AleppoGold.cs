using ClaimCompare.Model;
using ClaimCompare.Reading;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>A claim a careful fact-checker marked in the Aleppo 2016 coverage (gold.json).</summary>
public sealed record GoldClaim(
    string Id, string Article, string Surface, int Occurrence, double Value, string Bound, double Low, double High,
    string Subject, string Predicate, string Period, IReadOnlyList<string> Sources, string Event)
{
    /// <summary>Where the surface stands in the article text (its <see cref="Occurrence"/>-th case-sensitive match).</summary>
    public TextSpan Span { get; init; }
}

/// <summary>A labelled pair of gold claims: conflict, consistent, update or unrelated.</summary>
public sealed record GoldPair(string A, string B, string Expect, string Why);

/// <summary>The Aleppo 2016 articles (English ones) and their gold annotations, with claim matching.</summary>
public sealed class AleppoGold
{
    private AleppoGold(IReadOnlyList<Article> articles, IReadOnlyList<GoldClaim> claims, IReadOnlyList<GoldPair> pairs)
    {
        Articles = articles;
        Claims = claims;
        Pairs = pairs;
    }

    /// <summary>The English articles the gold covers, read with the library's own reader.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<GoldClaim> Claims { get; }

    public IReadOnlyList<GoldPair> Pairs { get; }

    public static AleppoGold Load(string benchmarksRoot)
    {
        var folder = Path.Combine(benchmarksRoot, "aleppo-2016");
        var gold = (JObject)BenchmarkData.LoadJson(Path.Combine(folder, "gold.json"));
        var reader = new ArticleReader();
        var articles = new List<Article>();
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "articles"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var json = (JObject)BenchmarkData.LoadJson(file);
            if ((string?)json["language"] is { } language && language != "en")
            {
                continue;
            }

            articles.AddRange(reader.ReadAll([file]).Articles);
        }

        var texts = articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        var claims = gold["claims"]!.Select(c => new GoldClaim(
            (string)c["id"]!, (string)c["article"]!, (string)c["surface"]!, (int?)c["occurrence"] ?? 1, (double?)c["value"] ?? 0,
            (string?)c["bound"] ?? "exact", (double?)c["low"] ?? 0, (double?)c["high"] ?? 0, (string?)c["subject"] ?? string.Empty,
            (string?)c["predicate"] ?? string.Empty, (string?)c["period"] ?? string.Empty,
            c["sources"]?.Select(s => (string)s!).ToList() ?? [], (string?)c["event"] ?? string.Empty))
            .Select(c => c with { Span = Locate(texts.GetValueOrDefault(c.Article), c.Surface, c.Occurrence) })
            .ToList();
        var pairs = gold["pairs"]!.Select(p => new GoldPair((string)p["a"]!, (string)p["b"]!, (string)p["expect"]!, (string?)p["why"] ?? string.Empty)).ToList();
        return new AleppoGold(articles, claims, pairs);
    }

    /// <summary>
    /// Matches predicted claims to gold claims: same article, overlapping spans, each used at most once
    /// (largest overlap first). Returns gold id to predicted claim for every gold claim found.
    /// </summary>
    public IReadOnlyDictionary<string, Claim> Match(IEnumerable<Claim> predicted)
    {
        var byArticle = predicted.GroupBy(c => c.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var candidates = new List<(GoldClaim Gold, Claim Claim, int Overlap)>();
        foreach (var gold in Claims)
        {
            foreach (var claim in byArticle.GetValueOrDefault(gold.Article) ?? [])
            {
                var overlap = Math.Min(gold.Span.End, claim.Span.End) - Math.Max(gold.Span.Start, claim.Span.Start);
                if (overlap > 0)
                {
                    candidates.Add((gold, claim, overlap));
                }
            }
        }

        var result = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var used = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var (gold, claim, _) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Gold.Id, StringComparer.Ordinal).ThenBy(c => c.Claim.Span.Start))
        {
            if (!result.ContainsKey(gold.Id) && used.Add(claim))
            {
                result[gold.Id] = claim;
            }
        }

        return result;
    }

    private static TextSpan Locate(string? text, string surface, int occurrence)
    {
        if (text is null)
        {
            return default;
        }

        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return default;
            }
        }

        return new TextSpan(at, at + surface.Length);
    }
}
