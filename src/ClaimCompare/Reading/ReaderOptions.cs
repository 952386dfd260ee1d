namespace ClaimCompare.Reading;

/// <summary>How articles are read from files. Every default is documented on its property.</summary>
public sealed record ReaderOptions
{
    /// <summary>Read folders recursively. Default: false (report-format.md: only the folder's own files).</summary>
    public bool Recursive { get; init; }

    /// <summary>
    /// Glob patterns choosing which files inside a folder are read (<c>*</c> and <c>?</c> within a name,
    /// <c>**</c> across folders; a pattern without <c>/</c> matches the file name, one with <c>/</c> the path
    /// relative to the folder given). Files they leave out are skipped without a warning; files named
    /// directly are always read. Default: empty, every file is considered and those of a type that cannot be
    /// read are listed as warnings.
    /// </summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Deepest JSON nesting accepted before a file is rejected. Default: 64.</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>Largest file read, in bytes; a larger file becomes an error entry. Default: 256 MiB.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Share of U+FFFD replacement characters (from invalid UTF-8) above which a file is judged not to be
    /// text. Default: 0.02 (2%): a few stray bytes in a scraped page are tolerated, binary files are not.
    /// </summary>
    public double MaxInvalidCharacterShare { get; init; } = 0.02;

    /// <summary>Mark page chrome, captions and footers in plain-text pages. Default: true.</summary>
    public bool DetectPageLayout { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();
}
