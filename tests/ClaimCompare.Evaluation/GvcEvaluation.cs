using System.Globalization;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>
/// gvc-dev (../shared/benchmarks/gvc-dev/README.md), measures (b) and (c): incidents kept apart when batches of
/// many incidents are compared in one run, and the discrepancies raised inside one incident. The split: clusters
/// with an even number (d0002, ...) are the half comparison rules are tuned on, odd ones the check; batch measures
/// are computed over the incidents of each parity separately.
/// </summary>
public static class GvcEvaluation
{
    /// <summary>Benchmark name prefix on the scoreboard.</summary>
    public const string Name = "gvc-dev";

    /// <summary>Runs both measures.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var root = Path.Combine(benchmarksRoot, "gvc-dev");
        var gold = (JObject)BenchmarkData.LoadJson(Path.Combine(root, "gold.json"));
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cluster, entry) in (JObject)gold["clusters"]!)
        {
            foreach (var id in entry!["articles"]!.Values<string>())
            {
                clusterOf[id!] = cluster;
            }
        }

        var board = new Scoreboard();
        var engine = new ClaimEngine();
        foreach (var batch in new[] { "mixed-random", "mixed-sameday", "mixed-random-undated", "mixed-city" })
        {
            var report = engine.CompareFiles([Path.Combine(root, "batches", batch + ".jsonl")]);
            for (var parity = 0; parity <= 1; parity++)
            {
                ScoreBatch(board, batch, report, clusterOf, parity);
            }
        }

        ScoreClusters(board, engine, root, clusterOf.Values.Distinct().Order(StringComparer.Ordinal).ToList());
        return board;
    }

    /// <summary>0 for an even cluster number (the tuning half), 1 for odd (the check half).</summary>
    public static int Parity(string cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var digits = new string(cluster.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture) % 2;
    }

    private static string Half(int parity) => parity == 0 ? "even (tuned on)" : "odd (check)";

    // (b): a group or discrepancy counts for a half when it holds a claim of an incident of that parity; it mixes
    // incidents when two of its claims belong to different clusters.
    private static void ScoreBatch(Scoreboard board, string batch, ComparisonReport report, Dictionary<string, string> clusterOf, int parity)
    {
        var articleOf = report.Claims.ToDictionary(c => c.Id, c => c.ArticleId, StringComparer.Ordinal);
        string Incident(string claimId) => clusterOf.GetValueOrDefault(articleOf[claimId], articleOf[claimId]);
        bool Touches(IEnumerable<string> claimIds) => claimIds.Any(id => Parity(Incident(id)) == parity);

        var groups = report.Groups.Where(g => Touches(g.ClaimIds)).ToList();
        var mixed = groups.Count(g => g.ClaimIds.Select(Incident).Distinct().Count() > 1);
        var spanning = groups.Where(g => g.ClaimIds.Select(id => articleOf[id]).Distinct().Count() > 1).ToList();
        var mixedSpanning = spanning.Count(g => g.ClaimIds.Select(Incident).Distinct().Count() > 1);
        var across = report.Discrepancies
            .Where(d => ReportPairs.Opposed(d).Any(p => Incident(p.A) != Incident(p.B) && (Parity(Incident(p.A)) == parity || Parity(Incident(p.B)) == parity)))
            .ToList();
        var articles = report.Articles.Count(a => Parity(clusterOf.GetValueOrDefault(a.Id, "0")) == parity);

        // CLAIMCOMPARE_GVC_MIXED=1 lists the mixing groups of the tuning half (even clusters) only, to be read while tuning.
        if (parity == 0 && Environment.GetEnvironmentVariable("CLAIMCOMPARE_GVC_MIXED") is "1")
        {
            var byId = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var group in groups.Where(g => g.ClaimIds.Select(Incident).Distinct().Count() > 1))
            {
                board.Note($"MIXED {batch} {group.Id} {group.Label}");
                foreach (var id in group.ClaimIds.Take(8))
                {
                    var c = byId[id];
                    board.Note($"    {id} {Incident(id)} [{c.ArticleId}] '{c.Surface}' {c.Subject}|{c.Predicate} place={c.Place} article={c.ArticlePlace} extent={c.Extent} period={c.Period}: {c.Sentence}");
                }
            }
        }

        var name = $"{Name} {batch}, {Half(parity)}";
        board.Add(name, "groups mixing incidents", Percent(mixed, groups.Count), string.Create(CultureInfo.InvariantCulture, $"of {groups.Count} groups"));
        board.Add(name, "groups of 2+ articles mixing incidents", Percent(mixedSpanning, spanning.Count), string.Create(CultureInfo.InvariantCulture, $"of {spanning.Count} groups"));
        board.Add(name, "cross-incident discrepancies per 100 articles", PerHundred(across.Count, articles), string.Create(CultureInfo.InvariantCulture, $"{across.Count} over {articles} articles"));
    }

    // (c): each cluster compared alone.
    private static void ScoreClusters(Scoreboard board, ClaimEngine engine, string root, List<string> clusters)
    {
        var sample = Environment.GetEnvironmentVariable("CLAIMCOMPARE_GVC_SAMPLE");

        // The hand-read sample comes from the check half (odd clusters); CLAIMCOMPARE_GVC_SAMPLE_HALF=even reads the
        // tuning half instead, for reading flags while rules are written.
        var sampleParity = string.Equals(Environment.GetEnvironmentVariable("CLAIMCOMPARE_GVC_SAMPLE_HALF"), "even", StringComparison.OrdinalIgnoreCase) ? 0 : 1;
        var flags = new List<(string Cluster, Discrepancy Discrepancy, ComparisonReport Report)>();
        var perParity = new[] { new Tally(), new Tally() };
        foreach (var cluster in clusters)
        {
            var report = engine.CompareFiles([Path.Combine(root, "clusters", cluster + ".jsonl")]);
            var tally = perParity[Parity(cluster)];
            tally.Clusters++;
            tally.Articles += report.Articles.Length;
            tally.WithAny += report.Discrepancies.IsEmpty ? 0 : 1;
            foreach (var d in report.Discrepancies)
            {
                tally.ByKind[d.Kind] = tally.ByKind.GetValueOrDefault(d.Kind) + 1;
                if (d.Kind is DiscrepancyKind.Figure or DiscrepancyKind.Internal && d.Severity >= SureSeverity)
                {
                    tally.Sure++;
                }

                if (sample is not null && Parity(cluster) == sampleParity && d.Kind is DiscrepancyKind.Figure or DiscrepancyKind.Internal && d.Severity >= SureSeverity)
                {
                    flags.Add((cluster, d, report));
                }
            }
        }

        for (var parity = 0; parity <= 1; parity++)
        {
            var tally = perParity[parity];
            var name = $"{Name} clusters alone, {Half(parity)}";
            board.Add(name, "clusters with any discrepancy", Percent(tally.WithAny, tally.Clusters), string.Create(CultureInfo.InvariantCulture, $"of {tally.Clusters} clusters, {tally.Articles} articles"));
            board.Add(name, "sure figure/internal flags (severity >= 0.4) per 100 articles", PerHundred(tally.Sure, tally.Articles));
            foreach (var kind in Enum.GetValues<DiscrepancyKind>())
            {
                board.Add(name, $"{ReportKind(kind)} discrepancies per 100 articles", PerHundred(tally.ByKind.GetValueOrDefault(kind), tally.Articles));
            }
        }

        if (sample is not null)
        {
            // A reproducible random sample of sure within-incident flags (severity >= 0.4), at most one per cluster, to be read by hand.
            var random = new Random(int.Parse(sample, CultureInfo.InvariantCulture));
            // When fewer clusters than the sample size hold a flag, the sample is filled with further flags of those clusters.
            var firsts = flags.GroupBy(f => f.Cluster).Select(g => g.ElementAt(random.Next(g.Count()))).OrderBy(_ => random.Next()).ToList();
            var rest = flags.Except(firsts).OrderBy(_ => random.Next());
            foreach (var (cluster, d, report) in firsts.Concat(rest).Take(SampleSize()))
            {
                board.Note($"SAMPLE {cluster} {d.Id} {d.Kind} {d.Severity:0.00}: {d.Explanation}");
                foreach (var id in d.ClaimIds.Take(6))
                {
                    var c = report.Claims.First(x => x.Id == id);
                    board.Note($"    {id} [{c.ArticleId}] '{c.Surface}' {c.Subject}|{c.Predicate} place={c.Place}: {c.Sentence}");
                }
            }
        }
    }

    // 40 flags by default (the hand-read sample); CLAIMCOMPARE_GVC_SAMPLE_SIZE reads more.
    private static int SampleSize() =>
        int.TryParse(Environment.GetEnvironmentVariable("CLAIMCOMPARE_GVC_SAMPLE_SIZE"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : 40;

    // Flags a reader is asked to act on: below this the comparer lists figures that differ but are probably not one quantity.
    private const double SureSeverity = 0.4;

    private static string ReportKind(DiscrepancyKind kind) => kind.ToString().ToLowerInvariant();

    private sealed class Tally
    {
        public int Clusters { get; set; }

        public int Articles { get; set; }

        public int WithAny { get; set; }

        public int Sure { get; set; }

        public Dictionary<DiscrepancyKind, int> ByKind { get; } = [];
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);

    private static double PerHundred(int count, int articles) => articles == 0 ? 0 : Math.Round(100.0 * count / articles, 1);
}
