using System.Diagnostics;
using System.Globalization;
using ClaimCompare.Model;
using ClaimCompare.Reading;
using ClaimCompare.Store;
using Npgsql;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// The store benchmark (docs/store.md): adds a generated corpus in batches into a store (an SQLite file or a
/// PostgreSQL connection string), printing the time of each batch, articles per second, the store's size, peak
/// memory and the latency of "what changed" queries.
/// <c>dotnet run -c Release --project tests/ClaimCompare.Benchmarks -- store --articles 100000 --batch 1000 [--spread DAYS] [--store FILE|CONNECTION]</c>
/// </summary>
internal static class StoreRunner
{
    public static async Task<int> Run(string[] args)
    {
        var articles = 100_000;
        var batch = 1000;
        var dir = Path.Combine(Path.GetTempPath(), "claimcompare-scale");
        string? location = null;
        var spread = CorpusGenerator.DefaultSpreadDays;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Length:
                    articles = int.Parse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--batch" when i + 1 < args.Length:
                    batch = int.Parse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--spread" when i + 1 < args.Length:
                    spread = int.Parse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--store" when i + 1 < args.Length:
                    location = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"store: unknown argument '{args[i]}'");
                    return 1;
            }
        }

        Directory.CreateDirectory(dir);
        var corpus = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"corpus-v{CorpusGenerator.Version}-{articles}{(spread == CorpusGenerator.DefaultSpreadDays ? "" : "-spread" + spread)}.jsonl"));
        if (!File.Exists(corpus))
        {
            CorpusGenerator.FromRepository(RepoRoot.Find()).Write(corpus + ".tmp", articles, spreadDays: spread);
            File.Move(corpus + ".tmp", corpus, overwrite: true);
        }

        location ??= Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"store-{articles}-{DateTime.UtcNow:yyyyMMddHHmmss}.db"));
        Console.WriteLine($"Store benchmark: {articles:N0} articles in batches of {batch:N0} into {(ClaimStore.IsConnectionString(location) ? "PostgreSQL" : location)}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        await using var store = await ClaimStore.OpenAsync(location, new ClaimStoreOptions { BatchSize = batch });
        var reader = new ArticleReader();
        var pending = new List<Article>(batch);
        var total = Stopwatch.StartNew();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var done = 0;
        var number = 0;
        var checkpoints = new HashSet<int> { 1, 2, 3, 5, 10, 20, 21, 30, 40, 50, 60, 70, 80, 90, 99, 100 };
        // On a shared machine wall time says little: the client's CPU (this process, SQLite included) and, for
        // PostgreSQL, the server's (the cluster's processes, read from /proc: the server runs on this machine).
        var server = await ServerCpu.OpenAsync(location);
        var server0 = server.Seconds();
        var lastBatch = new List<Article>(batch);
        foreach (var item in reader.Read([corpus]))
        {
            if (item.Article is null)
            {
                continue;
            }

            pending.Add(item.Article);
            if (pending.Count < batch)
            {
                continue;
            }

            number++;
            var clock = Stopwatch.StartNew();
            var batchCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var batchServer = server.Seconds();
            var result = await store.AddAsync(pending);
            clock.Stop();
            var batchCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - batchCpu).TotalSeconds;
            var batchServerSeconds = server.Seconds() - batchServer;
            done += pending.Count;
            lastBatch.Clear();
            lastBatch.AddRange(pending);
            pending.Clear();
            var stages = ((DbClaimStore)store).Timings.Take();
            var count = (string name) => stages.FirstOrDefault(s => s.Key == name).Value;
            // One line per batch: the cost curve.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  b{number} {done} wall {clock.Elapsed.TotalSeconds:F2} cpu {batchCpuSeconds:F2} server {batchServerSeconds:F2} swept {count("claims swept"):F0} stretches {count("stretches"):F0} inChanged {count("claims in changed groups"):F0} facts {count("facts kept"):F0} load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            if (checkpoints.Contains(number) || done == articles)
            {
                var bytes = await SizeAsync(location);
                Console.WriteLine("      " + string.Join("; ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0.##}"))));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  batch {number,4} (store of {done - batch,7:N0} -> {done,7:N0}): {clock.Elapsed.TotalSeconds,6:F2} s (CPU {batchCpuSeconds,6:F2} s, server {batchServerSeconds:F2} s), {result.Claims:N0} claims; cumulative {done / total.Elapsed.TotalSeconds,6:F0} articles/s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds:F0} s, server {server.Seconds() - server0:F0} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB, size {bytes / 1e6:F0} MB"));
            }
        }

        total.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Server CPU over the run: {server.Seconds() - server0:F1} s"));
        var stats = await store.StatsAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Total {done:N0} articles in {total.Elapsed.TotalSeconds:F1} s ({done / total.Elapsed.TotalSeconds:F0} articles/s, CPU {cpu:F1} s); {stats.Claims:N0} claims, {stats.Groups:N0} groups, {stats.Discrepancies:N0} discrepancies, {stats.Sources:N0} sources"));
        var size = await SizeAsync(location);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Store size {size / 1e6:F1} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
        foreach (var (name, since) in new[] { ("since the previous run", StoreSince.LastRun), ("since run 1 (almost everything)", StoreSince.AfterRunNumber(1)) })
        {
            var clock = Stopwatch.StartNew();
            var changes = await store.ChangesAsync(since);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report {name}: {clock.Elapsed.TotalMilliseconds:F0} ms for {changes.Discrepancies.Length:N0} discrepancies ({string.Join(", ", changes.Discrepancies.GroupBy(d => d.Status).OrderBy(g => g.Key).Select(g => $"{g.Count():N0} {g.Key.ToString().ToLowerInvariant()}"))}), {changes.Groups.Length:N0} groups, {changes.Sources.Length:N0} sources"));
        }

        // The reference for "a batch costs close to comparing it alone": the last batch's articles compared on
        // their own, from nothing, by the engine (extraction included, as the store's batch includes it).
        var alone = Stopwatch.StartNew();
        var aloneCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var report = new ClaimCompare.Pipeline.ClaimEngine().Compare(lastBatch);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"The last batch's {lastBatch.Count:N0} articles compared alone (no store): {alone.Elapsed.TotalSeconds:F2} s (CPU {(Process.GetCurrentProcess().TotalProcessorTime - aloneCpu).TotalSeconds:F2} s), {report.Groups.Length:N0} groups"));
        return 0;
    }

    /// <summary>CPU seconds of a local PostgreSQL cluster (postmaster, its children, and the children it reaped); 0 for SQLite.</summary>
    private sealed class ServerCpu
    {
        private readonly int? _postmaster;

        private ServerCpu(int? postmaster) => _postmaster = postmaster;

        public static async Task<ServerCpu> OpenAsync(string location)
        {
            if (!ClaimStore.IsConnectionString(location))
            {
                return new ServerCpu(null);
            }

            await using var connection = new NpgsqlConnection(location);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
            var backend = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            var stat = Stat(backend);
            return new ServerCpu(stat is null ? null : int.Parse(stat[1], CultureInfo.InvariantCulture));
        }

        public double Seconds()
        {
            if (_postmaster is not { } pm || Stat(pm) is not { } own)
            {
                return 0;
            }

            // Fields after the command: state, ppid, ... utime (11), stime (12), cutime (13), cstime (14), in ticks.
            static double Ticks(string[] f, params int[] at) => at.Sum(i => double.Parse(f[i], CultureInfo.InvariantCulture));
            var total = Ticks(own, 11, 12, 13, 14);
            var children = File.Exists($"/proc/{pm}/task/{pm}/children") ? File.ReadAllText($"/proc/{pm}/task/{pm}/children") : string.Empty;
            foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Stat(int.Parse(child, CultureInfo.InvariantCulture)) is { } f)
                {
                    total += Ticks(f, 11, 12);
                }
            }

            return total / 100.0;
        }

        // /proc/PID/stat split after the command name's closing parenthesis: [0] state, [1] ppid, ...
        private static string[]? Stat(int pid)
        {
            try
            {
                var text = File.ReadAllText($"/proc/{pid}/stat");
                return text[(text.LastIndexOf(')') + 2)..].Split(' ');
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    private static async Task<long> SizeAsync(string location)
    {
        if (!ClaimStore.IsConnectionString(location))
        {
            return new[] { "", "-wal", "-shm" }.Select(s => location + s).Where(File.Exists).Sum(f => new FileInfo(f).Length);
        }

        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND c.relname LIKE 'cc\\_%' AND n.nspname = current_schema()", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
