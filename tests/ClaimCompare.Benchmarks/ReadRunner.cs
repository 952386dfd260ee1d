using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCompare.Attribution;
using ClaimCompare.Extraction;
using ClaimCompare.Language;
using ClaimCompare.Model;
using ClaimCompare.Reading;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Reading speed per core: <c>dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- read CORPUS.jsonl [rounds]</c>.
/// Loads the articles first, then runs extraction and attribution (the engine's "reading") on one thread, round after
/// round, and prints process CPU seconds and MB of article text (UTF-8) per CPU second, best round and median. CPU time,
/// not wall clock, so that a machine shared with other work still gives comparable figures. Each article is read once
/// (<see cref="ArticleText"/>) and handed to both stages, as <see cref="Pipeline.ClaimEngine.Analyze"/> does; building
/// it counts as extraction. A round runs extraction alone, then the whole reading; attribution is the difference (an
/// estimate: on a loaded machine it may come out negative).
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
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        long readingAllocated = 0; // the whole reading's loop alone (extraction once, attribution once), as the engine runs it
        for (var r = 0; r < rounds; r++)
        {
            // Extraction alone, then the whole reading article by article (as the engine runs it: the article's
            // reading lives only while its two stages read it); attribution is the difference.
            var start = Cpu();
            foreach (var article in articles)
            {
                extractor.ExtractText(ArticleText.Of(article));
            }

            var middle = Cpu();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            claims = 0;
            foreach (var article in articles)
            {
                var text = ArticleText.Of(article);
                claims += finder.AttachText(text, extractor.ExtractText(text)).Count;
            }

            var whole = Cpu() - middle;
            readingAllocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            extract.Add(middle - start);
            attribute.Add(whole - (middle - start));
        }

        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        paused = GC.GetTotalPauseDuration() - paused;
        collections = GC.CollectionCount(0) - collections;
        var total = extract.Zip(attribute, (a, b) => a + b).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {megabytes:F1} MB text, {claims} claims; CPU s per round extraction {string.Join(' ', extract.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))}, attribution {string.Join(' ', attribute.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reading MB per CPU second: best {megabytes / total[0]:F2}, median {megabytes / total[total.Count / 2]:F2} (extraction {megabytes / extract.Min():F2}, attribution {megabytes / attribute.Min():F2})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocated {allocated / 1e6 / rounds:F0} MB per round, extraction twice ({allocated / (megabytes * 1e6) / rounds:F1} bytes per byte of text), {collections} gen-0 collections, GC pauses {paused.TotalSeconds:F2} s in all"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reading alone (extraction and attribution once): {readingAllocated / 1e6 / rounds:F0} MB per round, {readingAllocated / (megabytes * 1e6) / rounds:F1} bytes per byte of text"));
        return 0;
    }

    private static double Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }
}
