using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Attribution;
using ClaimCompare.Comparison;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using ClaimCompare.Reading;
using ClaimCompare.Sources;

namespace ClaimCompare.Pipeline;

/// <summary>
/// The pipeline: read, extract, attribute, resolve, group, compare. Build one and share it: it holds no
/// mutable state, so concurrent calls are safe, and the same inputs always give the same report.
/// </summary>
public sealed class ClaimEngine
{
    private readonly ClaimCompareOptions _options;
    private readonly ClaimExtractor _extractor;
    private readonly ScopeAnnotator _scopes = new();
    private readonly AttributionFinder _attribution;
    private readonly SourceResolver _resolver;
    private readonly QuantityComparer _comparer;

    /// <summary>Creates an engine with the given options (defaults when null).</summary>
    public ClaimEngine(ClaimCompareOptions? options = null)
    {
        _options = options ?? ClaimCompareOptions.Default;
        if (_options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be at least 1.");
        }

        _extractor = new ClaimExtractor(_options.Extraction);
        _attribution = new AttributionFinder(_options.Attribution);
        _resolver = new SourceResolver(_options.Sources);
        _comparer = new QuantityComparer(_options.Comparison);
        Reader = new ArticleReader(_options.Reading);
    }

    /// <summary>The options this engine runs with.</summary>
    public ClaimCompareOptions Options => _options;

    /// <summary>The article reader configured with <see cref="ClaimCompareOptions.Reading"/>.</summary>
    public ArticleReader Reader { get; }

    /// <summary>Extracts and attributes the claims of one article (ids are left empty).</summary>
    public IReadOnlyList<Claim> Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var claims = _extractor.Extract(article);
        claims = _scopes.Annotate(article, claims);
        return _attribution.Attach(article, claims);
    }

    /// <summary>Reads the paths (files and folders) and compares every article read.</summary>
    public ComparisonReport CompareFiles(IEnumerable<string> paths, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var read = Reader.ReadAll(paths, cancellationToken);
        return Compare(read.Articles, read.Errors, read.FilesRead, progress, cancellationToken);
    }

    /// <summary>Compares articles already in memory.</summary>
    public ComparisonReport Compare(IEnumerable<Article> articles, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Compare(articles.ToList(), [], 0, progress, cancellationToken);
    }

    private ComparisonReport Compare(IReadOnlyList<Article> articles, IReadOnlyList<ReadError> errors, int filesRead, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        var analysed = 0;
        var perArticle = articles
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(_options.MaxDegreeOfParallelism)
            .WithCancellation(cancellationToken)
            .Select(article =>
            {
                var claims = Analyze(article);
                var done = Interlocked.Increment(ref analysed);
                progress?.Report(new ComparisonProgress(PipelineStage.Extracting, done, articles.Count));
                return claims;
            })
            .ToList();

        var numbered = new List<Claim>();
        foreach (var claims in perArticle)
        {
            foreach (var claim in claims)
            {
                numbered.Add(claim with { Id = string.Create(CultureInfo.InvariantCulture, $"c{numbered.Count + 1}") });
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new ComparisonProgress(PipelineStage.Resolving, articles.Count, articles.Count));
        var resolution = _resolver.Resolve(numbered);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new ComparisonProgress(PipelineStage.Comparing, articles.Count, articles.Count));
        var comparison = _comparer.Compare(resolution.Claims, articles, resolution.Sources);

        progress?.Report(new ComparisonProgress(PipelineStage.Done, articles.Count, articles.Count));
        return new ComparisonReport
        {
            Articles = [.. articles],
            Sources = resolution.Sources,
            Claims = resolution.Claims,
            Groups = comparison.Groups,
            Discrepancies = comparison.Discrepancies,
            Errors = [.. errors],
            Counts = new ReportCounts(filesRead, articles.Count, articles.Count, errors.Count),
        };
    }
}
