using ClaimCompare.Model;

namespace ClaimCompare.Reading;

/// <summary>
/// One result of reading: an article, an error entry for an input that could not be read, or a warning
/// about an input read past (a file skipped for its type, an empty folder).
/// </summary>
/// <remarks>Exactly one of <see cref="Article"/>, <see cref="Error"/> and <see cref="Warning"/> is set.</remarks>
public sealed record ReadItem
{
    private ReadItem(Article? article, ReadError? error, string file, ReadWarning? warning = null)
    {
        Article = article;
        Error = error;
        File = file;
        Warning = warning;
    }

    /// <summary>The article read, or null for an error.</summary>
    public Article? Article { get; }

    /// <summary>The error, or null for an article or a warning.</summary>
    public ReadError? Error { get; }

    /// <summary>The warning, or null for an article or an error.</summary>
    public ReadWarning? Warning { get; }

    /// <summary>The file this item came from.</summary>
    public string File { get; }

    /// <summary>
    /// Bytes of <see cref="File"/> consumed when this item was produced, for progress: the file length for
    /// whole-file formats, approximate (read in blocks) for JSONL, 0 when not read from a file.
    /// </summary>
    public long Position { get; init; }

    /// <summary>False for a path that was never opened (missing, unsupported type); it counts as no file read.</summary>
    internal bool FileOpened { get; init; } = true;

    /// <summary>Creates an item for a successfully read article.</summary>
    public static ReadItem Ok(Article article, string file) => new(article ?? throw new ArgumentNullException(nameof(article)), null, file);

    /// <summary>Creates an error item.</summary>
    public static ReadItem Fail(string path, string reason, string file) => new(null, new ReadError(path, reason), file);

    /// <summary>Creates a warning item; it names no file read, so it counts as no file opened.</summary>
    public static ReadItem Warn(string path, string reason) => new(null, null, string.Empty, new ReadWarning(path, reason)) { FileOpened = false };
}

/// <summary>Everything read from a set of paths.</summary>
/// <param name="Articles">Articles read, in input order.</param>
/// <param name="Errors">Inputs that could not be read.</param>
/// <param name="FilesRead">Number of files opened.</param>
internal sealed record ReadResult(IReadOnlyList<Article> Articles, IReadOnlyList<ReadError> Errors, int FilesRead)
{
    /// <summary>Inputs read past without an error that a user should know about (skipped files, empty folders).</summary>
    public IReadOnlyList<ReadWarning> Warnings { get; init; } = [];
}
