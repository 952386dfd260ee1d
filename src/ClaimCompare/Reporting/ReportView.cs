using ClaimCompare.Model;

namespace ClaimCompare.Reporting;

/// <summary>Look-ups over a report that the text, Markdown and HTML writers share.</summary>
internal sealed class ReportView
{
    private readonly Dictionary<string, Claim> _claims;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Article> _articles;

    public ReportView(ComparisonReport report)
    {
        Report = report;
        _claims = report.Claims.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _sources = report.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _articles = report.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public ComparisonReport Report { get; }

    public Claim? Claim(string id) => _claims.GetValueOrDefault(id);

    public Article? Article(string id) => _articles.GetValueOrDefault(id);

    public Source? Source(string? id) => id is null ? null : _sources.GetValueOrDefault(id);

    /// <summary>The source's name, with the channel ("Rudskoy via Sputnik"), or the raw mention when unresolved.</summary>
    public string? SourceName(Claim claim)
    {
        var name = Source(claim.SourceId)?.Name ?? claim.Attribution?.Source.Name;
        if (name is null)
        {
            return null;
        }

        var via = Source(claim.ViaId)?.Name ?? claim.Attribution?.Via?.Name;
        return via is null ? name : $"{name} via {via}";
    }

    public string Outlet(Claim claim) =>
        Article(claim.ArticleId) is { } a ? a.Outlet ?? a.Id : claim.ArticleId;
}
