using ClaimCompare.Model;

namespace ClaimCompare.Store;

/// <summary>
/// A claim store: articles (by id and content hash), their claims, the sources, groups and discrepancies found
/// among them, with the run each was first, last and most recently changed in. Adding compares new claims only
/// against the stored claims they can be grouped with, and the result equals a comparison of every current
/// article at once. Implementations are safe to use from several processes at the same time; one instance is
/// used by one caller at a time.
/// </summary>
public interface IClaimStore : IAsyncDisposable
{
    /// <summary>Where the store lives: a file path, or a PostgreSQL connection string without its password.</summary>
    string Location { get; }

    /// <summary>
    /// Reads the given files and folders (as <c>compare</c> does) and adds their articles, one transaction per
    /// batch of <see cref="ClaimStoreOptions.BatchSize"/> articles. A cancelled or failed batch leaves the store
    /// as it was before that batch; batches committed before it stay.
    /// </summary>
    /// <param name="paths">Files or folders of .txt, .json and .jsonl articles.</param>
    /// <param name="progress">Receives a report after each stage of each batch.</param>
    /// <param name="cancellationToken">Stops before the next batch or inside the current one (which is then rolled back).</param>
    Task<StoreAddResult> AddFilesAsync(IEnumerable<string> paths, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Adds the given articles, one transaction per batch, as <see cref="AddFilesAsync"/> does.</summary>
    /// <param name="articles">The articles; an id seen before with the same text changes nothing, with another text it is a new version.</param>
    /// <param name="progress">Receives a report after each stage of each batch.</param>
    /// <param name="cancellationToken">Stops before the next batch or inside the current one (which is then rolled back).</param>
    Task<StoreAddResult> AddAsync(IEnumerable<Article> articles, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The discrepancies, groups and sources that appeared, changed or went away since the given point.</summary>
    /// <param name="since">A time, a run, the previous run, or the beginning (everything ever stored).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<StoreChanges> ChangesAsync(StoreSince since, CancellationToken cancellationToken = default);

    /// <summary>Counts of what the store holds.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default);
}
