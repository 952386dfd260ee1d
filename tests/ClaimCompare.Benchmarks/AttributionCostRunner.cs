using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCompare.Attribution;
using ClaimCompare.Model;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Attribution cost per core: <c>dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- attribution-cost DIR [rounds]</c>
/// runs <see cref="AttributionFinder.Find"/> over every .txt file under DIR (for example the PolNeAR train texts) on one
/// thread, round after round, and prints CPU seconds, MB of text (UTF-8) per CPU second and bytes allocated, best round and
/// median. CPU time, not wall clock, so a machine shared with other work still gives comparable figures.
/// </summary>
internal static class AttributionCostRunner
{
    public static int Run(string[] args)
    {
        var files = Directory.GetFiles(args[1], "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var rounds = args.Length > 2 ? int.Parse(args[2], NumberStyles.None, CultureInfo.InvariantCulture) : 5;
        var articles = files.Select(f => new Article(Path.GetFileNameWithoutExtension(f), null, null, null, null, File.ReadAllText(f))).ToList();
        var megabytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
        var finder = new AttributionFinder();
        foreach (var article in articles.Take(100))
        {
            finder.Find(article); // load WordNet and the lexicon, compile hot paths
        }

        var seconds = new List<double>();
        long allocated = 0;
        var found = 0;
        for (var r = 0; r < rounds; r++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Process.GetCurrentProcess().TotalProcessorTime;
            found = 0;
            foreach (var article in articles)
            {
                found += finder.Find(article).Count;
            }

            seconds.Add((Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        }

        seconds.Sort();
        var best = seconds[0];
        var median = seconds[seconds.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} texts, {megabytes:F2} MB, {found} attributions; CPU s best {best:F3} ({megabytes / best:F1} MB/s per core), median {median:F3} ({megabytes / median:F1} MB/s); {allocated / 1e6:F0} MB allocated per round"));
        return 0;
    }
}
