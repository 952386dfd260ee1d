using ClaimCompare.Model;
using ClaimCompare.Pipeline;

namespace ClaimCompare;

/// <summary>
/// The one-line entry point: <c>ClaimComparer.CompareFiles(["seeds"])</c>. For repeated runs build a
/// <see cref="ClaimEngine"/> once and reuse it.
/// </summary>
/// <example>
/// <code>
/// var report = ClaimComparer.CompareFiles(["articles"]);      // .txt pages, .json, .jsonl, folders
/// Console.WriteLine(TableReport.Write(report));
/// foreach (var d in report.Discrepancies)
///     Console.WriteLine($"{d.Kind}: {d.Explanation}");
/// </code>
/// </example>
public static class ClaimComparer
{
    /// <summary>Reads the paths (files and folders; docs/report-format.md lists what is read) and compares every article.</summary>
    /// <param name="paths">Files and folders to read.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="cancellationToken">Stops the run; no partial report is returned.</param>
    /// <returns>The report: articles, sources, claims, groups, discrepancies and the inputs that could not be read.</returns>
    /// <example><code>var report = ClaimComparer.CompareFiles(["seeds", "more/articles.jsonl"]);</code></example>
    public static ComparisonReport CompareFiles(IEnumerable<string> paths, ClaimCompareOptions? options = null, CancellationToken cancellationToken = default) =>
        new ClaimEngine(options).CompareFiles(paths, null, cancellationToken);

    /// <summary>Reads the paths and compares every article without blocking the caller (see <see cref="ClaimEngine.CompareFilesAsync"/>).</summary>
    public static Task<ComparisonReport> CompareFilesAsync(IEnumerable<string> paths, ClaimCompareOptions? options = null, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new ClaimEngine(options).CompareFilesAsync(paths, progress, cancellationToken);

    /// <summary>Compares articles already in memory.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="cancellationToken">Stops the run; no partial report is returned.</param>
    /// <example>
    /// <code>
    /// var article = new Article("a1", null, "Harbour Gazette", null, new DateOnly(2025, 5, 4), "Police said 40 people were hurt.");
    /// var report = ClaimComparer.Compare([article]);
    /// </code>
    /// </example>
    public static ComparisonReport Compare(IEnumerable<Article> articles, ClaimCompareOptions? options = null, CancellationToken cancellationToken = default) =>
        new ClaimEngine(options).Compare(articles, null, cancellationToken);
}
