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
        var current = await Guard(() => CurrentHashesAsync(batch.Select(a => a.Id).ToList(), null, cancellationToken)).ConfigureAwait(false);

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
        if (outcome.Run is not null)
        {
            // A batch that compared something keeps only the facts it used (a batch that changed nothing, or failed,
            // leaves the cache as it was: facts never go stale).
            _facts.EndBatch();
            Timings.Count("facts kept", _facts.Count);
        }

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
            // The facts the sweep reads, worked out here (in parallel, outside the lock); the same code as BlockOf.
            var places = QuantityComparer.ArticlePlaces(keyed);
            var facts = keyed.Select(c => _comparer.FactsOf(0, c, meta, places)).ToList();
            var blocks = facts.Select(f => f is null ? null : QuantityComparer.BlockOf(f)).ToList();
            return (new Analysed(meta, hash, keyed, blocks, AliasesInText.Find(article.Text), places, facts), null);
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

        // Read again under the lock (one query per 500 articles): another writer may have stored these since the first look.
        var versions = await VersionsAsync(analysed.Select(a => a.Meta.Id).ToList(), transaction, cancellationToken).ConfigureAwait(false);
        var retire = new List<(string Id, string Hash)>();
        var reinstate = new List<(string Id, string Hash)>();
        var insert = new List<Analysed>();
        foreach (var article in analysed)
        {
            var (currentHash, known) = versions.GetValueOrDefault(article.Meta.Id, (null, []));
            if (currentHash == article.Hash)
            {
                continue;
            }

            if (currentHash is not null)
            {
                retire.Add((article.Meta.Id, currentHash));
                work.Changed++;
            }
            else
            {
                work.Added++;
            }

            work.NewArticles[article.Meta.Id] = article.Hash;
            if (known.Contains(article.Hash))
            {
                // A text seen before and since replaced: that version (and its claims) is current again.
                reinstate.Add((article.Meta.Id, article.Hash));
            }
            else
            {
                insert.Add(article);
            }
        }

        if (work.NewArticles.Count == 0)
        {
            return new BatchOutcome(0, 0, 0, null);
        }

        await RetireVersionsAsync(retire, work, transaction, cancellationToken).ConfigureAwait(false);
        await ReinstateVersionsAsync(reinstate, work, transaction, cancellationToken).ConfigureAwait(false);
        await InsertArticlesAsync(insert, work, transaction, cancellationToken).ConfigureAwait(false);
        Timings.Add("write articles and claims", clock);

        var run = Convert.ToInt64(await ScalarAsync("SELECT COALESCE(MAX(id), 0) + 1 FROM cc_runs", transaction, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await CompareAsync(run, work, transaction, cancellationToken).ConfigureAwait(false);
        clock.Restart();
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

    /// <summary>The current version's hash of each id (ids never stored are absent).</summary>
    private async Task<Dictionary<string, string>> CurrentHashesAsync(List<string> ids, DbTransaction? transaction, CancellationToken cancellationToken) =>
        (await VersionsAsync(ids, transaction, cancellationToken).ConfigureAwait(false))
            .Where(v => v.Value.Current is not null)
            .ToDictionary(v => v.Key, v => v.Value.Current!, StringComparer.Ordinal);

    /// <summary>Per id: the current version's hash (null when none is current) and the hashes of every stored version.</summary>
    private async Task<Dictionary<string, (string? Current, HashSet<string> Known)>> VersionsAsync(List<string> ids, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, (string? Current, HashSet<string> Known)>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(InListSize))
        {
            var (list, parameters) = InList("@a", chunk);
            await using var command = Command("SELECT id, hash, is_current FROM cc_articles WHERE id IN (" + list + ")", transaction, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                var (current, known) = versions.GetValueOrDefault(id, (null, new HashSet<string>(StringComparer.Ordinal)));
                known.Add(reader.GetString(1));
                versions[id] = (reader.GetInt64(2) == 1 ? reader.GetString(1) : current, known);
            }
        }

        return versions;
    }

    /// <summary>"(article_id = @x0 AND article_hash = @y0) OR ..." for article versions, and its parameters.</summary>
    private static (string Sql, (string Name, object? Value)[] Parameters) VersionList((string Id, string Hash)[] versions, string idColumn, string hashColumn)
    {
        var sql = new System.Text.StringBuilder();
        var parameters = new List<(string, object?)>();
        for (var i = 0; i < versions.Length; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "(" : " OR (").Append(CultureInfo.InvariantCulture, $"{idColumn} = @x{n} AND {hashColumn} = @y{n})");
            parameters.Add(("@x" + n, versions[i].Id));
            parameters.Add(("@y" + n, versions[i].Hash));
        }

        return (sql.ToString(), [.. parameters]);
    }

    // The replaced versions leave the comparison: their claims are events of the comparison (taken out of the sweep).
    private async Task RetireVersionsAsync(List<(string Id, string Hash)> versions, BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var chunk in versions.Chunk(InListSize / 2))
        {
            var rows = await VersionRowsAsync(chunk, transaction, cancellationToken).ConfigureAwait(false);
            await LoadArticlesForWorkAsync(chunk, work, transaction, cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                if (row.GroupId is { } group)
                {
                    work.RetiredGroups.Add(group);
                }

                if (row.Block is not null)
                {
                    var article = work.Articles[(row.ArticleId, row.ArticleHash)];
                    var claim = StoredJson.Read<Claim>(row.Body!);
                    work.Event(new Item(row.Key, row.ArticleId, row.ArticleHash, row.Ordinal, row.Block, row.FirstDay, row.LastDay, row.GroupId, claim, ItemRole.Retired, Facts(claim, article)));
                }
            }

            work.RetiredArticleKeys.UnionWith(chunk.Select(v => ArticleKey(v.Id, v.Hash)));
            var (articles, p1) = VersionList(chunk, "id", "hash");
            await ExecuteAsync("UPDATE cc_articles SET is_current = 0 WHERE " + articles, transaction, cancellationToken, p1).ConfigureAwait(false);
            var (claims, p2) = VersionList(chunk, "article_id", "article_hash");
            await ExecuteAsync("UPDATE cc_claims SET is_current = 0 WHERE " + claims, transaction, cancellationToken, p2).ConfigureAwait(false);
        }
    }

    // Versions made current again: their stored claims are added claims of this batch.
    private async Task ReinstateVersionsAsync(List<(string Id, string Hash)> versions, BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var chunk in versions.Chunk(InListSize / 2))
        {
            var (articles, p1) = VersionList(chunk, "id", "hash");
            await ExecuteAsync("UPDATE cc_articles SET is_current = 1 WHERE " + articles, transaction, cancellationToken, p1).ConfigureAwait(false);
            var (claims, p2) = VersionList(chunk, "article_id", "article_hash");
            await ExecuteAsync("UPDATE cc_claims SET is_current = 1, group_id = NULL WHERE " + claims, transaction, cancellationToken, p2).ConfigureAwait(false);
            await LoadArticlesForWorkAsync(chunk, work, transaction, cancellationToken).ConfigureAwait(false);
            foreach (var row in await VersionRowsAsync(chunk, transaction, cancellationToken).ConfigureAwait(false))
            {
                var claim = StoredJson.Read<Claim>(row.Body!);
                var article = work.Articles[(row.ArticleId, row.ArticleHash)];
                work.Add(new Item(row.Key, row.ArticleId, row.ArticleHash, row.Ordinal, row.Block, row.FirstDay, row.LastDay, null, claim, ItemRole.Added, row.Block is null ? null : Facts(claim, article)));
            }
        }
    }

    private async Task<List<ClaimRow>> VersionRowsAsync((string Id, string Hash)[] versions, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var (where, parameters) = VersionList(versions, "article_id", "article_hash");
        var rows = new List<ClaimRow>();
        await using var command = Command("SELECT " + ClaimColumns + " FROM cc_claims WHERE " + where, transaction, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(ReadRow(reader));
        }

        return rows;
    }

    private async Task LoadArticlesForWorkAsync((string Id, string Hash)[] versions, BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var state = new CompareState(new BatchWork());
        await LoadArticlesAsync(state, versions.Select(v => v.Id).Distinct(StringComparer.Ordinal).ToList(), transaction, cancellationToken).ConfigureAwait(false);
        foreach (var (key, article) in state.Articles)
        {
            work.Articles.TryAdd(key, article);
        }
    }

    private static string ArticleKey(string id, string hash) => id + "@" + hash[..8];

    // New versions: articles and claims written many rows per statement; their claims are the batch's added claims,
    // kept in memory for the comparison (nothing is read back).
    private async Task InsertArticlesAsync(List<Analysed> articles, BatchWork work, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var articleRows = new List<object?[]>(articles.Count);
        var claimRows = new List<object?[]>();
        foreach (var article in articles)
        {
            var meta = article.Meta;
            var places = article.Places.Order(StringComparer.Ordinal).ToList();
            articleRows.Add(
            [
                meta.Id, article.Hash, 1L, meta.Outlet, meta.Title, meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), meta.Path,
                StoredJson.Write(article.Aliases.IsDefault ? [] : article.Aliases), (long)article.Claims.Count, 0L, StoredJson.Write(places),
            ]);
            var stored = new StoredArticle(meta, article.Places, StoredJson.Write(article.Aliases.IsDefault ? [] : article.Aliases));
            work.Articles[(meta.Id, article.Hash)] = stored;
            for (var i = 0; i < article.Claims.Count; i++)
            {
                var block = article.Blocks[i];
                var claim = article.Claims[i];
                claimRows.Add([claim.Id, meta.Id, article.Hash, (long)i, 1L, block?.Key, block?.FirstDay is { } f ? (long)f : null, block?.LastDay is { } l ? (long)l : null, null, StoredJson.Write(claim), 0L]);
                work.Add(new Item(claim.Id, meta.Id, article.Hash, i, block?.Key, block?.FirstDay, block?.LastDay, null, claim, ItemRole.Added, block is null ? null : article.Facts[i]));
                if (block is not null)
                {
                    // Claims are immutable under their key (article, version, position), so later batches reuse these.
                    _facts.Add(claim.Id, article.Facts[i]!);
                }
            }
        }

        await InsertRowsAsync("INSERT INTO cc_articles (id, hash, is_current, outlet, title, published, path, aliases, claims, first_run, places)", string.Empty, articleRows, transaction, cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync("INSERT INTO cc_claims (claim_key, article_id, article_hash, ordinal, is_current, block, first_day, last_day, group_id, body, run)", string.Empty, claimRows, transaction, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Analysed(Article Meta, string Hash, IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimBlock?> Blocks, ImmutableArray<StatedAlias> Aliases, HashSet<string> Places, IReadOnlyList<ClaimFacts?> Facts);

    private sealed record BatchOutcome(int Added, int Changed, int Claims, long? Run);

    /// <summary>What one batch's transaction changes, gathered while writing it.</summary>
    private sealed class BatchWork
    {
        public int Added { get; set; }

        public int Changed { get; set; }

        public int Claims { get; set; }

        /// <summary>Article id to content hash of every version made current by this batch.</summary>
        public Dictionary<string, string> NewArticles { get; } = new(StringComparer.Ordinal);

        /// <summary>Added and retired claims, by block: where the comparison resumes.</summary>
        public Dictionary<string, List<Item>> Events { get; } = new(StringComparer.Ordinal);

        /// <summary>Every claim of the versions made current (with or without a block), in memory.</summary>
        public List<Item> NewClaims { get; } = [];

        /// <summary>The article versions of added and retired claims.</summary>
        public Dictionary<(string Id, string Hash), StoredArticle> Articles { get; } = [];

        public HashSet<string> RetiredGroups { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RetiredArticleKeys { get; } = new(StringComparer.Ordinal);

        public void Add(Item claim)
        {
            NewClaims.Add(claim);
            Claims++;
            if (claim.Block is not null)
            {
                Event(claim);
            }
        }

        public void Event(Item claim)
        {
            if (!Events.TryGetValue(claim.Block!, out var list))
            {
                Events[claim.Block!] = list = [];
            }

            list.Add(claim);
        }
    }

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
