using ClaimCompare.Attribution;
using ClaimCompare.Comparison;
using ClaimCompare.Extraction;
using ClaimCompare.Reading;
using ClaimCompare.Sources;

namespace ClaimCompare.Pipeline;

/// <summary>Options for the whole pipeline, one object per stage. Every default is documented on its property.</summary>
public sealed record ClaimCompareOptions
{
    /// <summary>Reading files. Default: <see cref="ReaderOptions.Default"/>.</summary>
    public ReaderOptions Reading { get; init; } = ReaderOptions.Default;

    /// <summary>Finding claims. Default: <see cref="ExtractionOptions.Default"/>.</summary>
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>Finding attributions. Default: <see cref="AttributionOptions.Default"/>.</summary>
    public AttributionOptions Attribution { get; init; } = AttributionOptions.Default;

    /// <summary>Resolving sources. Default: <see cref="SourceOptions.Default"/>.</summary>
    public SourceOptions Sources { get; init; } = SourceOptions.Default;

    /// <summary>Grouping and comparing. Default: <see cref="ComparisonOptions.Default"/>.</summary>
    public ComparisonOptions Comparison { get; init; } = ComparisonOptions.Default;

    /// <summary>Articles analysed at once. Default: <see cref="Environment.ProcessorCount"/>. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The defaults.</summary>
    public static ClaimCompareOptions Default { get; } = new();
}
