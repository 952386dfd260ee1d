using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// The scale benchmark: <c>dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- scale
/// [--sizes 1000,2000,...] [--threads N] [--dir FOLDER]</c>. Generates corpora (cached in a temporary
/// folder, never in the repository), then runs each size end to end (read JSONL, extract, attribute,
/// resolve, compare, write the JSON report) in a fresh child process so peak memory is that size's own.
/// </summary>
internal static class ScaleRunner
{
    private static readonly int[] DefaultSizes = [1_000, 2_000, 10_000, 20_000, 50_000, 100_000];

    public static int Run(string[] args)
    {
        var sizes = DefaultSizes;
        var threads = Environment.ProcessorCount;
        var dir = Path.Combine(Path.GetTempPath(), "claimcompare-scale");
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes" when i + 1 < args.Length:
                    sizes = [.. args[++i].Split(',').Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture))];
                    break;
                case "--threads" when i + 1 < args.Length:
                    threads = int.Parse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--dir" when i + 1 < args.Length:
                    dir = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"scale: unknown argument '{args[i]}'");
                    return 1;
            }
        }

        Directory.CreateDirectory(dir);
        var generator = CorpusGenerator.FromRepository(RepoRoot.Find());
        Console.WriteLine($"Corpus: {generator.BaseCount} real articles varied into stories of {CorpusGenerator.StorySize} outlets ({generator.NameCount} names in the swap pool); {threads} threads on {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        Console.WriteLine($"Load average before the run: {LoadAverage()}");
        var results = new List<ScaleResult>();
        foreach (var size in sizes)
        {
            var corpus = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"corpus-v{CorpusGenerator.Version}-{size}.jsonl"));
            if (!File.Exists(corpus))
            {
                var clock = Stopwatch.StartNew();
                var bytes = generator.Write(corpus + ".tmp", size);
                File.Move(corpus + ".tmp", corpus, overwrite: true);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  generated {size:N0} articles, {bytes / 1e6:F1} MB in {clock.Elapsed.TotalSeconds:F1} s"));
            }

            var result = RunChild(corpus, threads);
            if (result is null)
            {
                return 1;
            }

            results.Add(result);
            Console.WriteLine("  " + result.Describe());
        }

        Console.WriteLine();
        Console.WriteLine(Table(results));
        return 0;
    }

    /// <summary>The child side: one end-to-end run on one corpus, printing one result line.</summary>
    public static int RunOne(string[] args)
    {
        var corpus = args[1];
        var threads = int.Parse(args[2], NumberStyles.None, CultureInfo.InvariantCulture);
        var options = new ClaimCompareOptions { MaxDegreeOfParallelism = threads, KeepArticleText = false };
        var stages = new StageClock();
        var clock = Stopwatch.StartNew();
        var cpuAtStart = StageClock.CpuSeconds();
        var report = new ClaimEngine(options).CompareFiles([corpus], stages);
        var analysed = clock.Elapsed;
        var cpuAfterCompare = StageClock.CpuSeconds() - cpuAtStart;
        var output = corpus + ".report.json";
        using (var writer = new StreamWriter(output, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            ReportJson.Write(report, writer);
        }

        var total = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        var result = new ScaleResult(
            report.Counts!.ArticlesCompared,
            report.Claims.Length,
            report.Errors.Length,
            new FileInfo(corpus).Length,
            threads,
            total.TotalSeconds,
            stages.ExtractionSeconds,
            analysed.TotalSeconds - stages.ExtractionSeconds,
            (total - analysed).TotalSeconds,
            process.PeakWorkingSet64,
            process.TotalProcessorTime.TotalSeconds,
            stages.ExtractionCpuSeconds,
            cpuAfterCompare - stages.ExtractionCpuSeconds,
            new FileInfo(output).Length,
            report.Groups.Length,
            report.Discrepancies.Length);
        File.Delete(output);
        Console.WriteLine(result.ToLine());
        return 0;
    }

    private static ScaleResult? RunChild(string corpus, int threads)
    {
        var self = Assembly.GetExecutingAssembly().Location;
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(self);
        }

        start.ArgumentList.Add("scale-one");
        start.ArgumentList.Add(corpus);
        start.ArgumentList.Add(threads.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        var lines = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = lines.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            Console.Error.WriteLine($"scale: the run on {corpus} failed (exit {child.ExitCode}):\n{lines}");
            return null;
        }

        return ScaleResult.Parse(line);
    }

    private static string Table(List<ScaleResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| articles | input MB | claims | end-to-end s | extract s | resolve+compare s | write s | MB/s per core | CPU s (extract / resolve+compare) | MB per CPU s per core | idle estimate s | peak working set MB | time(N)/time(N/2) | CPU(N)/CPU(N/2) |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var half = results.FirstOrDefault(h => h.Articles * 2 == r.Articles);
            var ratio = half is null ? "" : (r.Seconds / half.Seconds).ToString("F2", CultureInfo.InvariantCulture);
            var cpuRatio = half is null ? "" : (r.CpuSeconds / half.CpuSeconds).ToString("F2", CultureInfo.InvariantCulture);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Articles:N0} | {r.InputBytes / 1e6:F1} | {r.Claims:N0} | {r.Seconds:F2} | {r.ExtractSeconds:F2} | {r.CompareSeconds:F2} | {r.WriteSeconds:F2} | {r.MegabytesPerSecondPerCore:F2} | {r.CpuSeconds:F1} ({r.ExtractCpuSeconds:F1} / {r.CompareCpuSeconds:F1}) | {r.MegabytesPerCpuSecond:F2} | {r.IdleEstimateSeconds:F1} | {r.PeakWorkingSet / 1048576.0:F0} | {ratio} | {cpuRatio} |"));
        }

        return sb.ToString();
    }

    /// <summary>The machine's load, so a slow figure on a busy shared machine can be read for what it is.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>Notes when extraction ends (the first report of a later stage), in wall and CPU time.</summary>
    private sealed class StageClock : IProgress<ComparisonProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly double _cpuAtStart = CpuSeconds();
        private double _extraction = -1;

        public double ExtractionSeconds => Math.Max(0, _extraction);

        public double ExtractionCpuSeconds { get; private set; }

        public static double CpuSeconds()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime.TotalSeconds;
        }

        public void Report(ComparisonProgress value)
        {
            if (value.Stage != PipelineStage.Extracting && _extraction < 0)
            {
                _extraction = _clock.Elapsed.TotalSeconds;
                ExtractionCpuSeconds = CpuSeconds() - _cpuAtStart;
            }
        }
    }
}

