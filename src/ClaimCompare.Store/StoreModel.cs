using System.Collections.Immutable;
using ClaimCompare.Model;

namespace ClaimCompare.Store;

/// <summary>What one add did.</summary>
/// <param name="Added">Articles stored for the first time.</param>
/// <param name="Changed">Articles whose text changed: stored as a new version, the old claims kept as history.</param>
/// <param name="Unchanged">Articles already stored with the same text (nothing changed).</param>
/// <param name="Claims">Claims extracted from the added and changed articles.</param>
/// <param name="Runs">The runs committed (one per batch that changed something).</param>
/// <param name="Errors">Inputs that could not be read or analysed; the rest were stored.</param>
public sealed record StoreAddResult(int Added, int Changed, int Unchanged, int Claims, ImmutableArray<long> Runs, ImmutableArray<ReadError> Errors);

/// <summary>The stage an add is in.</summary>
public enum StoreStage
{
    /// <summary>Reading and analysing the batch's articles (outside any transaction).</summary>
    Analysing,

    /// <summary>Writing the batch and re-comparing what it touches, inside its transaction.</summary>
    Storing,

    /// <summary>The batch is committed.</summary>
    Committed,
}

/// <summary>Progress of an add.</summary>
/// <param name="Stage">The current stage.</param>
/// <param name="Batch">The batch number, from 1.</param>
/// <param name="ArticlesDone">Articles handled in the batches committed so far.</param>
public sealed record StoreProgress(StoreStage Stage, int Batch, int ArticlesDone);

/// <summary>Where a "what changed" query starts.</summary>
public sealed record StoreSince
{
    private StoreSince(DateTimeOffset? time, long? afterRun, bool previousRun)
    {
        Time = time;
        AfterRun = afterRun;
        PreviousRun = previousRun;
    }

    /// <summary>Changes committed after this time, when set.</summary>
    public DateTimeOffset? Time { get; }

    /// <summary>Changes made by runs after this run number, when set.</summary>
    public long? AfterRun { get; }

    /// <summary>True for the changes of the latest run alone ("since the previous run").</summary>
    public bool PreviousRun { get; }

    /// <summary>Everything the store ever recorded.</summary>
    public static StoreSince Beginning { get; } = new(null, 0, false);

    /// <summary>The changes made by the latest run.</summary>
    public static StoreSince LastRun { get; } = new(null, null, true);

    /// <summary>Changes committed after the given time.</summary>
    /// <param name="time">The time.</param>
    public static StoreSince At(DateTimeOffset time) => new(time, null, false);

    /// <summary>Changes made by the runs after the given run.</summary>
    /// <param name="run">The run number.</param>
    public static StoreSince AfterRunNumber(long run) => new(null, run, false);
}

/// <summary>How a stored item changed in the period asked about.</summary>
public enum ChangeStatus
{
    /// <summary>First seen in the period.</summary>
    New,

    /// <summary>Seen before, and its content changed in the period.</summary>
    Changed,

    /// <summary>Present before and gone in the period (its claims regrouped, or its article replaced by a new version).</summary>
    Removed,
}

/// <summary>A stored discrepancy. Its id is stable while its kind and claims are the same.</summary>
/// <param name="Id">Stable id (a hash of the kind and the sorted claim keys).</param>
/// <param name="Kind">Figure, attribution, update or internal.</param>
/// <param name="Severity">0..1, as the comparer gives it.</param>
/// <param name="Explanation">The comparer's explanation; claim ids in it are stored claim keys.</param>
/// <param name="ClaimKeys">Stored claim keys (<c>article@hash:ordinal</c>), sorted.</param>
/// <param name="GroupId">The stable id of its group, or null for a part larger than its total in one sentence.</param>
/// <param name="Status">How it changed in the period asked about.</param>
/// <param name="FirstRun">The run it first appeared in.</param>
/// <param name="ChangedRun">The run it last appeared or changed in.</param>
/// <param name="ChangedAt">When that run committed.</param>
public sealed record StoredDiscrepancy(string Id, DiscrepancyKind Kind, double Severity, string Explanation, ImmutableArray<string> ClaimKeys, string? GroupId, ChangeStatus Status, long FirstRun, long ChangedRun, DateTimeOffset ChangedAt);

