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
            var groupOf = ReportPairs.GroupOf(oracle.Groups);
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
            var groupOf = ReportPairs.GroupOf(report.Groups);
            var predicted = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var (goldId, id) in matched.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var c = predicted[id];
                var q = c.Quantity;
                board.Note($"E2E {goldId}={c.Id} [{groupOf.GetValueOrDefault(c.Id)}] {c.Surface} {q.Bound} {q.TypicalLow}-{q.TypicalHigh} unit={q.Unit} | {c.Subject} | {c.Predicate} | place={c.Place} | {c.Period?.Start}..{c.Period?.End} cum={c.Period?.Cumulative} '{c.Period?.Text}' src={c.SourceId}");
            }
        }

        Score(board, EndToEnd, gold, matched, report.Groups, report.Discrepancies);

        // The two halves: a gold pair belongs to the half named by the parity of the article number of its first
        // claim ("A01-1" is in A01: odd). Comparison rules are tuned on the even half and checked on the odd half.
        Score(board, EndToEnd + " even half (tuned on)", gold, matched, report.Groups, report.Discrepancies, p => Half(p) == 0);
        Score(board, EndToEnd + " odd half (check)", gold, matched, report.Groups, report.Discrepancies, p => Half(p) == 1);
        board.Note(string.Create(CultureInfo.InvariantCulture, $"{EndToEnd}: {matched.Count} of {gold.Claims.Count} gold claims matched by the engine's {report.Claims.Length} claims."));
        return board;
    }

    /// <summary>0 for the even half, 1 for the odd half: the parity of the article number of the pair's first claim.</summary>
    public static int Half(GoldPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var digits = new string(pair.A.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture) % 2;
    }

    private static void Score(Scoreboard board, string name, AleppoGold gold, Dictionary<string, string> toPredicted, IEnumerable<ClaimGroup> groups, IEnumerable<Discrepancy> discrepancies, Func<GoldPair, bool>? inHalf = null)
    {
        var pairs = gold.Pairs.Where(inHalf ?? (_ => true)).ToList();
        var groupOf = ReportPairs.GroupOf(groups);
        var figurePairs = ReportPairs.PairsOf(discrepancies, DiscrepancyKind.Figure);
        var updatePairs = ReportPairs.PairsOf(discrepancies, DiscrepancyKind.Update);
        // The same pairs where the flag is sure (severity >= 0.4): precision rules lower severities rather than drop flags,
        // so conflict recall alone cannot show what they cost.
        var surePairs = ReportPairs.PairsOf(discrepancies.Where(d => d.Severity >= 0.4), DiscrepancyKind.Figure);

        bool Listed(HashSet<(string, string)> pairs, GoldPair p) => toPredicted.TryGetValue(p.A, out var a) && toPredicted.TryGetValue(p.B, out var b) && a != b && pairs.Contains((a, b));
        bool Updated(GoldPair p) => Listed(updatePairs, p);
        bool Flagged(GoldPair p) => Listed(figurePairs, p);
        bool Grouped(GoldPair p) => toPredicted.TryGetValue(p.A, out var a) && toPredicted.TryGetValue(p.B, out var b)
            && groupOf.TryGetValue(a, out var ga) && groupOf.TryGetValue(b, out var gb) && ga == gb;

        var conflicts = pairs.Where(p => p.Expect == "conflict").ToList();
        var calm = pairs.Where(p => p.Expect is "consistent" or "unrelated").ToList();
        var together = pairs.Where(p => p.Expect is "conflict" or "consistent").ToList();
        var updates = pairs.Where(p => p.Expect == "update").ToList();

        board.Add(name, "conflict recall", Percent(conflicts.Count(Flagged), conflicts.Count), ">= 85");
        board.Add(name, "conflict recall, sure flags only (severity >= 0.4)", Percent(conflicts.Count(p => Listed(surePairs, p)), conflicts.Count), "informative");
        board.Add(name, "false alarms", Percent(calm.Count(Flagged), calm.Count), "<= 5");
        board.Add(name, "grouping recall", Percent(together.Count(Grouped), together.Count), ">= 85");
        board.Add(name, "updates not flagged as figure", Percent(updates.Count(p => !Flagged(p)), updates.Count));
        board.Add(name, "updates listed as update", Percent(updates.Count(Updated), updates.Count), "informative: both claims in one update discrepancy");

        if (inHalf is not null)
        {
            board.Note(string.Create(CultureInfo.InvariantCulture, $"{name}: {conflicts.Count} conflict, {calm.Count} consistent or unrelated, {updates.Count} update pairs."));
            return;
        }

        foreach (var p in conflicts.Where(p => !Flagged(p)))
        {
            board.Note($"{name}: missed conflict {p.A} / {p.B}");
        }

        foreach (var p in conflicts.Where(p => Flagged(p) && !Listed(surePairs, p)))
        {
            board.Note($"{name}: conflict flagged below sure severity {p.A} / {p.B}");
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

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
}
