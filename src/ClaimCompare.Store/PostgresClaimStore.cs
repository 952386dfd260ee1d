using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace ClaimCompare.Store;

/// <summary>
/// The team store: a PostgreSQL database that many processes add to and read at once. Writers take turns on a
/// transaction-scoped advisory lock, so concurrent adds give the store that adding the same batches one after
/// another gives; readers never wait.
/// </summary>
public sealed class PostgresClaimStore : DbClaimStore
{
    // The first key of the advisory lock that serialises writers ("Clai" in ASCII); the second is the schema's
    // hash, since advisory locks are database-wide and each schema can hold its own store.
    private const int WriterLock = 0x436C6169;

    private readonly NpgsqlDataSource _source;

    private PostgresClaimStore(NpgsqlDataSource source, NpgsqlConnection connection, string location, ClaimStoreOptions options)
        : base(connection, new Dialect(), location, options)
    {
        _source = source;
    }

    /// <summary>Connects, creates the tables when the database has none and applies pending migrations.</summary>
    /// <param name="connectionString">An Npgsql connection string ("Host=...;Username=...;Password=...;Database=...").</param>
    /// <param name="options">Store options (defaults when null).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="ClaimStoreException">The server refused the connection or the credentials, or the store is from a newer version.</exception>
    public static async Task<PostgresClaimStore> OpenAsync(string connectionString, ClaimStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= ClaimStoreOptions.Default;
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ClaimStoreException($"Not a valid PostgreSQL connection string: {ex.Message}", ex);
        }

        // Waiting for another writer's lock is a long command: Npgsql's 30-second default would cut it short.
        if (!connectionString.Contains("command timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.CommandTimeout = (int)Math.Ceiling(options.LockTimeout.TotalSeconds) + 300;
        }

        var location = Describe(builder);
        var source = NpgsqlDataSource.Create(builder);
        NpgsqlConnection? connection = null;
        try
        {
            connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var store = new PostgresClaimStore(source, connection, location, options);
            try
            {
                await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
                return store;
            }
            catch
            {
                await store.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch (Exception ex) when (ex is not ClaimStoreException and not OperationCanceledException)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            await source.DisposeAsync().ConfigureAwait(false);
            throw new Dialect().Explain(ex, location) ?? new ClaimStoreException($"Cannot open the store at {location}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    protected override async ValueTask DisposeCoreAsync()
    {
        await _source.DisposeAsync().ConfigureAwait(false);
    }

    private static string Describe(NpgsqlConnectionStringBuilder builder) =>
        string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {builder.Username ?? "(default user)"}@{builder.Host ?? "localhost"}:{builder.Port}/{builder.Database ?? builder.Username ?? "(default database)"}");

    private sealed class Dialect : StoreDialect
    {
        public override string Describe => "PostgreSQL database";

        public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, TimeSpan lockTimeout, CancellationToken cancellationToken)
        {
            var transaction = await connection.BeginTransactionAsync(WriteIsolation, cancellationToken).ConfigureAwait(false);
            try
            {
                var ms = ((long)lockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
                await using (var timeout = Command(connection, transaction, $"SET LOCAL lock_timeout = {ms}"))
                {
                    await timeout.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // Held until commit or rollback, and released by the server if this process dies.
                await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(" + WriterLock.ToString(CultureInfo.InvariantCulture) + ", hashtext(current_schema()))");
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return transaction;
            }
            catch
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public override async Task<List<string>> TablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
        {
            await using var command = Command(connection, transaction, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'cc\\_%'");
            return await ReadNamesAsync(command, cancellationToken).ConfigureAwait(false);
        }

        public override ClaimStoreException? Explain(Exception error, string location) => error switch
        {
            PostgresException { SqlState: "28P01" or "28000" } e => new ClaimStoreException($"{location} refused the credentials: {e.MessageText}", e),
            PostgresException { SqlState: "3D000" } e => new ClaimStoreException($"{location}: {e.MessageText}", e),
            PostgresException { SqlState: "55P03" } e => new ClaimStoreException($"{location} is locked by another writer (gave up waiting): {e.MessageText}", e),
            NpgsqlException { InnerException: SocketException s } e => new ClaimStoreException($"Cannot connect to {location}: {s.Message}", e),
            NpgsqlException { InnerException: TimeoutException } e => new ClaimStoreException($"{location} did not answer in time (connecting or running a command): {e.Message}", e),
            _ => null,
        };
    }
}
