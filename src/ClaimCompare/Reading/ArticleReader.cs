using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimCompare.Model;

namespace ClaimCompare.Reading;

/// <summary>
/// Reads articles from <c>.txt</c>, <c>.html</c>/<c>.htm</c>, <c>.json</c>, <c>.jsonl</c> files and folders
/// (docs/report-format.md). Bad input never stops a run: each unreadable file, line or element becomes a
/// <see cref="ReadError"/>. Nothing is passed over in silence: a file inside a folder skipped for its type, a
/// subfolder not read and a folder with nothing to read each become a <see cref="ReadWarning"/>, unless
/// <see cref="ReaderOptions.Include"/> leaves the file out on purpose. Thread-safe; one instance can serve
/// many concurrent reads.
/// </summary>
public sealed class ArticleReader
{
    private const int AsyncChunkSize = 256;
    private const int SniffBytes = 8 * 1024;
    private static readonly string[] KnownExtensions = [".txt", ".html", ".htm", ".json", ".jsonl"];
    private readonly ReaderOptions _options;
    private readonly JsonArticleParser _json;
    private readonly PageLayoutAnalyzer _layout = new();
    private readonly HtmlArticleReader _html = new();
    private readonly GlobPattern[] _include;

    /// <summary>Creates a reader with the given options (defaults when null).</summary>
    /// <exception cref="ArgumentException">A pattern of <see cref="ReaderOptions.Include"/> is empty or white space.</exception>
    public ArticleReader(ReaderOptions? options = null)
    {
        _options = options ?? ReaderOptions.Default;
        _json = new JsonArticleParser(_options.MaxJsonDepth);
        _include = [.. (_options.Include ?? []).Select(p => new GlobPattern(p))];
    }

