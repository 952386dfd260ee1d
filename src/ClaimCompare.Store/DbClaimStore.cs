using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using ClaimCompare.Comparison;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using ClaimCompare.Sources;

namespace ClaimCompare.Store;

/// <summary>
/// The store over any ADO.NET connection: schema and migrations, adding batches, incremental comparison and
/// the "what changed" queries. The two databases differ only in their <see cref="StoreDialect"/>.
/// </summary>
public abstract partial class DbClaimStore : IClaimStore
{
    private readonly DbConnection _connection;
    private readonly StoreDialect _dialect;
    private readonly ClaimStoreOptions _options;
    private readonly ClaimEngine _engine;
    private readonly SourceResolver _resolver;
    private readonly QuantityComparer _comparer;
    private readonly FactsCache _facts = new(MaxCachedClaims);
    private bool _disposed;

    // Facts kept between batches: a batch re-sweeps stored claims around its own, and reading and working them out
    // again is most of that cost. The cache keeps what the last batch touched (FactsCache.EndBatch); this bounds
    // one batch's share (about 2-3 KB each, so near a gigabyte at most).
    private const int MaxCachedClaims = 400_000;

    private protected DbClaimStore(DbConnection connection, StoreDialect dialect, string location, ClaimStoreOptions options)
    {
        if (options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "BatchSize must be at least 1.");
        }

        _connection = connection;
        _dialect = dialect;
        _options = options;
        Location = location;
        _engine = new ClaimEngine(options.Pipeline);
        _resolver = new SourceResolver(options.Pipeline.Sources);
        _comparer = new QuantityComparer(options.Pipeline.Comparison);
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>Time spent per stage, for the benchmark.</summary>
    internal StoreTimings Timings { get; } = new();

