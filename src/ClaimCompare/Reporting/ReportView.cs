using System.Globalization;
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

    /// <summary>Groups with a figure, attribution or internal discrepancy first (most severe first), then the rest in report order.</summary>
    public IEnumerable<ClaimGroup> GroupsDisagreementsFirst()
    {
        var worst = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var d in Report.Discrepancies.Where(d => d.Kind != DiscrepancyKind.Update && d.GroupId is not null))
        {
            worst[d.GroupId!] = Math.Max(worst.GetValueOrDefault(d.GroupId!), d.Severity);
        }

        return Report.Groups
            .Select((g, i) => (Group: g, Index: i))
            .OrderByDescending(x => worst.ContainsKey(x.Group.Id))
            .ThenByDescending(x => worst.GetValueOrDefault(x.Group.Id))
            .ThenBy(x => x.Index)
            .Select(x => x.Group);
    }

    /// <summary>Claims of the group that a non-update discrepancy names.</summary>
    public HashSet<string> FlaggedClaims(string groupId) =>
        Report.Discrepancies
            .Where(d => d.Kind != DiscrepancyKind.Update && string.Equals(d.GroupId, groupId, StringComparison.Ordinal))
            .SelectMany(d => d.ClaimIds)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The article's publication date, ISO, or empty.</summary>
    public string Date(Claim claim) =>
        Article(claim.ArticleId)?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The claim's period as "28 Oct-3 Nov", "as of 30 Oct" or the words that gave it.</summary>
    public static string Period(Claim claim)
    {
        if (claim.Period is not { } p)
        {
            return string.Empty;
        }

        static string D(DateOnly d) => d.ToString("d MMM", CultureInfo.InvariantCulture);
        return (p.Start, p.End) switch
        {
            ({ } s, { } e) when s == e => D(s),
            ({ } s, { } e) => $"{D(s)}-{D(e)}",
            (null, { } e) => p.Text is { Length: > 0 } t && !t.StartsWith("as of", StringComparison.Ordinal) ? $"{t} (to {D(e)})" : $"as of {D(e)}",
            _ => p.Text ?? string.Empty,
        };
    }

    public string Outlet(Claim claim) =>
        Article(claim.ArticleId) is { } a ? a.Outlet ?? a.Id : claim.ArticleId;

    /// <summary>The group's heading: its label, or subject and predicate.</summary>
    public static string GroupTitle(ClaimGroup group) => group.Label ?? $"{group.Subject} {group.Predicate}".Trim();

    /// <summary>"Consensus (median): 41 to 84, best 74; reported 15 to 127; most conservative 41" without the full stop.</summary>
    public static string ConsensusSentence(Consensus c)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"Consensus ({c.Policy ?? "median"}): {TableReport.Number(c.Low)} to {TableReport.Number(c.High)}, best {TableReport.Number(c.Median)}");
        if (c.Min is { } min && c.Max is { } max)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"; reported {TableReport.Number(min)} to {TableReport.Number(max)}");
        }

        if (c.Conservative is { } conservative)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"; most conservative {TableReport.Number(conservative)}");
        }

        return sb.ToString();
    }
}
