using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Model;

namespace ClaimCompare.Comparison;

/// <summary>Groups and discrepancies found among the claims.</summary>
/// <param name="Groups">Groups of claims about the same quantity.</param>
/// <param name="Discrepancies">Disagreements, most severe first.</param>
public sealed record ComparisonResult(ValueArray<ClaimGroup> Groups, ValueArray<Discrepancy> Discrepancies);

/// <summary>
/// Groups claims that measure the same quantity and flags where they disagree. Thread-safe: it holds only
/// its options. Claims are blocked on cheap keys (subject class, event class, unit) and swept in date order,
/// so the cost grows about linearly with the number of claims.
/// </summary>
public sealed class QuantityComparer
{
    private readonly ComparisonOptions _options;

    /// <summary>Creates a comparer with the given options (defaults when null).</summary>
    public QuantityComparer(ComparisonOptions? options = null) => _options = options ?? ComparisonOptions.Default;

    /// <summary>
    /// Days by which two claims' ranges (<see cref="ClaimBlock"/>) may be apart and still meet in one group: a
    /// group stays open this long after its last day.
    /// </summary>
    internal int ChainDays => Math.Max(_options.DayTolerance, _options.StockDayTolerance);

    /// <summary>
    /// The block a claim is grouped in by <see cref="Compare(IReadOnlyList{Claim}, IReadOnlyList{Article}, IReadOnlyList{Source})"/>, or null when the comparer never groups it (below
    /// the confidence floor, a non-finite figure, or a figure that measures nothing comparable). Computed by the
    /// same code as the grouping, so a caller that re-compares only the claims of the blocks (and chained day
    /// ranges) that new claims touch gets the groups a comparison of everything would give.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="article">Its article, for the publication day (null when unknown).</param>
    internal ClaimBlock? BlockOf(Claim claim, Article? article)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Confidence < _options.MinConfidence || !double.IsFinite(claim.Quantity.Value))
        {
            return null;
        }

        var facts = new ClaimFacts(0, claim, article);
        if (!facts.Key.Comparable)
        {
            return null;
        }

        // Grouping sweeps by Anchor and keeps a group open until the latest End (or Anchor) of its members.
        return new ClaimBlock(facts.Key.Block, facts.Anchor, facts.LastDay);
    }

    /// <summary>Compares the claims of the given articles.</summary>
    /// <param name="claims">
    /// Claims with distinct ids and source ids set: the claims of <see cref="Sources.SourceResolution"/>, which
    /// <see cref="Sources.SourceResolver.Resolve(IReadOnlyList{Claim})"/> numbers and resolves.
    /// </param>
    /// <param name="articles">The articles, for outlet and date.</param>
    /// <param name="sources">The resolved sources, for explanations.</param>
    /// <exception cref="ArgumentException">A claim has no id, or two claims share one (groups and discrepancies name claims by id).</exception>
    public ComparisonResult Compare(IReadOnlyList<Claim> claims, IReadOnlyList<Article> articles, IReadOnlyList<Source> sources) =>
        Compare(claims, articles, sources, []);

    /// <summary>Compares the claims, reading <paramref name="context"/> as the rest of their articles.</summary>
    /// <param name="claims">The claims to compare, as for the public overload.</param>
    /// <param name="articles">The articles, for outlet and date.</param>
    /// <param name="sources">The resolved sources, for explanations.</param>
    /// <param name="context">
    /// Other claims of the same articles, not compared: what they tell about their article (the place names it
    /// states figures with) counts as in a comparison of the whole articles. A store that re-compares only the
    /// claims new ones can meet passes the rest of those claims' articles here, or its groups would depend on
    /// which claims of an article happened to be re-compared.
    /// </param>
    internal ComparisonResult Compare(IReadOnlyList<Claim> claims, IReadOnlyList<Article> articles, IReadOnlyList<Source> sources, IReadOnlyList<Claim> context)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(context);
        RequireIds(claims);

        var places = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var article in claims.Concat(context).Where(c => c is not null).GroupBy(c => c.ArticleId, StringComparer.Ordinal))
        {
            places[article.Key] = ArticlePlaces(article);
        }

        var facts = Facts(claims, articles, places);
        var formed = facts
            .Where(f => f.Key.Comparable)
            .GroupBy(f => f.Key.Block, StringComparer.Ordinal)
            .SelectMany(block => Grouping.Form(block, _options))
            .Where(g => g.Count >= 2)
            .OrderBy(g => g[0].Index)
            .ToList();
        return Analyse(formed, facts, sources);
    }

    /// <summary>
    /// The place names an article states its figures with (from all its claims): the incident a claim with no place
    /// of its own is about. A store keeps them per article, so a part of the article compared later sees the same.
    /// </summary>
    internal static HashSet<string> ArticlePlaces(IEnumerable<Claim> claimsOfArticle)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claimsOfArticle)
        {
            if (claim is null)
            {
                continue;
            }

            // The article's own place (dateline, headline, lead) is evidence for every one of its figures.
            foreach (var place in new[] { claim.Place, claim.ArticlePlace })
            {
                if (PlaceKey.Parse(place).Name is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// What the comparer knows of each claim it compares (claims below the confidence floor or with a non-finite
    /// figure are left out); <see cref="ClaimFacts.Index"/> is the claim's position in <paramref name="claims"/>.
    /// </summary>
    internal List<ClaimFacts> Facts(IReadOnlyList<Claim> claims, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, HashSet<string>> places)
    {
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            byId.TryAdd(article.Id, article);
        }

        var facts = new List<ClaimFacts>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            if (FactsOf(i, claims[i], byId.GetValueOrDefault(claims[i]?.ArticleId ?? string.Empty), places.GetValueOrDefault(claims[i]?.ArticleId ?? string.Empty)) is { } f)
            {
                facts.Add(f);
            }
        }

        return facts;
    }

    /// <summary>The comparer's facts of one claim at report position <paramref name="index"/>, or null when it is not compared.</summary>
    internal ClaimFacts? FactsOf(int index, Claim? claim, Article? article, IReadOnlySet<string>? articlePlaces) =>
        claim is null || claim.Confidence < _options.MinConfidence || !double.IsFinite(claim.Quantity.Value)
            ? null
            : new ClaimFacts(index, claim, article, articlePlaces);

    /// <summary>
    /// Analyses formed groups (members in report order, groups ordered by their first member) and finds parts
    /// larger than their totals among <paramref name="partsFacts"/>: the second half of a comparison, which a
    /// store that resumes the grouping runs on the groups that changed.
    /// </summary>
    internal ComparisonResult Analyse(IReadOnlyList<IReadOnlyList<ClaimFacts>> formed, IReadOnlyList<ClaimFacts> partsFacts, IReadOnlyList<Source> sources)
    {
        var facts = partsFacts as List<ClaimFacts> ?? [.. partsFacts];
        var explain = new Explanations(sources);
        var analysis = new GroupAnalysis(_options, explain);
        var groups = ImmutableArray.CreateBuilder<ClaimGroup>(formed.Count);
        var findings = new List<Finding>();
        for (var g = 0; g < formed.Count; g++)
        {
            var members = formed[g];
            var (found, evidence) = analysis.Analyse(members, g);
            findings.AddRange(found);
            var first = members[0];
            groups.Add(new ClaimGroup(
                string.Create(CultureInfo.InvariantCulture, $"g{g + 1}"),
                [.. members.Select(m => m.Id)],
                members.Select(m => m.Claim.Subject).FirstOrDefault(s => s is not null),
                members.Select(m => m.Claim.Predicate).FirstOrDefault(s => s is not null),
                ConsensusCalculator.Compute(evidence, _options))
            {
                Label = Label(members),
            });
        }

        findings.AddRange(PartsAgainstTotals(facts, explain));

        var discrepancies = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.GroupIndex)
            .Select((f, i) => new Discrepancy(string.Create(CultureInfo.InvariantCulture, $"d{i + 1}"), f.Kind, f.ClaimIds, f.Severity, f.Explanation)
            {
                GroupId = f.GroupIndex >= 0 ? groups[f.GroupIndex].Id : null,
                Positions = f.Positions,
            })
            .ToImmutableArray();
        return new ComparisonResult(groups.ToImmutable(), discrepancies);
    }

    // "74 civilians were killed, including 80 children" cannot be right whatever else is reported.
    private static IEnumerable<Finding> PartsAgainstTotals(List<ClaimFacts> facts, Explanations explain)
    {
        foreach (var sentence in facts.GroupBy(f => (f.Claim.ArticleId, f.Claim.SentenceSpan)).Where(s => s.Count() > 1))
        {
            var inSentence = sentence.OrderBy(f => f.Claim.Span.Start).ToList();
            for (var i = 0; i < inSentence.Count; i++)
            {
                for (var j = i + 1; j < inSentence.Count; j++)
                {
                    var total = inSentence[i];
                    var part = inSentence[j];
                    if (Parts.IsDirectPartOf(part, total, inSentence)
                        && total.Key.Predicate == part.Key.Predicate && total.Key.Unit == part.Key.Unit
                        && part.Reading.Low > total.Reading.High)
                    {
                        yield return new Finding(DiscrepancyKind.Internal, [part.Id, total.Id], 0.7, explain.Internal(part, total, partExceedsTotal: true), -1)
                        {
                            Positions = [[part.Id], [total.Id]],
                        };
                    }
                }
            }
        }
    }

    private static string Label(IReadOnlyList<ClaimFacts> members)
    {
        var first = members.FirstOrDefault(m => m.Claim.Subject is not null) ?? members[0];
        var text = QuantityKey.Describe(first.Claim);
        if (members.Select(m => m.Claim.Place).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) is { } place)
        {
            text += " in " + place;
        }

        var starts = members.Where(m => m.Start is not null).Select(m => m.Start!.Value).ToList();
        var ends = members.Where(m => m.End is not null).Select(m => m.End!.Value).ToList();
        if (ends.Count > 0)
        {
            var end = ends.Max();
            text += starts.Count > 0 && starts.Min() != end
                ? string.Create(CultureInfo.InvariantCulture, $", {Day(starts.Min())} - {Day(end)}")
                : string.Create(CultureInfo.InvariantCulture, $", {Day(end)}");
        }

        return text;
    }

    private static string Day(DateOnly day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    // Groups and discrepancies name claims by id, so a missing or repeated id would silently join the wrong claims.
    private static void RequireIds(IReadOnlyList<Claim> claims)
    {
        var seen = new HashSet<string>(claims.Count, StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i] is not { } claim)
            {
                continue;
            }

            if (string.IsNullOrEmpty(claim.Id))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The claim at index {i} (\"{claim.Surface}\" in article '{claim.ArticleId}') has no id. Number the claims first: SourceResolver.Resolve returns them numbered."),
                    nameof(claims));
            }

            if (!seen.Add(claim.Id))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Two claims share the id '{claim.Id}' (the second at index {i}); ids must be distinct."), nameof(claims));
            }
        }
    }
}
