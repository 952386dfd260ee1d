using BenchmarkDotNet.Attributes;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using ClaimCompare.Reading;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Extraction throughput on real article text: the five seeds and the Aleppo 2016 articles, read with the
/// library's reader. Throughput in MB/s per core = <see cref="TextBytes"/> / mean time of one operation
/// (the benchmark runs on one thread). Run: dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- --filter '*Extraction*'
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ClaimExtractor _extractor = new();
    private readonly QuantityRecognizer _recognizer = new();
    private List<Article> _articles = [];

    /// <summary>UTF-16 text size of the corpus in bytes (two per character), printed at setup.</summary>
    public long TextBytes { get; private set; }

    /// <summary>Reads the corpus once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot.Find();
        var files = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(root, "..", "shared", "benchmarks", "aleppo-2016", "articles"), "*.json"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        _articles = new ArticleReader().ReadAll(files).Articles.ToList();
        TextBytes = _articles.Sum(a => (long)a.Text.Length) * 2;
        Console.WriteLine($"// Extraction corpus: {_articles.Count} articles, {TextBytes / 1024.0 / 1024.0:0.000} MB of UTF-16 text ({TextBytes / 2} characters)");
    }

    /// <summary>The whole extraction: sentences, figures, subjects and predicates.</summary>
    [Benchmark]
    public int ExtractClaims()
    {
        var n = 0;
        foreach (var article in _articles)
        {
            n += _extractor.Extract(article).Count;
        }

        return n;
    }

    /// <summary>The recogniser alone over the raw text.</summary>
    [Benchmark]
    public int RecognizeQuantities()
    {
        var n = 0;
        foreach (var article in _articles)
        {
            n += _recognizer.Recognize(article.Text).Count;
        }

        return n;
    }
}