/// <summary>One end-to-end run's figures.</summary>
internal sealed record ScaleResult(int Articles, int Claims, int Errors, long InputBytes, int Threads, double Seconds, double ExtractSeconds, double CompareSeconds, double WriteSeconds, long PeakWorkingSet, double CpuSeconds, double ExtractCpuSeconds, double CompareCpuSeconds, long ReportBytes, int Groups = 0, int Discrepancies = 0)
{
    /// <summary>Throughput per core from wall time: input MB / seconds / cores used.</summary>
    public double MegabytesPerSecondPerCore => InputBytes / 1e6 / Seconds / Math.Min(Threads, Environment.ProcessorCount);

    /// <summary>
    /// End-to-end time the run would take with the machine to itself: extraction spreads over the cores
    /// used, the rest (resolve, compare, write, start-up) runs on one. A busy shared machine inflates wall
    /// time by its load; CPU time it barely touches.
    /// </summary>
    public double IdleEstimateSeconds => (ExtractCpuSeconds / Math.Min(Threads, Environment.ProcessorCount)) + (CpuSeconds - ExtractCpuSeconds);

    /// <summary>Throughput per CPU-second (user + system), which a busy shared machine does not distort.</summary>
    public double MegabytesPerCpuSecond => InputBytes / 1e6 / CpuSeconds;

    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"RESULT {Articles} {Claims} {Errors} {InputBytes} {Threads} {Seconds:R} {ExtractSeconds:R} {CompareSeconds:R} {WriteSeconds:R} {PeakWorkingSet} {CpuSeconds:R} {ExtractCpuSeconds:R} {CompareCpuSeconds:R} {ReportBytes} {Groups} {Discrepancies}");

    public static ScaleResult Parse(string line)
    {
        var f = line.Split(' ');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        long L(int i) => long.Parse(f[i], CultureInfo.InvariantCulture);
        return new ScaleResult((int)L(1), (int)L(2), (int)L(3), L(4), (int)L(5), D(6), D(7), D(8), D(9), L(10), D(11), D(12), D(13), L(14), f.Length > 16 ? (int)L(15) : 0, f.Length > 16 ? (int)L(16) : 0);
    }

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Articles:N0} articles ({InputBytes / 1e6:F1} MB, {Claims:N0} claims, {Errors} errors): {Seconds:F2} s end to end (extract {ExtractSeconds:F2}, resolve+compare {CompareSeconds:F2}, write {WriteSeconds:F2}), {MegabytesPerSecondPerCore:F2} MB/s per core, {CpuSeconds:F1} CPU s (extract {ExtractCpuSeconds:F1}, resolve+compare {CompareCpuSeconds:F1}; {MegabytesPerCpuSecond:F2} MB per CPU s; idle-machine estimate {IdleEstimateSeconds:F1} s), peak {PeakWorkingSet / 1048576.0:F0} MB, report {ReportBytes / 1e6:F1} MB ({(double)ReportBytes / InputBytes:F2} x the input), {Groups:N0} groups, {Discrepancies:N0} discrepancies ({(Groups == 0 ? 0 : (double)Discrepancies / Groups):F2} per group), writing {(Seconds - WriteSeconds <= 0 ? 0 : WriteSeconds / (Seconds - WriteSeconds)):F2} x the analysis time");
}
