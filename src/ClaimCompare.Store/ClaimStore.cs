namespace ClaimCompare.Store;

/// <summary>Opens a store from one string: a file path (SQLite) or a PostgreSQL connection string.</summary>
public static class ClaimStore
{
    /// <summary>
    /// True when the location is a PostgreSQL connection string ("Host=...;...", or a postgres:// URL is not
    /// accepted: use the keyword form), false for a file path.
    /// </summary>
    /// <param name="location">A path or a connection string.</param>
    public static bool IsConnectionString(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Contains('=', StringComparison.Ordinal)
            && (location.Contains("host=", StringComparison.OrdinalIgnoreCase) || location.Contains("server=", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Opens the store, creating it and applying migrations as needed.</summary>
    /// <param name="location">A file path (SQLite) or a PostgreSQL connection string.</param>
    /// <param name="options">Store options (defaults when null).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="ClaimStoreException">The store cannot be opened; the message says why.</exception>
    public static async Task<IClaimStore> OpenAsync(string location, ClaimStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return IsConnectionString(location)
            ? await PostgresClaimStore.OpenAsync(location, options, cancellationToken).ConfigureAwait(false)
            : await SqliteClaimStore.OpenAsync(location, options, cancellationToken).ConfigureAwait(false);
    }
}
