using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Model;
using ClaimCompare.Reading;
using ClaimCompare.Sources;

namespace ClaimCompare.Pipeline;

/// <summary>
/// One streaming run: takes read items in input order, analyses articles in batches across cores, and
/// keeps only what comparison needs (claims, article metadata, errors, counts). Results do not depend on
/// the thread count: batches are cut by input position only, and each batch's results are appended in
/// input order. Not thread-safe; one instance per run.
/// </summary>
internal sealed class StreamingRun
{
    // A batch bounds the texts held at once; it is large enough to keep every core busy and small enough
    // that a few hundred texts (or one huge one) are all that memory holds besides the claims.
    private const int BatchArticles = 512;
    private const long BatchCharacters = 16L * 1024 * 1024;

    private readonly Func<Article, IReadOnlyList<Claim>> _analyze;
    private readonly ClaimCompareOptions _options;
    private readonly IProgress<ComparisonProgress>? _progress;
    private readonly long? _bytesTotal;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ReadItem> _batch = [];
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly ImmutableArray<Article>.Builder _articles = ImmutableArray.CreateBuilder<Article>();
    private readonly List<Claim> _claims = [];
    private readonly List<StatedAlias> _statedAliases = [];
    private readonly ImmutableArray<ReadError>.Builder _errors = ImmutableArray.CreateBuilder<ReadError>();
    private readonly ImmutableArray<ReadWarning>.Builder _warnings = ImmutableArray.CreateBuilder<ReadWarning>();
    private readonly int? _articlesTotal;
    private long _batchCharacters;
    private int _articlesRead;
    private string? _currentFile;
    private long _bytesBeforeCurrentFile;
    private long _currentPosition;

    public StreamingRun(Func<Article, IReadOnlyList<Claim>> analyze, ClaimCompareOptions options, IProgress<ComparisonProgress>? progress, int? articlesTotal, long? bytesTotal, CancellationToken cancellationToken)
    {
        _analyze = analyze;
        _options = options;
        _progress = progress;
        _articlesTotal = articlesTotal;
        _bytesTotal = bytesTotal;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<Claim> Claims => _claims;

    /// <summary>Aliases the analysed articles state, in input order.</summary>
    public IReadOnlyList<StatedAlias> StatedAliases => _statedAliases;

    public ImmutableArray<Article> Articles => _articles.ToImmutable();

    public ImmutableArray<ReadError> Errors => _errors.ToImmutable();

    public ImmutableArray<ReadWarning> Warnings => _warnings.ToImmutable();

    public int ArticlesCompared => _articles.Count;

    /// <summary>
    /// Takes the next batch from <paramref name="items"/> without touching any run state, so the next batch
    /// can be read (JSON parsed, layout analysed) on one thread while the current one is analysed on the
    /// others. Batches are cut exactly where <see cref="Add"/> would cut them.
    /// </summary>
    public static List<ReadItem> TakeBatch(IEnumerator<ReadItem> items, CancellationToken cancellationToken)
    {
        var batch = new List<ReadItem>();
        long characters = 0;
        while (batch.Count < BatchArticles && characters < BatchCharacters && items.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Add(items.Current);
            characters += items.Current.Article?.Text.Length ?? 0;
        }

        return batch;
    }

    /// <summary>Asynchronous <see cref="TakeBatch"/>.</summary>
    public static async Task<List<ReadItem>> TakeBatchAsync(IAsyncEnumerator<ReadItem> items, CancellationToken cancellationToken)
    {
        var batch = new List<ReadItem>();
        long characters = 0;
        while (batch.Count < BatchArticles && characters < BatchCharacters && await items.MoveNextAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Add(items.Current);
            characters += items.Current.Article?.Text.Length ?? 0;
        }

        return batch;
    }

    /// <summary>Adds a batch cut by <see cref="TakeBatch"/> and analyses it.</summary>
    public void Process(List<ReadItem> batch)
    {
        foreach (var item in batch)
        {
            Add(item);
        }

        Flush();
    }

    /// <summary>Adds one read item; true when the batch is full and <see cref="Flush"/> should run.</summary>
    public bool Add(ReadItem item)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        TrackBytes(item);
        if (item.Article is { } article)
        {
            _articlesRead++;
            _batchCharacters += article.Text.Length;
        }

        _batch.Add(item);
        return _batch.Count >= BatchArticles || _batchCharacters >= BatchCharacters;
    }

