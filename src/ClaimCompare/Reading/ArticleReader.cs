using System.Globalization;
using System.Runtime.CompilerServices;
using ClaimCompare.Model;

namespace ClaimCompare.Reading;

/// <summary>
/// Reads articles from <c>.txt</c>, <c>.json</c>, <c>.jsonl</c> files and folders (report-format.md).
/// Bad input never stops a run: each unreadable file, line or element becomes a <see cref="ReadError"/>.
/// Thread-safe; one instance can serve many concurrent reads.
/// </summary>
public sealed class ArticleReader
{
    private static readonly string[] KnownExtensions = [".txt", ".json", ".jsonl"];
    private readonly ReaderOptions _options;
    private readonly JsonArticleParser _json;
    private readonly PageLayoutAnalyzer _layout = new();

    /// <summary>Creates a reader with the given options (defaults when null).</summary>
    public ArticleReader(ReaderOptions? options = null)
    {
        _options = options ?? ReaderOptions.Default;
        _json = new JsonArticleParser(_options.MaxJsonDepth);
    }

    /// <summary>Reads every path (files and folders) and collects the articles and errors.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    public ReadResult ReadAll(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var articles = new List<Article>();
        var errors = new List<ReadError>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Read(paths, cancellationToken))
        {
            files.Add(item.File);
            if (item.Article is { } article)
            {
                articles.Add(article);
            }
            else
            {
                errors.Add(item.Error!);
            }
        }

        return new ReadResult(articles, errors, files.Count);
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

    /// <summary>Streams articles and errors asynchronously; file reads happen off the caller's thread.</summary>
    public async IAsyncEnumerable<ReadItem> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var file in ExpandPaths(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = await Task.Run(() => ReadFile(file.Path, file.Error).ToList(), cancellationToken).ConfigureAwait(false);
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    /// <summary>Reads one plain-text page held in memory (the seeds' format).</summary>
    public Article ReadPlainText(string id, string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var article = new Article(id, path, null, null, null, text);
        return _options.DetectPageLayout ? _layout.Analyze(article) : article;
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
            foreach (var item in ReadFile(file.Path, file.Error))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<(string Path, string? Error)> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                yield return (path ?? string.Empty, "empty path");
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in ListFolder(path))
                {
                    yield return (file, null);
                }
            }
            else if (File.Exists(path))
            {
                yield return (path, null);
            }
            else
            {
                yield return (path, "no such file or folder");
            }
        }
    }

    private IEnumerable<string> ListFolder(string folder)
    {
        var option = _options.Recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*", option);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        return files
            .Where(f => KnownExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .OrderBy(f => Path.GetRelativePath(folder, f), StringComparer.Ordinal);
    }

    private IEnumerable<ReadItem> ReadFile(string path, string? earlyError)
    {
        if (earlyError is not null)
        {
            return [ReadItem.Fail(path, earlyError, path)];
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!KnownExtensions.Contains(extension))
        {
            return [ReadItem.Fail(path, $"unsupported file type '{extension}': expected .txt, .json or .jsonl", path)];
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
        switch (extension)
        {
            case ".txt":
                if (string.IsNullOrWhiteSpace(text))
                {
                    return [ReadItem.Fail(path, "empty: the file has no text", path)];
                }

                return [ReadItem.Ok(ReadPlainText(stem, text, path), path)];
            case ".jsonl":
                return _json.ParseLines(text, stem, path).Select(Finish).ToList();
            default:
                return _json.ParseDocument(text, stem, path).Select(Finish).ToList();
        }
    }

    private ReadItem Finish(ReadItem item) =>
        item.Article is { } article && _options.DetectPageLayout
            ? ReadItem.Ok(_layout.AnalyzeStructured(article), item.File)
            : item;
}
