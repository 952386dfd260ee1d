using ClaimCompare.Model;
using ClaimCompare.Pipeline;

namespace ClaimCompare;

/// <summary>
/// The one-line entry point: <c>ClaimComparer.CompareFiles(["seeds"])</c>. For repeated runs build a
/// <see cref="ClaimEngine"/> once and reuse it.
/// </summary>
public static class ClaimComparer
{
    /// <summary>Reads the paths (files and folders, report-format.md) and compares every article.</summary>
    public static ComparisonReport CompareFiles(IEnumerable<string> paths, ClaimCompareOptions? options = null, CancellationToken cancellationToken = default) =>
        new ClaimEngine(options).CompareFiles(paths, null, cancellationToken);

    /// <summary>Reads the paths and compares every article without blocking the caller (see <see cref="ClaimEngine.CompareFilesAsync"/>).</summary>
    public static Task<ComparisonReport> CompareFilesAsync(IEnumerable<string> paths, ClaimCompareOptions? options = null, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new ClaimEngine(options).CompareFilesAsync(paths, progress, cancellationToken);

    /// <summary>Compares articles already in memory.</summary>
    public static ComparisonReport Compare(IEnumerable<Article> articles, ClaimCompareOptions? options = null, CancellationToken cancellationToken = default) =>
        new ClaimEngine(options).Compare(articles, null, cancellationToken);
}
