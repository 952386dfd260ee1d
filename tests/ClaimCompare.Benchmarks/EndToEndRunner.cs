using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// End to end as the console runs it, cold and warm:
/// <c>dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- e2e CORPUS.jsonl [rounds] [threads]</c>.
/// Each round reads the files, extracts, resolves, compares and renders the table report (texts dropped, as
/// <c>compare -f table</c> does), in this one process; the first round pays the JIT and the loading of the lexicon and
/// WordNet, the later ones show the work alone. Prints process CPU seconds and allocated MB per stage (reading counts both threads),
/// allocation, JIT time (all threads) and GC pauses, and a hash of the table, so that two builds can be checked for the same output.
/// </summary>
internal static class EndToEndRunner
{
    public static int Run(string[] args)
    {
        var corpus = args[1];
        var rounds = args.Length > 2 ? int.Parse(args[2], NumberStyles.None, CultureInfo.InvariantCulture) : 2;
        var threads = args.Length > 3 ? int.Parse(args[3], NumberStyles.None, CultureInfo.InvariantCulture) : 2;
        var megabytes = new FileInfo(corpus).Length / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-up until Main: {Cpu():F2} CPU s"));
        for (var r = 0; r < rounds; r++)
        {
            var stages = new StageClock();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var jit = System.Runtime.JitInfo.GetCompilationTime();
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var paused = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var engine = new ClaimEngine(new ClaimCompareOptions { MaxDegreeOfParallelism = threads, KeepArticleText = false });
            var report = engine.CompareFiles([corpus], stages);
            stages.Mark("write");
            var table = TableReport.Write(report);
            stages.Mark("end");
            var wall = clock.Elapsed.TotalSeconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            jit = System.Runtime.JitInfo.GetCompilationTime() - jit;
            methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methods;
            paused = GC.GetTotalPauseDuration() - paused;
            var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(table)))[..12];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {r + 1}: {stages.Total:F2} CPU s ({stages}), {wall:F1} s wall, {megabytes / stages.Total:F2} MB per CPU s, allocated {allocated / 1e6:F0} MB, JIT {jit.TotalSeconds:F2} s for {methods} methods, GC pauses {paused.TotalSeconds:F2} s, {report.Groups.Length} groups, table {table.Length / 1e6:F1} M chars md5 {hash}"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process: {Cpu():F2} CPU s, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB, gen-0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        return 0;
    }

    private static double Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Process CPU time at each stage change, reported synchronously by the engine's own thread.</summary>
    private sealed class StageClock : IProgress<ComparisonProgress>
    {
        private readonly List<(string Stage, double Cpu, long Bytes)> marks = [("read", Cpu(), GC.GetTotalAllocatedBytes())];

        public double Total => marks[^1].Cpu - marks[0].Cpu;

        public void Report(ComparisonProgress value)
        {
            var name = value.Stage.ToString().ToLowerInvariant();
            if (marks[^1].Stage != name)
            {
                Mark(name);
            }
        }

        public void Mark(string stage) => marks.Add((stage, Cpu(), GC.GetTotalAllocatedBytes()));

        public override string ToString() => string.Join(", ", marks.Zip(marks.Skip(1))
            .Where(p => p.First.Stage is not "done" and not "end")
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First.Stage} {p.Second.Cpu - p.First.Cpu:F2} ({(p.Second.Bytes - p.First.Bytes) / 1e6:F0} MB)")));
    }
}
