using System.Data;
using System.Data.Common;

namespace ClaimCompare.Store;

/// <summary>What differs between the two databases: how to take the writers' lock and how to see existing tables.</summary>
internal abstract class StoreDialect
{
    /// <summary>A short name for messages ("SQLite file", "PostgreSQL database").</summary>
    public abstract string Describe { get; }

    /// <summary>Begins a transaction that holds the store's single writer lock until it ends.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, TimeSpan lockTimeout, CancellationToken cancellationToken);

    /// <summary>The names of the tables in the store's schema.</summary>
    public abstract Task<List<string>> TablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>Turns a database error into a clear store error, or null when it is not one the user can act on.</summary>
    public abstract ClaimStoreException? Explain(Exception error, string location);

    protected static async Task<List<string>> ReadNamesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Isolation used by writers; the lock already serialises them.</summary>
    protected const IsolationLevel WriteIsolation = IsolationLevel.ReadCommitted;
}
