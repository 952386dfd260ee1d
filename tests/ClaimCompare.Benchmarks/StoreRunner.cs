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
        var checkpoints = new HashSet<int> { 1, 2, 3, 5, 10, 20, 21, 30, 40, 50, 60, 70, 80, 90, 100 };
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
            var result = await store.AddAsync(pending);
            clock.Stop();
            var batchCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - batchCpu).TotalSeconds;
            done += pending.Count;
            pending.Clear();
            var stages = ((DbClaimStore)store).Timings.Take();
            if (checkpoints.Contains(number) || done == articles)
            {
                Console.WriteLine("      " + string.Join("; ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0.##}"))));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  batch {number,4} (store of {done - batch,7:N0} -> {done,7:N0}): {clock.Elapsed.TotalSeconds,6:F2} s (CPU {batchCpuSeconds,6:F2} s), {result.Claims:N0} claims; cumulative {done / total.Elapsed.TotalSeconds,6:F0} articles/s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds:F0} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
            }
        }

        total.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
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

        return 0;
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
