using ClaimCompare.Model;

namespace ClaimCompare.Reading;

/// <summary>One result of reading: an article, or an error entry for an input that could not be read.</summary>
/// <remarks>Exactly one of <see cref="Article"/> and <see cref="Error"/> is set.</remarks>
public sealed record ReadItem
{
    private ReadItem(Article? article, ReadError? error, string file)
    {
        Article = article;
        Error = error;
        File = file;
    }

    /// <summary>The article read, or null for an error.</summary>
    public Article? Article { get; }

    /// <summary>The error, or null for an article.</summary>
    public ReadError? Error { get; }

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
}

/// <summary>Everything read from a set of paths.</summary>
/// <param name="Articles">Articles read, in input order.</param>
/// <param name="Errors">Inputs that could not be read.</param>
/// <param name="FilesRead">Number of files opened.</param>
public sealed record ReadResult(IReadOnlyList<Article> Articles, IReadOnlyList<ReadError> Errors, int FilesRead);
