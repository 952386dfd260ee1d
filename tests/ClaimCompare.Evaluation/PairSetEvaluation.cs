using System.Globalization;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Evaluation;

/// <summary>One labelled pair of sentences from the project's own multi-domain set.</summary>
/// <param name="Line">Line number in the file.</param>
/// <param name="Domain">economy, elections, health, disasters, sports, crime, migration, war.</param>
/// <param name="Same">True when both figures measure one quantity.</param>
/// <param name="Relation">agree, disagree or update.</param>
/// <param name="Days">Days between the two articles' publication.</param>
/// <param name="FigureA">The figure's words in sentence A.</param>
/// <param name="TextA">Sentence A.</param>
/// <param name="FigureB">The figure's words in sentence B.</param>
/// <param name="TextB">Sentence B.</param>
public sealed record LabelledPair(int Line, string Domain, bool Same, string Relation, int Days, string FigureA, string TextA, string FigureB, string TextB);

/// <summary>
/// Runs each pair of the multi-domain set (tests/ClaimCompare.Tests/Comparison/Data/pairs.txt) through the whole
/// engine as two articles and scores grouping and flags on the figures the pair is about.
/// </summary>
public static class PairSetEvaluation
{
    /// <summary>Benchmark name on the scoreboard.</summary>
    public const string Name = "Multi-domain pairs (own set)";

    /// <summary>The set's path below the repository root.</summary>
    public static readonly string RelativePath = Path.Combine("tests", "ClaimCompare.Tests", "Comparison", "Data", "pairs.txt");

    private static readonly DateOnly PublishedA = new(2024, 3, 11);

    /// <summary>Runs the evaluation on the set found above the current directory or the binary.</summary>
    public static Scoreboard Run(string benchmarksRoot) => Score(Load(FindSet()));

    /// <summary>Reads the set, naming the file and line of any malformed entry.</summary>
    public static IReadOnlyList<LabelledPair> Load(string path)
    {
        var pairs = new List<LabelledPair>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split(" | ");
            if (f.Length != 7 || f[1].Split('-') is not [var same and ("same" or "diff"), var relation and ("agree" or "disagree" or "update")]
                || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                || !f[4].Contains(f[3], StringComparison.Ordinal) || !f[6].Contains(f[5], StringComparison.Ordinal))
            {
                throw new FormatException($"{path}, line {i + 1}: expected 'domain | same-agree|same-disagree|same-update|diff-agree|diff-disagree | days | figure A | sentence A holding it | figure B | sentence B holding it'.");
            }

            pairs.Add(new LabelledPair(i + 1, f[0].Trim(), same == "same", relation, days, f[3], f[4], f[5], f[6]));
        }

        return pairs;
    }

    /// <summary>Scores every pair with a fresh run of the default engine.</summary>
    public static Scoreboard Score(IReadOnlyList<LabelledPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var engine = new ClaimEngine();
        var board = new Scoreboard();
        var outcomes = pairs.Select(p => (Pair: p, Outcome: Run(engine, p))).ToList();

        var same = outcomes.Where(o => o.Pair.Same).ToList();
        var different = outcomes.Where(o => !o.Pair.Same).ToList();
        var conflicts = outcomes.Where(o => o.Pair.Same && o.Pair.Relation == "disagree").ToList();
        var calm = outcomes.Where(o => !(o.Pair.Same && o.Pair.Relation == "disagree")).ToList();
        var updates = outcomes.Where(o => o.Pair.Same && o.Pair.Relation == "update").ToList();

        board.Add(Name, "pairs", pairs.Count, string.Create(CultureInfo.InvariantCulture, $"{pairs.Select(p => p.Domain).Distinct().Count()} domains"));
        board.Add(Name, "both figures found", Percent(outcomes.Count(o => o.Outcome.Found), outcomes.Count));
        board.Add(Name, "grouping recall (same quantity)", Percent(same.Count(o => o.Outcome.Grouped), same.Count));
        board.Add(Name, "false groupings (different quantity)", Percent(different.Count(o => o.Outcome.Grouped), different.Count));
        board.Add(Name, "conflict recall", Percent(conflicts.Count(o => o.Outcome.Flagged), conflicts.Count));
        board.Add(Name, "false alarms", Percent(calm.Count(o => o.Outcome.Flagged), calm.Count));
        board.Add(Name, "updates listed as update", Percent(updates.Count(o => o.Outcome.Updated), updates.Count));

        foreach (var (pair, outcome) in outcomes)
        {
            var expected = pair.Same ? (pair.Relation == "disagree" ? "conflict" : "group") : "apart";
            var wrong = !outcome.Found || (pair.Same != outcome.Grouped) || (pair.Same && pair.Relation == "disagree") != outcome.Flagged;
            if (wrong)
            {
                board.Note(string.Create(CultureInfo.InvariantCulture,
                    $"{Name}: line {pair.Line} ({pair.Domain}, {pair.Relation}) expected {expected}; found={outcome.Found} grouped={outcome.Grouped} flagged={outcome.Flagged}"));
            }
        }

        return board;
    }

    private static (bool Found, bool Grouped, bool Flagged, bool Updated) Run(ClaimEngine engine, LabelledPair pair)
    {
        var a = new Article("a", null, "Outlet A", null, PublishedA, pair.TextA);
        var b = new Article("b", null, "Outlet B", null, PublishedA.AddDays(pair.Days), pair.TextB);
        var report = engine.Compare([a, b]);
        var ca = ClaimAt(report, "a", pair.TextA.IndexOf(pair.FigureA, StringComparison.Ordinal), pair.FigureA.Length);
        var cb = ClaimAt(report, "b", pair.TextB.IndexOf(pair.FigureB, StringComparison.Ordinal), pair.FigureB.Length);
        if (ca is null || cb is null)
        {
            return (false, false, false, false);
        }

        if (Environment.GetEnvironmentVariable("CLAIMCOMPARE_PAIRS_DEBUG") is "1")
        {
            foreach (var c in new[] { ca, cb })
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"line {pair.Line} {c.ArticleId} '{c.Surface}' concept={c.Concept} key={Comparison.QuantityKey.Of(c).Block} place={c.Place} article={c.ArticlePlace} extent={c.Extent} period={c.Period}"));
            }
        }

        var groupOf = ReportPairs.GroupOf(report.Groups);
        var grouped = groupOf.TryGetValue(ca.Id, out var ga) && groupOf.TryGetValue(cb.Id, out var gb) && ga == gb;
        var flagged = ReportPairs.PairsOf(report.Discrepancies, DiscrepancyKind.Figure, DiscrepancyKind.Internal).Contains((ca.Id, cb.Id));
        var updated = ReportPairs.PairsOf(report.Discrepancies, DiscrepancyKind.Update).Contains((ca.Id, cb.Id));
        return (true, grouped, flagged, updated);
    }

    // The claim whose span overlaps the figure's words most.
    private static Claim? ClaimAt(ComparisonReport report, string article, int start, int length) =>
        report.Claims
            .Where(c => c.ArticleId == article && c.Span.Start < start + length && c.Span.End > start)
            .OrderByDescending(c => Math.Min(c.Span.End, start + length) - Math.Max(c.Span.Start, start))
            .FirstOrDefault();

    private static string FindSet()
    {
        foreach (var origin in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("The multi-domain pair set was not found above the current directory: " + RelativePath);
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
}
