namespace ClaimCompare.Pipeline;

/// <summary>The stage a run is in.</summary>
public enum PipelineStage
{
    /// <summary>Reading and extracting articles.</summary>
    Extracting,

    /// <summary>Resolving sources across articles.</summary>
    Resolving,

    /// <summary>Grouping and comparing claims.</summary>
    Comparing,

    /// <summary>Finished.</summary>
    Done,
}

/// <summary>Progress of a run, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">The stage in progress.</param>
/// <param name="ArticlesDone">Articles analysed so far.</param>
/// <param name="ArticlesTotal">Articles expected, or null when streaming an unknown number.</param>
public sealed record ComparisonProgress(PipelineStage Stage, int ArticlesDone, int? ArticlesTotal)
{
    /// <summary>Bytes of the input files consumed so far (0 for articles given in memory).</summary>
    public long BytesDone { get; init; }

    /// <summary>Total bytes of the input files, known before reading starts, or null for articles given in memory.</summary>
    public long? BytesTotal { get; init; }

    /// <summary>Inputs rejected so far (unreadable files, lines and articles).</summary>
    public int Rejected { get; init; }
}
