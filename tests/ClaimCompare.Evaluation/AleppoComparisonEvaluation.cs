using System.Globalization;
using ClaimCompare.Comparison;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Evaluation;

/// <summary>
/// Scores grouping and discrepancy finding on the Aleppo 2016 gold pairs (see ../shared/benchmarks/README.md),
/// in two modes: oracle (gold claims as input, isolating the comparison) and end to end (the engine's own claims,
/// matched to the gold by span overlap).
/// </summary>
public static class AleppoComparisonEvaluation
{
    /// <summary>Benchmark name of the oracle mode.</summary>
    public const string Oracle = "Aleppo comparison (oracle)";

    /// <summary>Benchmark name of the end-to-end mode.</summary>
    public const string EndToEnd = "Aleppo comparison (end to end)";

    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var gold = AleppoGold.Load(benchmarksRoot);
        var board = new Scoreboard();

        var (claims, sources) = ComparisonOracle.Build(gold);
        var oracle = new QuantityComparer().Compare(claims, gold.Articles, sources);
        if (Environment.GetEnvironmentVariable("CLAIMCOMPARE_DEBUG") is not null)
        {
            var groupOf = GroupOf(oracle.Groups);
            foreach (var c in claims)
            {
                board.Note($"{c.Id} [{groupOf.GetValueOrDefault(c.Id)}] place={c.Place} period={c.Period?.Start}..{c.Period?.End} cum={c.Period?.Cumulative} | {c.Subject} | {c.Predicate}");
            }
        }

        Score(board, Oracle, gold, claims.ToDictionary(c => c.Id, c => c.Id, StringComparer.Ordinal), oracle.Groups, oracle.Discrepancies);

        var report = new ClaimEngine().Compare(gold.Articles);
        var matched = gold.Match(report.Claims).ToDictionary(kv => kv.Key, kv => kv.Value.Id, StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("CLAIMCOMPARE_DEBUG") is not null)
        {
            var groupOf = GroupOf(report.Groups);
            var predicted = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var (goldId, id) in matched.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var c = predicted[id];
                var q = c.Quantity;
                board.Note($"E2E {goldId}={c.Id} [{groupOf.GetValueOrDefault(c.Id)}] {c.Surface} {q.Bound} {q.TypicalLow}-{q.TypicalHigh} unit={q.Unit} | {c.Subject} | {c.Predicate} | place={c.Place} | {c.Period?.Start}..{c.Period?.End} cum={c.Period?.Cumulative} '{c.Period?.Text}' src={c.SourceId}");
            }
        }

        Score(board, EndToEnd, gold, matched, report.Groups, report.Discrepancies);
        board.Note(string.Create(CultureInfo.InvariantCulture, $"{EndToEnd}: {matched.Count} of {gold.Claims.Count} gold claims matched by the engine's {report.Claims.Length} claims."));
        return board;
    }

    private static void Score(Scoreboard board, string name, AleppoGold gold, Dictionary<string, string> toPredicted, IEnumerable<ClaimGroup> groups, IEnumerable<Discrepancy> discrepancies)
    {
        var groupOf = GroupOf(groups);
        var figurePairs = PairsOf(discrepancies, DiscrepancyKind.Figure);
        var updatePairs = PairsOf(discrepancies, DiscrepancyKind.Update);

        bool Listed(HashSet<(string, string)> pairs, GoldPair p) => toPredicted.TryGetValue(p.A, out var a) && toPredicted.TryGetValue(p.B, out var b) && a != b && pairs.Contains((a, b));
        bool Updated(GoldPair p) => Listed(updatePairs, p);
        bool Flagged(GoldPair p) => Listed(figurePairs, p);
        bool Grouped(GoldPair p) => toPredicted.TryGetValue(p.A, out var a) && toPredicted.TryGetValue(p.B, out var b)
            && groupOf.TryGetValue(a, out var ga) && groupOf.TryGetValue(b, out var gb) && ga == gb;

        var conflicts = gold.Pairs.Where(p => p.Expect == "conflict").ToList();
        var calm = gold.Pairs.Where(p => p.Expect is "consistent" or "unrelated").ToList();
        var together = gold.Pairs.Where(p => p.Expect is "conflict" or "consistent").ToList();
        var updates = gold.Pairs.Where(p => p.Expect == "update").ToList();

        board.Add(name, "conflict recall", Percent(conflicts.Count(Flagged), conflicts.Count), ">= 85");
        board.Add(name, "false alarms", Percent(calm.Count(Flagged), calm.Count), "<= 5");
        board.Add(name, "grouping recall", Percent(together.Count(Grouped), together.Count), ">= 85");
        board.Add(name, "updates not flagged as figure", Percent(updates.Count(p => !Flagged(p)), updates.Count));
        board.Add(name, "updates listed as update", Percent(updates.Count(Updated), updates.Count), "informative: both claims in one update discrepancy");

        foreach (var p in conflicts.Where(p => !Flagged(p)))
        {
            board.Note($"{name}: missed conflict {p.A} / {p.B}");
        }

        foreach (var p in calm.Where(Flagged))
        {
            board.Note($"{name}: false alarm ({p.Expect}) {p.A} / {p.B}");
        }

        foreach (var p in together.Where(p => !Grouped(p)))
        {
            board.Note($"{name}: not grouped ({p.Expect}) {p.A} / {p.B}");
        }

        foreach (var p in updates.Where(Flagged))
        {
            board.Note($"{name}: update flagged as figure {p.A} / {p.B}");
        }
    }

    // Each claim's group (the first one that lists it).
    private static Dictionary<string, string> GroupOf(IEnumerable<ClaimGroup> groups)
    {
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var id in group.ClaimIds)
            {
                groupOf.TryAdd(id, group.Id);
            }
        }

        return groupOf;
    }

    // Every ordered pair of claims listed together in a discrepancy of the kind.
    private static HashSet<(string, string)> PairsOf(IEnumerable<Discrepancy> discrepancies, DiscrepancyKind kind)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var d in discrepancies.Where(d => d.Kind == kind))
        {
            foreach (var a in d.ClaimIds)
            {
                foreach (var b in d.ClaimIds)
                {
                    pairs.Add((a, b));
                }
            }
        }

        return pairs;
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
}
