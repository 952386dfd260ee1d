using System.Globalization;

namespace ClaimCompare.Model;

/// <summary>
/// Navigation from one part of a report to another, for exploring results in tests and notebooks: from a discrepancy
/// to its claims and sources, from a claim to its source, article and group, from a source to its groups.
/// </summary>
/// <remarks>
/// The report holds no index (it is an immutable record copied by <c>with</c>, and a cached index would go stale).
/// Look-ups by id use the numbering the pipeline gives ("c17" is the 17th claim) and fall back to a scan, so they
/// cost a constant on pipeline reports and a linear scan on hand-built ones.
/// </remarks>
public sealed partial record ComparisonReport
{
    /// <summary>The claim with this id.</summary>
    /// <exception cref="KeyNotFoundException">No claim has this id; the message names it.</exception>
    /// <example><code>var claim = report.ClaimById("c12");</code></example>
    public Claim ClaimById(string id) => ById(Claims, id, c => c.Id, "claim");

    /// <summary>The source with this id.</summary>
    /// <exception cref="KeyNotFoundException">No source has this id.</exception>
    public Source SourceById(string id) => ById(Sources, id, s => s.Id, "source");

    /// <summary>The group with this id.</summary>
    /// <exception cref="KeyNotFoundException">No group has this id.</exception>
    public ClaimGroup GroupById(string id) => ById(Groups, id, g => g.Id, "group");

    /// <summary>The discrepancy with this id.</summary>
    /// <exception cref="KeyNotFoundException">No discrepancy has this id.</exception>
    public Discrepancy DiscrepancyById(string id) => ById(Discrepancies, id, d => d.Id, "discrepancy");

    /// <summary>The article with this id.</summary>
    /// <exception cref="KeyNotFoundException">No article has this id.</exception>
    public Article ArticleById(string id) => ById(Articles, id, a => a.Id, "article");

    /// <summary>The claims a discrepancy names, in its order.</summary>
    /// <example><code>foreach (var claim in report.ClaimsOf(report.Discrepancies[0])) Console.WriteLine(report.Describe(claim));</code></example>
    public IReadOnlyList<Claim> ClaimsOf(Discrepancy discrepancy)
    {
        ArgumentNullException.ThrowIfNull(discrepancy);
        return [.. discrepancy.ClaimIds.Select(ClaimById)];
    }

    /// <summary>The claims of a group, in report order.</summary>
    public IReadOnlyList<Claim> ClaimsOf(ClaimGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return [.. group.ClaimIds.Select(ClaimById)];
    }

    /// <summary>The claims credited to a source (as speaker, not as channel), in report order.</summary>
    public IReadOnlyList<Claim> ClaimsOf(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return [.. Claims.Where(c => string.Equals(c.SourceId, source.Id, StringComparison.Ordinal))];
    }

    /// <summary>The claims found in an article, in offset order.</summary>
    public IReadOnlyList<Claim> ClaimsOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return [.. Claims.Where(c => string.Equals(c.ArticleId, article.Id, StringComparison.Ordinal))];
    }

    /// <summary>The resolved source a claim is credited to, or null when the article states it in its own voice.</summary>
    public Source? SourceOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.SourceId is { } id ? SourceById(id) : null;
    }

    /// <summary>The resolved channel that relayed a claim ("Sputnik" in "told Sputnik"), or null.</summary>
    public Source? ViaOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.ViaId is { } id ? SourceById(id) : null;
    }

    /// <summary>The article a claim was found in.</summary>
    public Article ArticleOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ArticleById(claim.ArticleId);
    }

    /// <summary>The group holding a claim, or null when it was compared with nothing.</summary>
    public ClaimGroup? GroupOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Groups.FirstOrDefault(g => g.ClaimIds.Contains(claim.Id));
    }

    /// <summary>The groups holding at least one claim credited to a source, in report order.</summary>
    /// <example><code>var police = report.Sources.Single(s => s.Name == "police"); var groups = report.GroupsOf(police);</code></example>
    public IReadOnlyList<ClaimGroup> GroupsOf(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ids = new HashSet<string>(ClaimsOf(source).Select(c => c.Id), StringComparer.Ordinal);
        return [.. Groups.Where(g => g.ClaimIds.Any(ids.Contains))];
    }

    /// <summary>The discrepancies that name a claim, most severe first.</summary>
    public IReadOnlyList<Discrepancy> DiscrepanciesOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return [.. Discrepancies.Where(d => d.ClaimIds.Contains(claim.Id))];
    }

    /// <summary>The discrepancies found in a group, most severe first.</summary>
    public IReadOnlyList<Discrepancy> DiscrepanciesOf(ClaimGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return [.. Discrepancies.Where(d => string.Equals(d.GroupId, group.Id, StringComparison.Ordinal))];
    }

    /// <summary>The distinct resolved sources of a discrepancy's claims, in claim order (unattributed claims add none).</summary>
    public IReadOnlyList<Source> SourcesOf(Discrepancy discrepancy) =>
        [.. ClaimsOf(discrepancy).Select(SourceOf).OfType<Source>().Distinct()];

    /// <summary>
    /// A claim with its resolved source, outlet and date: <c>c12 "over 18,000" civilians left (Sergei Rudskoi via Sputnik,
    /// Sputnik International, 2016-11-29)</c>. Claims whose source or article is not in the report fall back to what the
    /// claim itself holds.
    /// </summary>
    public string Describe(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var source = Find(Sources, claim.SourceId, s => s.Id)?.Name;
        var via = Find(Sources, claim.ViaId, s => s.Id)?.Name;
        var who = source is null ? claim.SourceText() : via is null ? source : $"{source} via {via}";
        var article = Find(Articles, claim.ArticleId, a => a.Id);
        if (article is null)
        {
            return claim.Describe(who, claim.ArticleId);
        }

        return claim.Describe(who, article.Outlet ?? article.Id, article.Published is { } day ? Display.Day(day) : null);
    }

    private static T ById<T>(ValueArray<T> items, string id, Func<T, string> key, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        return Find(items, id, key) ?? throw new KeyNotFoundException(
            string.Create(CultureInfo.InvariantCulture, $"No {what} '{id}' in this report ({items.Length} {what} ids, {Range(items, key)})."));
    }

    private static T? Find<T>(ValueArray<T> items, string? id, Func<T, string> key)
        where T : class
    {
        if (id is null)
        {
            return null;
        }

        // Pipeline ids are a letter and a 1-based position ("c17" is Claims[16]): try that slot before scanning.
        if (id.Length > 1 && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && n <= items.Length && string.Equals(key(items[n - 1]), id, StringComparison.Ordinal))
        {
            return items[n - 1];
        }

        foreach (var item in items)
        {
            if (string.Equals(key(item), id, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }

    private static string Range<T>(ValueArray<T> items, Func<T, string> key) =>
        items.IsEmpty ? "none" : items.Length == 1 ? key(items[0]) : $"{key(items[0])} to {key(items[^1])}";
}