    /// <inheritdoc/>
    public async Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return await Guard(async () =>
        {
            async Task<long> Count(string sql) => Convert.ToInt64(await ScalarAsync(sql, null, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            var version = int.Parse((string)(await ScalarAsync("SELECT value FROM cc_meta WHERE name = 'schema_version'", null, cancellationToken).ConfigureAwait(false))!, CultureInfo.InvariantCulture);
            var last = await ScalarAsync("SELECT MAX(committed_at) FROM cc_runs", null, cancellationToken).ConfigureAwait(false);
            return new StoreStats(
                version,
                await Count("SELECT COUNT(*) FROM cc_articles WHERE is_current = 1").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM cc_articles").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM cc_claims WHERE is_current = 1").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM cc_claims WHERE is_current = 0").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM cc_groups WHERE removed_run IS NULL").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM cc_discrepancies WHERE removed_run IS NULL").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM cc_sources").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM cc_runs").ConfigureAwait(false),
                last is null or DBNull ? null : DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(last, CultureInfo.InvariantCulture)));
        }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<StoreChanges> ChangesAsync(StoreSince since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(since);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return await Guard(async () =>
        {
            var to = Convert.ToInt64(await ScalarAsync("SELECT COALESCE(MAX(id), 0) FROM cc_runs", null, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            long from;
            if (since.PreviousRun)
            {
                from = Math.Max(0, to - 1);
            }
            else if (since.Time is { } time)
            {
                from = Convert.ToInt64(await ScalarAsync("SELECT COALESCE(MAX(id), 0) FROM cc_runs WHERE committed_at <= @t", null, cancellationToken, ("@t", time.ToUnixTimeMilliseconds())).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }
            else
            {
                from = since.AfterRun ?? 0;
            }

            var discrepancies = new List<StoredDiscrepancy>();
            await using (var command = Command(
                "SELECT d.id, d.kind, d.severity, d.explanation, d.claim_keys, d.group_id, d.first_run, d.changed_run, d.removed_run, r.committed_at FROM cc_discrepancies d JOIN cc_runs r ON r.id = d.changed_run WHERE d.changed_run > @from ORDER BY d.severity DESC, d.id",
                null,
                ("@from", from)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    discrepancies.Add(new StoredDiscrepancy(
                        reader.GetString(0),
                        Enum.Parse<DiscrepancyKind>(reader.GetString(1)),
                        reader.GetDouble(2),
                        reader.GetString(3),
                        StoredJson.Read<ImmutableArray<string>>(reader.GetString(4)),
                        reader.IsDBNull(5) ? null : reader.GetString(5),
                        Status(reader.GetInt64(6), reader.IsDBNull(8), from),
                        reader.GetInt64(6),
                        reader.GetInt64(7),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9))));
                }
            }

            var groups = new List<StoredGroup>();
            await using (var command = Command(
                "SELECT g.id, g.label, g.members, g.consensus, g.first_run, g.changed_run, g.removed_run, r.committed_at FROM cc_groups g JOIN cc_runs r ON r.id = g.changed_run WHERE g.changed_run > @from ORDER BY g.changed_run DESC, g.id",
                null,
                ("@from", from)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    groups.Add(new StoredGroup(
                        reader.GetString(0),
                        reader.IsDBNull(1) ? null : reader.GetString(1),
                        StoredJson.Read<ImmutableArray<string>>(reader.GetString(2)),
                        reader.IsDBNull(3) ? null : StoredJson.Read<Consensus>(reader.GetString(3)),
                        Status(reader.GetInt64(4), reader.IsDBNull(6), from),
                        reader.GetInt64(4),
                        reader.GetInt64(5),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
                }
            }

            var sources = new List<StoredSource>();
            await using (var command = Command("SELECT name, kind, aliases, first_run, changed_run FROM cc_sources WHERE changed_run > @from ORDER BY name", null, ("@from", from)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    sources.Add(new StoredSource(
                        reader.GetString(0),
                        Enum.Parse<SourceKind>(reader.GetString(1)),
                        StoredJson.Read<ImmutableArray<string>>(reader.GetString(2)),
                        Status(reader.GetInt64(3), true, from),
                        reader.GetInt64(3),
                        reader.GetInt64(4)));
                }
            }

            return new StoreChanges(from, to, [.. discrepancies], [.. groups], [.. sources]);
        }).ConfigureAwait(false);

        static ChangeStatus Status(long firstRun, bool present, long from) =>
            !present ? ChangeStatus.Removed : firstRun > from ? ChangeStatus.New : ChangeStatus.Changed;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _connection.DisposeAsync().ConfigureAwait(false);
        await DisposeCoreAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a derived store holds besides the connection.</summary>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;

    /// <summary>Creates the tables or applies pending migrations, refusing databases that are not stores or are newer.</summary>
    private protected async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Most opens find the store current: check without the writers' lock first.
        if (await VersionAsync(null, cancellationToken).ConfigureAwait(false) == Schema.CurrentVersion)
        {
            return;
        }

        await using var transaction = await _dialect.BeginWriteAsync(_connection, _options.LockTimeout, cancellationToken).ConfigureAwait(false);
        var version = await VersionAsync(transaction, cancellationToken).ConfigureAwait(false);
        for (var next = version + 1; next <= Schema.CurrentVersion; next++)
        {
            foreach (var statement in Schema.Migrations[next - 1])
            {
                await ExecuteAsync(statement, transaction, cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync("INSERT INTO cc_meta (name, value) VALUES ('format', @f) ON CONFLICT (name) DO UPDATE SET value = excluded.value", transaction, cancellationToken, ("@f", Schema.Format)).ConfigureAwait(false);
            await ExecuteAsync("INSERT INTO cc_meta (name, value) VALUES ('schema_version', @v) ON CONFLICT (name) DO UPDATE SET value = excluded.value", transaction, cancellationToken, ("@v", next.ToString(CultureInfo.InvariantCulture))).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> VersionAsync(DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var tables = await _dialect.TablesAsync(_connection, transaction, cancellationToken).ConfigureAwait(false);
        if (!tables.Contains("cc_meta"))
        {
            if (tables.Count > 0)
            {
                throw new ClaimStoreException($"'{Location}' is not a ClaimCompare store: the {_dialect.Describe} has tables ({string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5))}) but no cc_meta.");
            }

            return 0;
        }

        var format = await ScalarAsync("SELECT value FROM cc_meta WHERE name = 'format'", transaction, cancellationToken).ConfigureAwait(false) as string;
        var versionText = await ScalarAsync("SELECT value FROM cc_meta WHERE name = 'schema_version'", transaction, cancellationToken).ConfigureAwait(false) as string;
        if (format != Schema.Format || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new ClaimStoreException($"'{Location}' is not a ClaimCompare store: its cc_meta table does not name the format and schema version.");
        }

        if (version > Schema.CurrentVersion)
        {
            throw new ClaimStoreException($"'{Location}' was written by a newer ClaimCompare.Store (schema version {version}; this version reads up to {Schema.CurrentVersion}). Upgrade ClaimCompare.Store to use it; the store was not changed.");
        }

        return version;
    }

    // Database errors the user can act on (locked, refused, bad credentials) become clear store errors.
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (DbException ex) when (_dialect.Explain(ex, Location) is { } clear)
        {
            throw clear;
        }
    }

    private protected async Task<int> ExecuteAsync(string sql, DbTransaction? transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> ScalarAsync(string sql, DbTransaction? transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, transaction, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private DbCommand Command(string sql, DbTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
