using System.Runtime.CompilerServices;
using ClaimCompare.Attribution;
using ClaimCompare.Language;
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
/// <example>
/// <code>
/// var engine = new ClaimEngine(new ClaimCompareOptions { MaxDegreeOfParallelism = 4 });
/// var progress = new Progress&lt;ComparisonProgress&gt;(p => Console.Error.Write($"\r{p.ArticlesDone} articles"));
/// var report = await engine.CompareFilesAsync(["archive.jsonl"], progress, cancellationToken);
/// File.WriteAllText("report.json", ReportJson.Write(report));
/// </code>
/// </example>
public sealed class ClaimEngine
{
    private readonly ClaimCompareOptions _options;
    private readonly ClaimExtractor _extractor;
    private readonly AttributionFinder _attribution;
    private readonly SourceResolver _resolver;
    private readonly QuantityComparer _comparer;

    /// <summary>Creates an engine with the given options (defaults when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ClaimCompareOptions.MaxDegreeOfParallelism"/> or <see cref="ClaimCompareOptions.MaxArticleCharacters"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A pattern of <see cref="ReaderOptions.Include"/> is empty or white space.</exception>
    public ClaimEngine(ClaimCompareOptions? options = null)
    {
        _options = options ?? ClaimCompareOptions.Default;
        if (_options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be at least 1.");
        }

        if (_options.MaxArticleCharacters < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxArticleCharacters, "MaxArticleCharacters must be at least 1.");
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

    /// <summary>Extracts the claims of one article with their time scope and place, and attributes them (ids are left empty).</summary>
    public IReadOnlyList<Claim> Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = ArticleText.Of(article); // split once, read by extraction and attribution alike
        return _attribution.AttachText(text, _extractor.ExtractText(text));
    }

    /// <summary>
    /// Reads the paths (files and folders) and compares every article read. Articles stream through:
    /// files are read one at a time (JSONL line by line) and analysed in batches across cores, so memory
    /// holds the claims plus one batch of texts (and the texts themselves only when
    /// <see cref="ClaimCompareOptions.KeepArticleText"/> is set).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; no partial report is returned.</exception>
    public ComparisonReport CompareFiles(IEnumerable<string> paths, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        var run = NewRun(progress, null, Reader.CountBytes(list), cancellationToken);
        using var items = Reader.Read(list, cancellationToken).GetEnumerator();
        var batch = StreamingRun.TakeBatch(items, cancellationToken);
        while (batch.Count > 0)
        {
            // Reading the next batch overlaps analysing this one; the enumerator is only ever used by one
            // thread at a time, and is not disposed while the reading task may still hold it.
            var next = Task.Run(() => StreamingRun.TakeBatch(items, cancellationToken), CancellationToken.None);
            try
            {
                run.Process(batch);
            }
            finally
            {
                ((IAsyncResult)next).AsyncWaitHandle.WaitOne();
            }

            batch = next.GetAwaiter().GetResult();
        }

        return Finish(run, progress, cancellationToken);
    }

    /// <summary>
    /// Asynchronous <see cref="CompareFiles"/>: reads through <see cref="ArticleReader.ReadAsync"/> and
    /// analyses on the thread pool, so the caller's thread is never blocked.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; no partial report is returned.</exception>
    public Task<ComparisonReport> CompareFilesAsync(IEnumerable<string> paths, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        return RunAsync(Reader.ReadAsync(list, cancellationToken), NewRun(progress, null, Reader.CountBytes(list), cancellationToken), progress, cancellationToken);
    }

    /// <summary>
    /// Compares articles that arrive as a stream (from a queue, a database, a crawler). They are analysed
    /// in batches as they come, and only what comparison needs is kept (see
    /// <see cref="ClaimCompareOptions.KeepArticleText"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; no partial report is returned.</exception>
    public Task<ComparisonReport> CompareAsync(IAsyncEnumerable<Article> articles, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return RunAsync(AsItems(articles, cancellationToken), NewRun(progress, null, null, cancellationToken), progress, cancellationToken);
    }

    /// <summary>Compares articles already in memory.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its elements is null.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; no partial report is returned.</exception>
    public ComparisonReport Compare(IEnumerable<Article> articles, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(articles), "The articles must not contain null.");
        }

        var run = NewRun(progress, list.Count, null, cancellationToken);
        foreach (var article in list)
        {
            if (run.Add(ReadItem.Ok(article, string.Empty)))
            {
                run.Flush();
            }
        }

        run.Flush();
        return Finish(run, progress, cancellationToken);
    }

    private static async IAsyncEnumerable<ReadItem> AsItems(IAsyncEnumerable<Article> articles, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return article is null
                ? ReadItem.Fail("(stream)", "null article in the input stream", string.Empty)
                : ReadItem.Ok(article, string.Empty);
        }
    }

    private StreamingRun NewRun(IProgress<ComparisonProgress>? progress, int? articlesTotal, long? bytesTotal, CancellationToken cancellationToken) =>
        new(Analyze, _options, progress, articlesTotal, bytesTotal, cancellationToken);

    private async Task<ComparisonReport> RunAsync(IAsyncEnumerable<ReadItem> items, StreamingRun run, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            var batch = await StreamingRun.TakeBatchAsync(enumerator, cancellationToken).ConfigureAwait(false);
            while (batch.Count > 0)
            {
                var current = batch;
                var next = Task.Run(() => StreamingRun.TakeBatchAsync(enumerator, cancellationToken), CancellationToken.None);
                try
                {
                    await Task.Run(() => run.Process(current), cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    // The enumerator must not be disposed under a read in flight.
                    await ((Task)next).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
                }

                batch = await next.ConfigureAwait(false);
            }
        }

        return await Task.Run(() => Finish(run, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private ComparisonReport Finish(StreamingRun run, IProgress<ComparisonProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(run.Progress(PipelineStage.Resolving));
        var resolution = _resolver.Resolve(run.Claims, run.StatedAliases);
        run.ReleaseClaims();

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(run.Progress(PipelineStage.Comparing));
        var articles = run.Articles;
        var comparison = _comparer.Compare(resolution.Claims, articles, resolution.Sources);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(run.Progress(PipelineStage.Done));
        return new ComparisonReport
        {
            Articles = articles,
            Sources = resolution.Sources,
            Claims = resolution.Claims,
            Groups = comparison.Groups,
            Discrepancies = comparison.Discrepancies,
            Errors = run.Errors,
            Warnings = run.Warnings,
            Counts = run.Counts(),
        };
    }
}
