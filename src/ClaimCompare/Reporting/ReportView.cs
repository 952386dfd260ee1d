using ClaimCompare.Text;
using System.Globalization;
using ClaimCompare.Model;

namespace ClaimCompare.Reporting;

/// <summary>Look-ups over a report that the text, Markdown and HTML writers share.</summary>
internal sealed class ReportView
{
    private readonly Dictionary<string, Claim> _claims;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Article> _articles;

    // Each group's discrepancies in report order, built on first use: the writers ask for them group by group, and a
    // scan of every discrepancy per group made a report on 10,000 articles quadratic (5,200 groups x 10,000 discrepancies).
    private Dictionary<string, List<Discrepancy>>? _byGroup;

    public ReportView(ComparisonReport report)
    {
        Report = report;
        _claims = FirstById(report.Claims, c => c.Id);
        _sources = FirstById(report.Sources, s => s.Id);
        _articles = FirstById(report.Articles, a => a.Id);
    }

    public ComparisonReport Report { get; }

    // The first item of each id (a hand-built report may repeat one), without grouping every item first.
    private static Dictionary<string, T> FirstById<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(id(item), item);
        }

        return byId;
    }

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
        DiscrepanciesOf(groupId)
            .Where(d => d.Kind != DiscrepancyKind.Update)
            .SelectMany(d => d.ClaimIds)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The group's discrepancies, in report order (most severe first).</summary>
    public IReadOnlyList<Discrepancy> DiscrepanciesOf(string groupId)
    {
        if (_byGroup is null)
        {
            var byGroup = new Dictionary<string, List<Discrepancy>>(StringComparer.Ordinal);
            foreach (var d in Report.Discrepancies)
            {
                if (d.GroupId is { } id)
                {
                    if (!byGroup.TryGetValue(id, out var list))
                    {
                        byGroup[id] = list = [];
                    }

                    list.Add(d);
                }
            }

            _byGroup = byGroup;
        }

        return _byGroup.TryGetValue(groupId, out var found) ? found : [];
    }

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

    /// <summary>The claim's outlet, or the domain of its article's URL; empty when neither is known (never the file id).</summary>
    public string Outlet(Claim claim) => Wording.Outlet(Article(claim.ArticleId)) ?? string.Empty;

    /// <summary>The group's claims that give a vague word rather than a number ("several", "thousands"): shown beside the consensus.</summary>
    public List<Claim> VagueClaims(ClaimGroup group) =>
        [.. group.ClaimIds.Select(Claim).OfType<Claim>().Where(c => c.Quantity.Bound == BoundKind.Vague)];

    /// <summary>"not counted: several [c39], thousands [c29]", or null when every figure is a number.</summary>
    public string? VagueBeside(ClaimGroup group)
    {
        var vague = VagueClaims(group);
        return vague.Count == 0 ? null : "not counted (vague): " + string.Join(", ", vague.Select(c => $"{c.Surface} [{c.Id}]"));
    }

    /// <summary>
    /// The table's consensus line: "consensus 8,000 to 18,000, best 18,000 (median of 2 figures)", or, when one figure is
    /// the only number, that figure as written: "consensus: at least 22 (the only figure given as a number)".
    /// </summary>
    public string ConsensusLine(ClaimGroup group, Consensus c)
    {
        var numeric = group.ClaimIds.Select(Claim).OfType<Claim>().Where(x => x.Quantity.Bound != BoundKind.Vague).ToList();
        if (numeric.Count == 1)
        {
            return $"consensus: {numeric[0].Surface} (the only figure given as a number)";
        }

        var range = c.Low.Equals(c.High) ? TableReport.Number(c.Low) : $"{TableReport.Number(c.Low)} to {TableReport.Number(c.High)}";
        return string.Create(CultureInfo.InvariantCulture, $"consensus {range}, best {TableReport.Number(c.Median)} ({c.Policy ?? "median"} of {numeric.Count} figures)");
    }

    /// <summary>The group's heading: its label, or subject and predicate.</summary>
    public static string GroupTitle(ClaimGroup group) => group.Label ?? $"{group.Subject} {group.Predicate}".Trim();

    /// <summary>"Consensus (median): 41 to 84, best 74; reported 15 to 127; most conservative 41" without the full stop.</summary>
    public string ConsensusSentence(ClaimGroup group, Consensus c)
    {
        var numeric = group.ClaimIds.Select(Claim).OfType<Claim>().Where(x => x.Quantity.Bound != BoundKind.Vague).ToList();
        if (numeric.Count == 1)
        {
            return $"Consensus: {numeric[0].Surface} (the only figure given as a number)";
        }

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