/// <summary>A stored group. Its id is stable while its earliest claim is the same; members may join.</summary>
/// <param name="Id">Stable id (a hash of the block and the earliest member's key).</param>
/// <param name="Label">The comparer's label ("civilians killed in Aleppo, 20 Nov").</param>
/// <param name="ClaimKeys">Member claim keys, sorted.</param>
/// <param name="Consensus">The consensus over the members, when one could be computed.</param>
/// <param name="Status">How it changed in the period asked about.</param>
/// <param name="FirstRun">The run it first appeared in.</param>
/// <param name="ChangedRun">The run it last appeared or changed in.</param>
/// <param name="ChangedAt">When that run committed.</param>
public sealed record StoredGroup(string Id, string? Label, ImmutableArray<string> ClaimKeys, Consensus? Consensus, ChangeStatus Status, long FirstRun, long ChangedRun, DateTimeOffset ChangedAt);

/// <summary>A stored source: one resolved name with the aliases it was seen under.</summary>
/// <param name="Name">The resolved name.</param>
/// <param name="Kind">Person, official, outlet, ...</param>
/// <param name="Aliases">Every alias seen, sorted.</param>
/// <param name="Status">New or changed (new aliases) in the period asked about.</param>
/// <param name="FirstRun">The run it first appeared in.</param>
/// <param name="ChangedRun">The run it last appeared or changed in.</param>
public sealed record StoredSource(string Name, SourceKind Kind, ImmutableArray<string> Aliases, ChangeStatus Status, long FirstRun, long ChangedRun);

/// <summary>What changed since a point, most severe discrepancies first.</summary>
/// <param name="FromRun">Runs after this one are included.</param>
/// <param name="ToRun">The latest run included.</param>
/// <param name="Discrepancies">Discrepancies that appeared, changed or went away.</param>
/// <param name="Groups">Groups that appeared, changed or went away.</param>
/// <param name="Sources">Sources that appeared or gained aliases.</param>
public sealed record StoreChanges(long FromRun, long ToRun, ImmutableArray<StoredDiscrepancy> Discrepancies, ImmutableArray<StoredGroup> Groups, ImmutableArray<StoredSource> Sources);

/// <summary>Counts of what a store holds.</summary>
/// <param name="SchemaVersion">The schema version of the store.</param>
/// <param name="Articles">Current articles (latest versions).</param>
/// <param name="ArticleVersions">All stored article versions, history included.</param>
/// <param name="Claims">Claims of the current articles.</param>
/// <param name="HistoricClaims">Claims of replaced versions, kept as history.</param>
/// <param name="Groups">Current groups.</param>
/// <param name="Discrepancies">Current discrepancies.</param>
/// <param name="Sources">Sources ever seen.</param>
/// <param name="Runs">Committed runs.</param>
/// <param name="LastRunAt">When the latest run committed, if any.</param>
public sealed record StoreStats(int SchemaVersion, long Articles, long ArticleVersions, long Claims, long HistoricClaims, long Groups, long Discrepancies, long Sources, long Runs, DateTimeOffset? LastRunAt);

/// <summary>Options of a store.</summary>
public sealed record ClaimStoreOptions
{
    /// <summary>The pipeline's options (reading, extraction, attribution, sources, comparison).</summary>
    public Pipeline.ClaimCompareOptions Pipeline { get; init; } = ClaimCompare.Pipeline.ClaimCompareOptions.Default;

    /// <summary>Articles per transaction (default 1,000).</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>How long to wait for another writer's lock before giving up (default 60 s).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When false, opening a store that does not exist fails instead of creating it (for reports).</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static ClaimStoreOptions Default { get; } = new();
}

/// <summary>Why a store could not be opened or used; the message names the store and the problem.</summary>
public sealed class ClaimStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the store.</param>
    /// <param name="inner">The underlying error.</param>
    public ClaimStoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with no message (for serializers).</summary>
    public ClaimStoreException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public ClaimStoreException(string message)
        : base(message)
    {
    }
}
