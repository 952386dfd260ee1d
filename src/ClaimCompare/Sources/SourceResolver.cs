using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Model;

namespace ClaimCompare.Sources;

/// <summary>The sources found and the claims with their source ids set.</summary>
/// <param name="Sources">Every distinct real-world source.</param>
/// <param name="Claims">The claims, in the same order, with <see cref="Claim.SourceId"/> and <see cref="Claim.ViaId"/> set.</param>
public sealed record SourceResolution(ValueArray<Source> Sources, ValueArray<Claim> Claims);

/// <summary>A source mention together with the article it was found in (anonymous sources never leave their article).</summary>
/// <param name="ArticleId">The article the mention stands in.</param>
/// <param name="Mention">The mention.</param>
internal sealed record ArticleMention(string ArticleId, SourceMention Mention);

/// <summary>The sources found for plain mentions.</summary>
/// <param name="Sources">Every distinct real-world source.</param>
/// <param name="SourceIds">The source id of each mention, in input order.</param>
internal sealed record NameResolution(ValueArray<Source> Sources, ValueArray<string> SourceIds);

/// <summary>
/// Resolves the spellings of the same source across articles to one identity. Thread-safe: the alias index is
/// built once in the constructor and never changed; every call keeps its state on the stack.
/// </summary>
public sealed class SourceResolver
{
    private readonly SourceOptions _options;
    private readonly AliasIndex _aliases;

    /// <summary>Creates a resolver with the given options (defaults when null).</summary>
    /// <exception cref="InvalidDataException">An alias file in <see cref="SourceOptions.AliasFiles"/> is invalid.</exception>
    public SourceResolver(SourceOptions? options = null)
    {
        _options = options ?? SourceOptions.Default;
        var table = _options.UseShippedAliases ? AliasTable.Shipped : AliasTable.Empty;
        foreach (var path in _options.AliasFiles)
        {
            table = table.Merge(AliasTable.Load(path));
        }

        if (_options.Aliases is { } extra)
        {
            table = table.Merge(extra);
        }

        _aliases = new AliasIndex(table);
    }

    /// <summary>The options this resolver runs with.</summary>
    public SourceOptions Options => _options;

    /// <summary>
    /// Resolves every source and channel mentioned by the claims. Returns the claims ready for comparison: source ids
    /// set and, when none of them has an id yet (as <see cref="Extraction.ClaimExtractor.Extract"/> leaves them), numbered
    /// "c1", "c2", ... in the order given.
    /// </summary>
    /// <exception cref="ArgumentException">Some claims have ids and others do not.</exception>
    public SourceResolution Resolve(IReadOnlyList<Claim> claims) => Resolve(claims, []);

    /// <summary>
    /// Resolves every source and channel mentioned by the claims, also trusting the alias pairs the articles
    /// state (from <see cref="AliasesInText.Find"/> over each article's text). Numbers claims that have no ids, as
    /// <see cref="Resolve(IReadOnlyList{Claim})"/> does.
    /// </summary>
    /// <exception cref="ArgumentException">Some claims have ids and others do not.</exception>
    internal SourceResolution Resolve(IReadOnlyList<Claim> claims, IEnumerable<StatedAlias> statedAliases)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(statedAliases);
        claims = Numbered(claims);
        var inputs = new List<ArticleMention>();
        var slots = new (int Source, int Via)[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            slots[i] = (-1, -1);
            if (claims[i]?.Attribution is not { } a)
            {
                continue;
            }

            var article = claims[i].ArticleId ?? string.Empty;
            if (a.Source is not null)
            {
                slots[i].Source = inputs.Count;
                inputs.Add(new ArticleMention(article, a.Source));
            }

            if (a.Via is not null)
            {
                slots[i].Via = inputs.Count;
                inputs.Add(new ArticleMention(article, a.Via));
            }
        }

        var (sources, ids) = Run(inputs, statedAliases);
        var result = ImmutableArray.CreateBuilder<Claim>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim is null || slots[i] is (-1, -1))
            {
                result.Add(claim!);
                continue;
            }

            result.Add(claim with
            {
                SourceId = slots[i].Source >= 0 ? ids[slots[i].Source] : claim.SourceId,
                ViaId = slots[i].Via >= 0 ? ids[slots[i].Via] : claim.ViaId,
            });
        }

        return new SourceResolution(sources, result.MoveToImmutable());
    }

    /// <summary>Claims numbered "c1", "c2", ... when none has an id; unchanged when all have one.</summary>
    private static IReadOnlyList<Claim> Numbered(IReadOnlyList<Claim> claims)
    {
        var missing = claims.Count(c => c is not null && string.IsNullOrEmpty(c.Id));
        if (missing == 0)
        {
            return claims;
        }

        if (missing < claims.Count(c => c is not null))
        {
            var first = claims.Select((c, i) => (c, i)).First(x => x.c is not null && string.IsNullOrEmpty(x.c.Id)).i;
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{missing} of {claims.Count} claims have no id (the first at index {first}) while the others have one: give every claim an id, or none and let Resolve number them."),
                nameof(claims));
        }

        return [.. claims.Select((c, i) => c is null ? c! : c with { Id = string.Create(CultureInfo.InvariantCulture, $"c{i + 1}") })];
    }

    /// <summary>Resolves plain mentions, all taken to stand in one article (useful to explore names in tests).</summary>
    internal NameResolution ResolveNames(IEnumerable<SourceMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return ResolveMentions(mentions.Select(m => new ArticleMention(string.Empty, m)).ToList(), []);
    }

    /// <summary>Resolves mentions from several articles, with optional stated alias pairs.</summary>
    internal NameResolution ResolveMentions(IReadOnlyList<ArticleMention> mentions, IEnumerable<StatedAlias>? statedAliases = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var (sources, ids) = Run(mentions, statedAliases ?? []);
        return new NameResolution(sources, ids);
    }

    private (ImmutableArray<Source> Sources, ImmutableArray<string> Ids) Run(IReadOnlyList<ArticleMention> inputs, IEnumerable<StatedAlias> stated)
    {
        var run = new ResolutionRun(_options, _aliases);
        var nodes = new int[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var m = inputs[i];
            nodes[i] = m?.Mention is null ? -1 : run.Add(m.ArticleId ?? string.Empty, m.Mention);
        }

        foreach (var pair in stated)
        {
            if (pair is not null)
            {
                run.AddStated(pair);
            }
        }

        run.Link();
        var (sources, nodeIds) = run.Build();
        var ids = nodes.Select(n => n >= 0 ? nodeIds[n] : string.Empty).ToImmutableArray();
        return (sources, ids);
    }
}
