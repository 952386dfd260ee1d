using ClaimCompare.Attribution;
using ClaimCompare.Comparison;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
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

    /// <summary>
    /// Keep each article's text (and regions) in the report. Default: true, which the HTML report needs to
    /// highlight sentences. Set false for large or streaming runs: the report then keeps each article's
    /// metadata only (id, path, outlet, title, date; <see cref="Article.Text"/> empty), and memory holds
    /// the claims (each with its own sentence) instead of every text read, so 100,000 articles fit in a
    /// few GB. Claim offsets still point into the text as read from the file.
    /// </summary>
    public bool KeepArticleText { get; init; } = true;

    /// <summary>
    /// Longest article text a run analyses, in characters; a longer one is not analysed and becomes an
    /// error entry naming it and its length. Default: 1,000,000 (about 150,000 words, far beyond any news
    /// article): it bounds what one scraped dump or a page-sized table can cost a run. <see cref="ClaimEngine.Analyze"/>
    /// on a single article applies no limit.
    /// </summary>
    public int MaxArticleCharacters { get; init; } = 1_000_000;

    /// <summary>The defaults.</summary>
    public static ClaimCompareOptions Default { get; } = new();
}
