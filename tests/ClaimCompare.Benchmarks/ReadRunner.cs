using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCompare.Attribution;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using ClaimCompare.Reading;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Reading speed per core: <c>dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- read CORPUS.jsonl [rounds]</c>.
/// Loads the articles first, then runs extraction and attribution (the engine's "reading") on one thread, round after
/// round, and prints process CPU seconds and MB of article text (UTF-8) per CPU second, best round and median. CPU time,
/// not wall clock, so that a machine shared with other work still gives comparable figures.
/// </summary>
internal static class ReadRunner
{
    public static int Run(string[] args)
    {
        var corpus = args[1];
        var rounds = args.Length > 2 ? int.Parse(args[2], NumberStyles.None, CultureInfo.InvariantCulture) : 3;
        var articles = new ArticleReader().ReadAll([corpus]).Articles.ToList();
        var megabytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
        var extractor = new ClaimExtractor();
        var finder = new AttributionFinder();
        foreach (var article in articles.Take(200))
        {
            finder.Attach(article, extractor.Extract(article)); // load WordNet and the lexicon, compile hot paths
        }

        var extract = new List<double>();
        var attribute = new List<double>();
        var claims = 0;
        for (var r = 0; r < rounds; r++)
        {
            var extracted = new List<IReadOnlyList<Claim>>(articles.Count);
            var start = Cpu();
            foreach (var article in articles)
            {
                extracted.Add(extractor.Extract(article));
            }

            var middle = Cpu();
            claims = 0;
            for (var i = 0; i < articles.Count; i++)
            {
                claims += finder.Attach(articles[i], extracted[i]).Count;
            }

            attribute.Add(Cpu() - middle);
            extract.Add(middle - start);
        }

        var total = extract.Zip(attribute, (a, b) => a + b).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {megabytes:F1} MB text, {claims} claims; CPU s per round extraction {string.Join(' ', extract.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))}, attribution {string.Join(' ', attribute.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reading MB per CPU second: best {megabytes / total[0]:F2}, median {megabytes / total[total.Count / 2]:F2} (extraction {megabytes / extract.Min():F2}, attribution {megabytes / attribute.Min():F2})"));
        return 0;
    }

    private static double Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }
}
