using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimCompare.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer), with a busy timeout so
/// writers from several processes take turns. Each batch holds SQLite's write lock (BEGIN IMMEDIATE) for its
/// whole transaction.
/// </summary>
public sealed class SqliteClaimStore : DbClaimStore
{
    private SqliteClaimStore(SqliteConnection connection, string path, ClaimStoreOptions options)
        : base(connection, new Dialect(), path, options)
    {
    }

    /// <summary>Opens (or creates) the store file and applies pending migrations.</summary>
    /// <param name="path">The store file.</param>
    /// <param name="options">Store options (defaults when null).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="ClaimStoreException">The file is missing (and may not be created), not a store, locked, or from a newer version.</exception>
    public static async Task<SqliteClaimStore> OpenAsync(string path, ClaimStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= ClaimStoreOptions.Default;
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            if (!options.CreateIfMissing)
            {
                throw new ClaimStoreException($"Store file '{full}' does not exist.");
            }

            if (Path.GetDirectoryName(full) is { } dir && !Directory.Exists(dir))
            {
                throw new ClaimStoreException($"Cannot create store file '{full}': the folder '{dir}' does not exist.");
            }
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.LockTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        var store = new SqliteClaimStore(connection, full, options);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await store.PragmasAsync(options, cancellationToken).ConfigureAwait(false);
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception ex) when (ex is not ClaimStoreException and not OperationCanceledException)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new Dialect().Explain(ex, full) ?? new ClaimStoreException($"Cannot open store file '{full}': {ex.Message}", ex);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task PragmasAsync(ClaimStoreOptions options, CancellationToken cancellationToken)
    {
        // WAL lets readers work while one process writes; NORMAL sync is durable at each commit in WAL mode.
        var busy = ((long)options.LockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        await ExecuteAsync($"PRAGMA busy_timeout = {busy}", null, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("PRAGMA journal_mode = WAL", null, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("PRAGMA synchronous = NORMAL", null, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Dialect : StoreDialect
    {
        public override string Describe => "SQLite file";

        public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, TimeSpan lockTimeout, CancellationToken cancellationToken)
        {
            // deferred: false is BEGIN IMMEDIATE: the write lock is taken now (waiting up to the busy timeout),
            // so two writers never both read and then fail to upgrade.
            var sqlite = (SqliteConnection)connection;
            return await Task.Run(() => (DbTransaction)sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false), cancellationToken).ConfigureAwait(false);
        }

        public override async Task<List<string>> TablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
        {
            await using var command = Command(connection, transaction, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
            return await ReadNamesAsync(command, cancellationToken).ConfigureAwait(false);
        }

        public override ClaimStoreException? Explain(Exception error, string location) => error switch
        {
            SqliteException { SqliteErrorCode: 26 } e => new ClaimStoreException($"'{location}' is not a ClaimCompare store (not an SQLite database).", e),
            SqliteException { SqliteErrorCode: 5 or 6 } e => new ClaimStoreException($"Store file '{location}' is locked by another process (waited for the lock and gave up): {e.Message}", e),
            SqliteException { SqliteErrorCode: 14 } e => new ClaimStoreException($"Cannot open store file '{location}': {e.Message}", e),
            SqliteException { SqliteErrorCode: 8 } e => new ClaimStoreException($"Store file '{location}' is read-only: {e.Message}", e),
            _ => null,
        };
    }
}