    /// <summary>Analyses the pending batch across cores and appends its results in input order.</summary>
    public void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var results = new Outcome[_batch.Count];
        if (_options.MaxDegreeOfParallelism == 1 || _batch.Count == 1)
        {
            for (var i = 0; i < _batch.Count; i++)
            {
                results[i] = Analyze(_batch[i]);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = _cancellationToken };
            Parallel.For(0, _batch.Count, parallel, i => results[i] = Analyze(_batch[i]));
        }

        _cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < _batch.Count; i++)
        {
            Append(_batch[i], results[i]);
        }

        _batch.Clear();
        _batchCharacters = 0;
        _progress?.Report(Progress(PipelineStage.Extracting));
    }

    /// <summary>Drops the run's own list of claims once the resolver has made its copy, so the two never both stay alive.</summary>
    public void ReleaseClaims()
    {
        _claims.Clear();
        _claims.TrimExcess();
    }

    /// <summary>Counts in and out for the report.</summary>
    public ReportCounts Counts() => new(_files.Count, _articlesRead, _articles.Count, _errors.Count);

    public ComparisonProgress Progress(PipelineStage stage) =>
        new(stage, _articles.Count, _articlesTotal)
        {
            BytesDone = _bytesBeforeCurrentFile + _currentPosition,
            BytesTotal = _bytesTotal,
            Rejected = _errors.Count,
        };

    private void TrackBytes(ReadItem item)
    {
        if (item.File.Length == 0 || !item.FileOpened || !_files.Add(item.File))
        {
            _currentPosition = Math.Max(_currentPosition, item.Position);
            return;
        }

        if (_currentFile is not null)
        {
            _bytesBeforeCurrentFile += _currentPosition;
        }

        _currentFile = item.File;
        _currentPosition = item.Position;
    }

    private Outcome Analyze(ReadItem item)
    {
        if (item.Article is not { } article)
        {
            return default;
        }

        if (article.Text.Length > _options.MaxArticleCharacters)
        {
            var tooLong = string.Create(CultureInfo.InvariantCulture, $"article '{article.Id}' is too long to analyse: {article.Text.Length} characters (limit {_options.MaxArticleCharacters})");
            return new Outcome(null, new ReadError(article.Path ?? article.Id, tooLong));
        }

        try
        {
            // Aliases the article states ("X, formerly known as Y") help the resolver across articles;
            // finding them here keeps the scan in the parallel part and the text out of memory later.
            return new Outcome(_analyze(article), null, AliasesInText.Find(article.Text));
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One article that trips a stage must not cost the run: it is reported, the rest go on.
            var reason = string.Create(CultureInfo.InvariantCulture, $"article '{article.Id}' could not be analysed: {ex.GetType().Name}: {ex.Message}");
            return new Outcome(null, new ReadError(article.Path ?? article.Id, reason));
        }
    }

    private void Append(ReadItem item, Outcome outcome)
    {
        if (item.Warning is { } warning)
        {
            _warnings.Add(warning);
            return;
        }

        if (item.Error is { } readError)
        {
            _errors.Add(readError);
            return;
        }

        if (outcome.Error is { } analysisError)
        {
            _errors.Add(analysisError);
            return;
        }

        var article = item.Article!;
        if (!outcome.Aliases.IsDefaultOrEmpty)
        {
            _statedAliases.AddRange(outcome.Aliases);
        }

        _articles.Add(_options.KeepArticleText ? article : article with { Text = string.Empty, Regions = [] });
        Claim? previous = null;
        foreach (var claim in outcome.Claims!)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"c{_claims.Count + 1}");

            // Claims of one sentence share its string, so memory holds each sentence once.
            var sentence = previous is not null && previous.SentenceSpan == claim.SentenceSpan && string.Equals(previous.Sentence, claim.Sentence, StringComparison.Ordinal)
                ? previous.Sentence
                : claim.Sentence;
            var numbered = claim with { Id = id, Sentence = sentence };
            _claims.Add(numbered);
            previous = numbered;
        }
    }

    private readonly record struct Outcome(IReadOnlyList<Claim>? Claims, ReadError? Error, ImmutableArray<StatedAlias> Aliases = default);
}
