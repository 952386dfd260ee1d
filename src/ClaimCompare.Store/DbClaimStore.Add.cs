using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using ClaimCompare.Comparison;
using ClaimCompare.Model;
using ClaimCompare.Sources;

namespace ClaimCompare.Store;

/// <summary>Adding batches: analysis outside the lock, then one transaction that writes and re-compares.</summary>
public abstract partial class DbClaimStore
{
    /// <inheritdoc/>
    public async Task<StoreAddResult> AddFilesAsync(IEnumerable<string> paths, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var totals = new Totals();
        var batch = new List<Article>();
        await foreach (var item in _engine.Reader.ReadAsync(paths.ToList(), cancellationToken).ConfigureAwait(false))
        {
            if (item.Error is { } error)
            {
                totals.Errors.Add(error);
                continue;
            }

            batch.Add(item.Article!);
            if (batch.Count >= _options.BatchSize)
            {
                await AddBatchAsync(batch, totals, progress, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        await AddBatchAsync(batch, totals, progress, cancellationToken).ConfigureAwait(false);
        return totals.Result();
    }

    /// <inheritdoc/>
    public async Task<StoreAddResult> AddAsync(IEnumerable<Article> articles, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var totals = new Totals();
        var batch = new List<Article>();
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            batch.Add(article);
            if (batch.Count >= _options.BatchSize)
            {
                await AddBatchAsync(batch, totals, progress, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        await AddBatchAsync(batch, totals, progress, cancellationToken).ConfigureAwait(false);
        return totals.Result();
    }

    /// <summary>The identity of an article's content: text and the metadata the comparison reads.</summary>
    internal static string ContentHash(Article article) =>
        StoredJson.Hash(32, article.Outlet, article.Title, article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), article.Text);

    /// <summary>The stable key of a claim: article, version and position in the article's claims.</summary>
    internal static string ClaimKey(string articleId, string hash, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{articleId}@{hash[..8]}:{ordinal}");

    private async Task AddBatchAsync(List<Article> input, Totals totals, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        if (input.Count == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        totals.Batch++;
        progress?.Report(new StoreProgress(StoreStage.Analysing, totals.Batch, totals.Done));

        // One id twice in a batch: the later text is the one that stands, as if added one after the other.
        var batch = input.GroupBy(a => a.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var hashes = batch.Select(ContentHash).ToList();
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        await Guard(async () =>
        {
            foreach (var article in batch)
            {
                if (await ScalarAsync("SELECT hash FROM cc_articles WHERE id = @id AND is_current = 1", null, cancellationToken, ("@id", article.Id)).ConfigureAwait(false) is string hash)
                {
                    current[article.Id] = hash;
                }
            }

            return 0;
        }).ConfigureAwait(false);

        // Analysis (the costly part) runs outside any lock, so concurrent writers overlap on it.
        var analysing = System.Diagnostics.Stopwatch.StartNew();
        var analysed = new Analysed?[batch.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Pipeline.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var errors = new ReadError?[batch.Count];
        Parallel.For(0, batch.Count, parallel, i =>
        {
            if (current.TryGetValue(batch[i].Id, out var hash) && hash == hashes[i])
            {
                return;
            }

            (analysed[i], errors[i]) = Analyse(batch[i], hashes[i], cancellationToken);
        });
        totals.Errors.AddRange(errors.OfType<ReadError>());
        Timings.Add("analyse (outside the lock)", analysing);

        progress?.Report(new StoreProgress(StoreStage.Storing, totals.Batch, totals.Done));
        var outcome = await Guard(() => StoreBatchAsync(batch.Count, analysed.OfType<Analysed>().ToList(), cancellationToken)).ConfigureAwait(false);
        totals.Add(outcome, input.Count, batch.Count - outcome.Added - outcome.Changed - errors.Count(e => e is not null));
        progress?.Report(new StoreProgress(StoreStage.Committed, totals.Batch, totals.Done));
    }

    private (Analysed?, ReadError?) Analyse(Article article, string hash, CancellationToken cancellationToken)
    {
        var where = article.Path ?? article.Id;
        if (article.Text.Length > _options.Pipeline.MaxArticleCharacters)
        {
            return (null, new ReadError(where, string.Create(CultureInfo.InvariantCulture, $"article '{article.Id}' is too long to analyse: {article.Text.Length} characters (limit {_options.Pipeline.MaxArticleCharacters})")));
        }

        try
        {
            var claims = _engine.Analyze(article);
            var keyed = claims.Select((c, i) => c with { Id = ClaimKey(article.Id, hash, i) }).ToList();
            var meta = article with { Text = string.Empty, Regions = [] };
            var blocks = keyed.Select(c => _comparer.BlockOf(c, meta)).ToList();
            return (new Analysed(meta, hash, keyed, blocks, AliasesInText.Find(article.Text)), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // As in the engine: one article that trips a stage is reported, the rest are stored.
            return (null, new ReadError(where, $"article '{article.Id}' could not be analysed: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private async Task<BatchOutcome> StoreBatchAsync(int size, List<Analysed> analysed, CancellationToken cancellationToken)
    {
        if (analysed.Count == 0)
        {
            return new BatchOutcome(0, 0, 0, null);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var transaction = await _dialect.BeginWriteAsync(_connection, _options.LockTimeout, cancellationToken).ConfigureAwait(false);
        Timings.Add("wait for the lock", clock);
        var work = new BatchWork();
        foreach (var article in analysed)
        {
            // Read again under the lock: another writer may have stored this article since the first look.
            var currentHash = await ScalarAsync("SELECT hash FROM cc_articles WHERE id = @id AND is_current = 1", transaction, cancellationToken, ("@id", article.Meta.Id)).ConfigureAwait(false) as string;
            if (currentHash == article.Hash)
            {
                continue;
            }

            if (currentHash is not null)
            {
                await RetireVersionAsync(article.Meta.Id, currentHash, work, transaction, cancellationToken).ConfigureAwait(false);
                work.Changed++;
            }
            else
            {
                work.Added++;
            }

            work.NewArticles[article.Meta.Id] = article.Hash;
            var known = await ScalarAsync("SELECT COUNT(*) FROM cc_articles WHERE id = @id AND hash = @h", transaction, cancellationToken, ("@id", article.Meta.Id), ("@h", article.Hash)).ConfigureAwait(false);
            if (Convert.ToInt64(known, CultureInfo.InvariantCulture) > 0)
            {
                // A text seen before and since replaced: that version (and its claims) is current again.
                await ExecuteAsync("UPDATE cc_articles SET is_current = 1 WHERE id = @id AND hash = @h", transaction, cancellationToken, ("@id", article.Meta.Id), ("@h", article.Hash)).ConfigureAwait(false);
                await ExecuteAsync("UPDATE cc_claims SET is_current = 1, group_id = NULL WHERE article_id = @id AND article_hash = @h", transaction, cancellationToken, ("@id", article.Meta.Id), ("@h", article.Hash)).ConfigureAwait(false);
                await foreach (var row in ClaimRowsAsync("article_id = @id AND article_hash = @h", transaction, cancellationToken, ("@id", article.Meta.Id), ("@h", article.Hash)).ConfigureAwait(false))
                {
                    work.Seed(row.Block, row.FirstDay, row.LastDay, added: true);
                    work.Claims++;
                }

                continue;
            }

            await InsertArticleAsync(article, work, transaction, cancellationToken).ConfigureAwait(false);
        }

        if (work.NewArticles.Count == 0)
        {
            return new BatchOutcome(0, 0, 0, null);
        }

        await FlushClaimsAsync(work, transaction, cancellationToken).ConfigureAwait(false);

        Timings.Add("write articles and claims", clock);
        var run = Convert.ToInt64(await ScalarAsync("SELECT COALESCE(MAX(id), 0) + 1 FROM cc_runs", transaction, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await UpdateBlocksAsync(work, transaction, cancellationToken).ConfigureAwait(false);
        await CompareAsync(run, work, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            "INSERT INTO cc_runs (id, committed_at, added, changed, claims) VALUES (@id, @at, @a, @c, @n)",
            transaction,
            cancellationToken,
            ("@id", run),
            ("@at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
            ("@a", (long)work.Added),
            ("@c", (long)work.Changed),
            ("@n", (long)work.Claims)).ConfigureAwait(false);

        // Cancellation stops before the commit or not at all: a half-committed batch cannot exist.
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        Timings.Add("commit", clock);
        return new BatchOutcome(work.Added, work.Changed, work.Claims, run);
    }

    private async Task RetireVersionAsync(string id, string hash, BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await foreach (var row in ClaimRowsAsync("article_id = @id AND article_hash = @h", transaction, cancellationToken, ("@id", id), ("@h", hash)).ConfigureAwait(false))
        {
            work.Seed(row.Block, row.FirstDay, row.LastDay, added: false);
            if (row.GroupId is { } group)
            {
                work.RetiredGroups.Add(group);
            }
        }

        work.RetiredArticleKeys.Add(ArticleKey(id, hash));
        await ExecuteAsync("UPDATE cc_articles SET is_current = 0 WHERE id = @id AND hash = @h", transaction, cancellationToken, ("@id", id), ("@h", hash)).ConfigureAwait(false);
        await ExecuteAsync("UPDATE cc_claims SET is_current = 0 WHERE article_id = @id AND article_hash = @h", transaction, cancellationToken, ("@id", id), ("@h", hash)).ConfigureAwait(false);
    }

    private static string ArticleKey(string id, string hash) => id + "@" + hash[..8];

    private async Task InsertArticleAsync(Analysed article, BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var meta = article.Meta;
        await ExecuteAsync(
            "INSERT INTO cc_articles (id, hash, is_current, outlet, title, published, path, aliases, claims, first_run) VALUES (@id, @h, 1, @o, @t, @p, @path, @al, @n, 0)",
            transaction,
            cancellationToken,
            ("@id", meta.Id),
            ("@h", article.Hash),
            ("@o", meta.Outlet),
            ("@t", meta.Title),
            ("@p", meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@path", meta.Path),
            ("@al", StoredJson.Write(article.Aliases.IsDefault ? [] : article.Aliases)),
            ("@n", (long)article.Claims.Count)).ConfigureAwait(false);

        for (var i = 0; i < article.Claims.Count; i++)
        {
            var block = article.Blocks[i];
            work.PendingClaims.Add((article, i));
            work.Seed(block?.Key, block?.FirstDay, block?.LastDay, added: true);
            work.Claims++;
        }

        if (work.PendingClaims.Count >= ClaimsPerInsert)
        {
            await FlushClaimsAsync(work, transaction, cancellationToken).ConfigureAwait(false);
        }
    }

    // Claims are written many rows per statement: one round trip per row is what makes a server database slow.
    private const int ClaimsPerInsert = 200;

    private async Task FlushClaimsAsync(BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var chunk in work.PendingClaims.Chunk(ClaimsPerInsert))
        {
            var sql = new System.Text.StringBuilder("INSERT INTO cc_claims (claim_key, article_id, article_hash, ordinal, is_current, block, first_day, last_day, group_id, body, run) VALUES ");
            var parameters = new List<(string, object?)>(chunk.Length * 7);
            for (var r = 0; r < chunk.Length; r++)
            {
                var (article, i) = chunk[r];
                var block = article.Blocks[i];
                var p = string.Create(CultureInfo.InvariantCulture, $"@p{r}_");
                sql.Append(r == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"({p}k, {p}a, {p}h, {p}o, 1, {p}b, {p}f, {p}l, NULL, {p}body, 0)");
                parameters.Add((p + "k", article.Claims[i].Id));
                parameters.Add((p + "a", article.Meta.Id));
                parameters.Add((p + "h", article.Hash));
                parameters.Add((p + "o", (long)i));
                parameters.Add((p + "b", block?.Key));
                parameters.Add((p + "f", block?.FirstDay is { } f ? (long)f : null));
                parameters.Add((p + "l", block?.LastDay is { } l ? (long)l : null));
                parameters.Add((p + "body", StoredJson.Write(article.Claims[i])));
            }

            await ExecuteAsync(sql.ToString(), transaction, cancellationToken, [.. parameters]).ConfigureAwait(false);
        }

        work.PendingClaims.Clear();
    }

    // Each block remembers its widest claim range (so range queries know how far back to look) and how many
    // undated claims it holds (an undated claim can meet any claim of its block).
    private async Task UpdateBlocksAsync(BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var (block, seeds) in work.Seeds)
        {
            var span = seeds.Where(s => s.Added && s.First is not null).Select(s => (long)(s.Last!.Value - s.First!.Value)).DefaultIfEmpty(0).Max();
            var undated = seeds.Count(s => s.First is null && s.Added) - seeds.Count(s => s.First is null && !s.Added);
            await ExecuteAsync(
                "INSERT INTO cc_blocks (block, max_span, undated) VALUES (@b, @s, @u) ON CONFLICT (block) DO UPDATE SET max_span = CASE WHEN cc_blocks.max_span > excluded.max_span THEN cc_blocks.max_span ELSE excluded.max_span END, undated = cc_blocks.undated + excluded.undated",
                transaction,
                cancellationToken,
                ("@b", block),
                ("@s", span),
                ("@u", (long)undated)).ConfigureAwait(false);
        }
    }

    private sealed record Analysed(Article Meta, string Hash, IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimBlock?> Blocks, ImmutableArray<StatedAlias> Aliases);

    private sealed record BatchOutcome(int Added, int Changed, int Claims, long? Run);

    /// <summary>What one batch's transaction changes, gathered while writing it.</summary>
    private sealed class BatchWork
    {
        public int Added { get; set; }

        public int Changed { get; set; }

        public int Claims { get; set; }

        /// <summary>Article id to content hash of every version made current by this batch.</summary>
        public Dictionary<string, string> NewArticles { get; } = new(StringComparer.Ordinal);

        /// <summary>Day ranges of added and retired claims, by block: where the comparison must look again.</summary>
        public Dictionary<string, List<Seed>> Seeds { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RetiredGroups { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RetiredArticleKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>Claims of new articles not yet written (article, position in its claims).</summary>
        public List<(Analysed Article, int Index)> PendingClaims { get; } = [];

        public void Seed(string? block, int? first, int? last, bool added)
        {
            if (block is null)
            {
                return;
            }

            if (!Seeds.TryGetValue(block, out var list))
            {
                Seeds[block] = list = [];
            }

            list.Add(new Seed(first, last, added));
        }
    }

    private readonly record struct Seed(int? First, int? Last, bool Added);

    private sealed class Totals
    {
        public int Batch { get; set; }

        public int Done { get; private set; }

        public List<ReadError> Errors { get; } = [];

        private int _added;
        private int _changed;
        private int _claims;
        private int _unchanged;
        private readonly List<long> _runs = [];

        public void Add(BatchOutcome outcome, int articles, int unchanged)
        {
            Done += articles;
            _unchanged += unchanged;
            _added += outcome.Added;
            _changed += outcome.Changed;
            _claims += outcome.Claims;
            if (outcome.Run is { } run)
            {
                _runs.Add(run);
            }
        }

        public StoreAddResult Result() => new(_added, _changed, _unchanged, _claims, [.. _runs], [.. Errors]);
    }
}