    /// <summary>Reads every path (files and folders) and collects the articles and errors.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    internal ReadResult ReadAll(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var articles = new List<Article>();
        var errors = new List<ReadError>();
        var warnings = new List<ReadWarning>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Read(paths, cancellationToken))
        {
            if (item.FileOpened)
            {
                files.Add(item.File);
            }

            if (item.Article is { } article)
            {
                articles.Add(article);
            }
            else if (item.Warning is { } warning)
            {
                warnings.Add(warning);
            }
            else
            {
                errors.Add(item.Error!);
            }
        }

        return new ReadResult(articles, errors, files.Count) { Warnings = warnings };
    }

    /// <summary>Streams articles and errors from the paths, one file at a time, in input order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    public IEnumerable<ReadItem> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var item in ReadPath(path, cancellationToken))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// Streams articles and errors asynchronously, in input order; files are read on the thread pool in
    /// chunks of a few hundred items, so a large JSONL file streams without being held whole.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    public async IAsyncEnumerable<ReadItem> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var items = Read(paths, cancellationToken).GetEnumerator();
        var chunk = new List<ReadItem>(AsyncChunkSize);
        while (true)
        {
            chunk.Clear();
            await Task.Run(
                () =>
                {
                    while (chunk.Count < AsyncChunkSize && items.MoveNext())
                    {
                        chunk.Add(items.Current);
                    }
                },
                cancellationToken).ConfigureAwait(false);
            if (chunk.Count == 0)
            {
                yield break;
            }

            foreach (var item in chunk)
            {
                yield return item;
            }
        }
    }

    /// <summary>Total size in bytes of the files the paths name (folders expanded as <see cref="Read"/> does), for progress.</summary>
    internal long CountBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var (path, error, warning) in ExpandPaths(paths))
        {
            if (error is not null || warning is not null)
            {
                continue;
            }

            try
            {
                total += new FileInfo(path).Length;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable files become error entries when read; they add nothing to the total.
            }
        }

        return total;
    }

    /// <summary>Reads one plain-text page held in memory (the seeds' format).</summary>
    public Article ReadPlainText(string id, string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var article = new Article(id, path, null, null, null, text);
        return _options.DetectPageLayout ? _layout.Analyze(article) : article;
    }

    /// <summary>
    /// Reads one web page held in memory: its main content becomes the article text, and the title, outlet and
    /// publication date come from the page's metadata where it has them (see <see cref="HtmlArticleReader"/>).
    /// </summary>
    /// <returns>The article, or an error item when the page has no readable text.</returns>
    public ReadItem ReadHtml(string id, string html, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(html);
        var file = path ?? id;
        var article = _html.Read(id, html, path);
        if (article is null)
        {
            return ReadItem.Fail(file, "empty: the page has no readable text", file);
        }

        // The extracted text keeps the page's line structure, so the page-layout rules (captions, galleries,
        // link lists) apply to it as to a text page; the metadata found in the HTML is kept.
        return ReadItem.Ok(_options.DetectPageLayout ? _layout.Analyze(article) : article, file);
    }

    /// <summary>Reads articles from JSON text held in memory (an object, an array, or JSONL when <paramref name="jsonLines"/> is set).</summary>
    public IReadOnlyList<ReadItem> ReadJson(string json, string fileName, bool jsonLines = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        var items = jsonLines ? _json.ParseLines(json, fileName) : _json.ParseDocument(json, fileName);
        return items.Select(Finish).ToList();
    }

    private IEnumerable<ReadItem> ReadPath(string path, CancellationToken cancellationToken)
    {
        foreach (var file in ExpandPaths([path]))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Warning is { } warning)
            {
                yield return ReadItem.Warn(file.Path, warning);
                continue;
            }

            foreach (var item in ReadFile(file.Path, file.Error))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// Expands folders into the files to read. Each entry is a file to read, an error (set when the path
    /// cannot be read at all) or a warning (set for what is read past: skipped files, unread subfolders).
    /// </summary>
    private IEnumerable<(string Path, string? Error, string? Warning)> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                yield return (path ?? string.Empty, "empty path", null);
            }
            else if (Directory.Exists(path))
            {
                foreach (var entry in ListFolder(path))
                {
                    yield return entry;
                }
            }
            else if (File.Exists(path))
            {
                // A file named on its own is always read (an unsupported type is then an error).
                yield return (path, null, null);
            }
            else
            {
                yield return (path, "no such file or folder", null);
            }
        }
    }

    private List<(string Path, string? Error, string? Warning)> ListFolder(string folder)
    {
        var option = _options.Recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        string[] files;
        string[] subfolders;
        try
        {
            files = Directory.GetFiles(folder, "*", option);
            subfolders = _options.Recursive ? [] : Directory.GetDirectories(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [(folder, "cannot list the folder: " + ex.Message, null)];
        }

        var entries = new List<(string Path, string? Error, string? Warning)>();
        var toRead = 0;
        foreach (var file in files.OrderBy(f => Path.GetRelativePath(folder, f), StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (_include.Length > 0 && !_include.Any(p => p.Matches(relative)))
            {
                // Left out on purpose by the caller's include patterns: not worth a warning.
                continue;
            }

            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (KnownExtensions.Contains(extension))
            {
                entries.Add((file, null, null));
                toRead++;
            }
            else
            {
                entries.Add((file, null, SkippedForType(extension)));
            }
        }

        if (subfolders.Length > 0)
        {
            var names = string.Join(", ", subfolders.Select(Path.GetFileName).Order(StringComparer.Ordinal));
            entries.Add((folder, null, string.Create(CultureInfo.InvariantCulture, $"{subfolders.Length} subfolder(s) not read because reading is not recursive: {names}")));
        }

        if (toRead == 0)
        {
            entries.Add((folder, null, _include.Length > 0 ? "no file in the folder matches the include patterns and can be read" : "the folder holds no file that can be read"));
        }

        return entries;
    }

    private static string SkippedForType(string extension) =>
        extension.Length == 0
            ? "skipped: a file with no extension (ClaimCompare reads .txt, .html, .htm, .json and .jsonl)"
            : $"skipped: ClaimCompare does not read '{extension}' files (it reads .txt, .html, .htm, .json and .jsonl)";

    private IEnumerable<ReadItem> ReadFile(string path, string? earlyError)
    {
        if (earlyError is not null)
        {
            return [ReadItem.Fail(path, earlyError, path) with { FileOpened = false }];
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!KnownExtensions.Contains(extension))
        {
            return [ReadItem.Fail(path, $"unsupported file type '{extension}': expected .txt, .html, .htm, .json or .jsonl", path) with { FileOpened = false }];
        }

        if (extension == ".jsonl")
        {
            return ReadJsonLines(path);
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > _options.MaxFileBytes)
            {
                return [ReadItem.Fail(path, string.Create(CultureInfo.InvariantCulture, $"file too large: {info.Length} bytes (limit {_options.MaxFileBytes})"), path)];
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadItem.Fail(path, "cannot be read: " + ex.Message, path)];
        }

        var text = TextDecoder.TryDecode(bytes, _options.MaxInvalidCharacterShare, out var reason);
        if (text is null)
        {
            return [ReadItem.Fail(path, reason!, path)];
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        if (extension is ".html" or ".htm")
        {
            return [ReadHtml(stem, text, path) with { Position = bytes.LongLength }];
        }

        if (extension == ".txt")
        {
            return string.IsNullOrWhiteSpace(text)
                ? [ReadItem.Fail(path, "empty: the file has no text", path) with { Position = bytes.LongLength }]
                : [ReadItem.Ok(ReadPlainText(stem, text, path), path) with { Position = bytes.LongLength }];
        }

        return _json.ParseDocument(text, stem, path).Select(item => Finish(item) with { Position = bytes.LongLength }).ToList();
    }

    /// <summary>
    /// Streams a JSONL file line by line: memory holds one line at a time, whatever the file size.
    /// <see cref="ReaderOptions.MaxFileBytes"/> caps each line (in characters) rather than the file.
    /// </summary>
    private IEnumerable<ReadItem> ReadJsonLines(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadItem.Fail(path, "cannot be read: " + ex.Message, path)];
        }

        return ReadJsonLines(path, stream);
    }

    private IEnumerable<ReadItem> ReadJsonLines(string path, FileStream stream)
    {
        using (stream)
        {
            var head = new byte[SniffBytes];
            int headLength;
            string? notText;
            Encoding encoding;
            int preamble;
            try
            {
                headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                encoding = TextDecoder.DetectEncoding(head.AsSpan(0, headLength), out preamble);
                notText = SniffBinary(head.AsSpan(preamble, headLength - preamble), encoding);
                stream.Position = preamble;
            }
            catch (IOException ex)
            {
                notText = "cannot be read: " + ex.Message;
                encoding = Encoding.UTF8;
            }

            if (notText is not null)
            {
                yield return ReadItem.Fail(path, notText, path);
                yield break;
            }

            using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            var lines = BoundedLineReader.ReadLines(text, _options.MaxFileBytes);
            var items = _json.ParseLines(lines, Path.GetFileNameWithoutExtension(path), path, _options.MaxInvalidCharacterShare, () => stream.Position);
            using var cursor = items.GetEnumerator();
            while (true)
            {
                ReadItem? item = null;
                var failed = false;
                try
                {
                    item = cursor.MoveNext() ? cursor.Current : null;
                }
                catch (IOException ex)
                {
                    // A file that fails mid-way keeps what was read before the failure and names the cause.
                    item = ReadItem.Fail(path, "cannot be read past this point: " + ex.Message, path);
                    failed = true;
                }

                if (item is null)
                {
                    yield break;
                }

                yield return failed ? item : Finish(item) with { Position = item.Position };
                if (failed)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>
    /// Judges the start of a line-oriented file: NUL bytes there mean binary data (images, archives, PDFs
    /// all have them), rejected as a whole rather than line by line. Other damage is judged per line, so
    /// one bad line never costs the good ones.
    /// </summary>
    private static string? SniffBinary(ReadOnlySpan<byte> head, Encoding encoding) =>
        encoding is UTF8Encoding && head.IndexOf((byte)0) >= 0 ? "not text: the file contains NUL bytes (binary data)" : null;

    private ReadItem Finish(ReadItem item) =>
        item.Article is { } article && _options.DetectPageLayout
            ? ReadItem.Ok(_layout.AnalyzeStructured(article), item.File)
            : item;
}
