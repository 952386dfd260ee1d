using System.Globalization;
using ClaimCompare.Extraction;
using ClaimCompare.Language;
using ClaimCompare.Model;
using ClaimCompare.Reading;
using ClaimCompare.Text;

namespace ClaimCompare.Evaluation;

/// <summary>
/// gvc-dev measure (a), count recall (see ../shared/benchmarks/gvc-dev/README.md): an incident with a gold count of
/// dead (of hurt) is recovered when some claim in its articles has a killing predicate (an injuring one; the combined
/// "killed and injured" serves both) and that exact value. Reported for killed and injured, by gold value (1,
/// 2-3, 4+), and restricted to incidents whose count is <em>written</em>: a number token or number word equal to the
/// count in a body sentence that holds a casualty word. "Casualty word" is decided here by a lemma test of its own
/// (<see cref="CasualtyLemma"/>), never by the extractor's predicate code, so the denominator does not move when the
/// extractor changes.
/// </summary>
/// <remarks>
/// The material is split by the parity of the cluster number: even clusters (d0002, d0004, ...) are the tuning half,
/// odd ones the check half, and both are reported. With CLAIMCOMPARE_EVAL_VERBOSE=1 the written-count misses of the
/// tuning half are listed with their sentences and the claims read there (the check half is never listed).
/// </remarks>
public static class GvcRecallEvaluation
{
    private enum Count { Killed, Injured }

    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var dir = Path.Combine(benchmarksRoot, "gvc-dev");
        var gold = BenchmarkData.LoadJson(Path.Combine(dir, "gold.json"))["clusters"]
            ?? throw new InvalidDataException($"{Path.Combine(dir, "gold.json")}: no 'clusters' object.");
        var reader = new ArticleReader();
        var extractor = new ClaimExtractor();
        var results = new List<Result>();
        var notes = new List<string>();
        var casualtyClaims = new List<(string Cluster, bool Even, bool AgreesWithGold, Claim Claim)>();
        foreach (var prop in gold.Children<Newtonsoft.Json.Linq.JProperty>())
        {
            var name = prop.Name;
            var killed = (int?)prop.Value["killed"] ?? 0;
            var injured = (int?)prop.Value["injured"] ?? 0;
            if (killed == 0 && injured == 0)
            {
                continue;
            }

            var path = Path.Combine(dir, "clusters", name + ".jsonl");
            var articles = new List<Article>();
            foreach (var item in reader.Read([path]))
            {
                articles.Add(item.Article ?? throw new InvalidDataException($"{path}: {item.Error?.Reason}"));
            }

            var claims = articles.SelectMany(extractor.Extract).ToList();
            var even = int.Parse(name.AsSpan(1), NumberStyles.Integer, CultureInfo.InvariantCulture) % 2 == 0;
            foreach (var c in claims.Where(c => c.Predicate is "killed" or "injured" or PredicateLexicon.KilledAndInjured))
            {
                var expected = c.Predicate == "killed" ? killed : c.Predicate == "injured" ? injured : killed + injured;
                casualtyClaims.Add((name, even, c.Quantity.Value == expected || (c.Predicate == PredicateLexicon.KilledAndInjured && (c.Quantity.Value == killed || c.Quantity.Value == injured)), c));
            }

            foreach (var (kind, value) in new[] { (Count.Killed, killed), (Count.Injured, injured) })
            {
                if (value == 0)
                {
                    continue;
                }

                var written = WrittenSentences(articles, value).ToList();
                var hit = claims.Any(c => Matches(c, kind, value));
                results.Add(new Result(name, even, kind, value, written.Count > 0, hit));
                if (even && written.Count > 0 && !hit)
                {
                    notes.Add($"  - MISS {name} {kind} {value}:");
                    foreach (var s in written.Take(3))
                    {
                        var found = claims.Where(c => c.SentenceSpan == s.Span && c.ArticleId == s.ArticleId)
                            .Select(c => $"[{c.Surface} | {c.Subject} | {c.Predicate}]");
                        notes.Add($"      \"{Shorten(s.Text)}\" {string.Join(' ', found)}");
                    }
                }
            }
        }

        var board = new Scoreboard();
        foreach (var (half, even) in new[] { ("even (tune)", true), ("odd (check)", false) })
        {
            var bench = $"gvc-dev count recall, {half}";
            foreach (var kind in new[] { Count.Killed, Count.Injured })
            {
                var rows = results.Where(r => r.Even == even && r.Kind == kind).ToList();
                var label = kind == Count.Killed ? "killed" : "injured";
                board.Add(bench, $"{label}: written in a casualty sentence", Rate(rows.Where(r => r.Written)), $"{Of(rows.Where(r => r.Written))}; target >= 85");
                board.Add(bench, $"{label}: all", Rate(rows), Of(rows));
                board.Add(bench, $"{label}: gold 1", Rate(rows.Where(r => r.Value == 1)), Of(rows.Where(r => r.Value == 1)));
                board.Add(bench, $"{label}: gold 2-3", Rate(rows.Where(r => r.Value is 2 or 3)), Of(rows.Where(r => r.Value is 2 or 3)));
                board.Add(bench, $"{label}: gold 4+", Rate(rows.Where(r => r.Value >= 4)), Of(rows.Where(r => r.Value >= 4)));
            }
        }

        foreach (var (half, even) in new[] { ("even (tune)", true), ("odd (check)", false) })
        {
            // Informative, not a precision: pages also carry other incidents' figures and earlier counts.
            var rows = casualtyClaims.Where(r => r.Even == even).ToList();
            board.Add($"gvc-dev count recall, {half}", "casualty claims whose value is a gold count", 100.0 * rows.Count(r => r.AgreesWithGold) / Math.Max(1, rows.Count), $"{rows.Count(r => r.AgreesWithGold)}/{rows.Count}; informative");
        }

        if (Environment.GetEnvironmentVariable("CLAIMCOMPARE_EVAL_VERBOSE") == "1")
        {
            // A fixed random sample of the tuning half's casualty claims, to be judged by hand.
            var random = new Random(11);
            var even = casualtyClaims.Where(r => r.Even).ToList();
            var sample = Enumerable.Range(0, Math.Min(40, even.Count)).Select(_ => even[random.Next(even.Count)]);
            board.Note("gvc-dev casualty claims, sample of the tuning half:\n" + string.Join("\n", sample.Select(r =>
                $"  - {r.Cluster} [{r.Claim.Surface} | {r.Claim.Subject} | {r.Claim.Predicate}] \"{Shorten(r.Claim.Sentence)}\"")) + "\n");
            board.Note("gvc-dev written-count misses, tuning half only:\n" + string.Join("\n", notes) + "\n");
        }

        return board;
    }

    private sealed record Result(string Cluster, bool Even, Count Kind, int Value, bool Written, bool Hit);

    private sealed record WrittenSentence(string ArticleId, TextSpan Span, string Text);

    private static bool Matches(Claim c, Count kind, int value) =>
        c.Quantity.Value == value
        && (c.Predicate == PredicateLexicon.KilledAndInjured || c.Predicate == (kind == Count.Killed ? "killed" : "injured"));

    private static string Of(IEnumerable<Result> rows)
    {
        var list = rows.ToList();
        return $"{list.Count(r => r.Hit)}/{list.Count}";
    }

    private static double Rate(IEnumerable<Result> rows)
    {
        var list = rows.ToList();
        return list.Count == 0 ? 0 : 100.0 * list.Count(r => r.Hit) / list.Count;
    }

    /// <summary>Body sentences that write <paramref name="value"/> as a number token or number word beside a casualty word.</summary>
    private static IEnumerable<WrittenSentence> WrittenSentences(List<Article> articles, int value)
    {
        foreach (var article in articles)
        {
            foreach (var span in SentenceSplitter.Split(article))
            {
                var text = span.Slice(article.Text);
                var words = Words(text);
                if (words.Any(w => NumberOf(w) == value) && words.Any(w => CasualtyLemma(w) is not null))
                {
                    yield return new WrittenSentence(article.Id, span, text);
                }
            }
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or ',' && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The whole number a token writes ("12", "1,200", "twelve", "twenty-one"), or -1.</summary>
    private static int NumberOf(string w)
    {
        if (int.TryParse(w.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && w.All(c => char.IsDigit(c) || c == ','))
        {
            return n;
        }

        var unit = Array.IndexOf(Units, w);
        if (unit >= 0)
        {
            return unit;
        }

        var parts = w.Split('-');
        var ten = Array.IndexOf(Tens, parts[0]);
        if (ten >= 2)
        {
            if (parts.Length == 1)
            {
                return ten * 10;
            }

            var rest = Array.IndexOf(Units, parts[1]);
            return parts.Length == 2 && rest is >= 1 and <= 9 ? (ten * 10) + rest : -1;
        }

        return -1;
    }

    /// <summary>
    /// The casualty lemma of a word form, or null: kill, die, dead, death, fatal, slay, murder (a killing) and injure,
    /// injury, wound, hurt, shoot (a harm, which a count of the shot is, fatal or not). "shooting(s)" is left out: in news it
    /// names the event, not a harm done to a counted person. An independent, deliberately plain lemma table.
    /// </summary>
    internal static string? CasualtyLemma(string w) => w switch
    {
        "kill" or "kills" or "killed" or "killing" or "killings" => "kill",
        "die" or "dies" or "died" or "dying" => "die",
        "dead" => "dead",
        "death" or "deaths" => "death",
        "fatal" or "fatally" or "fatalities" or "fatality" => "fatal",
        "slay" or "slain" or "slew" or "slaying" => "slay",
        "murder" or "murders" or "murdered" => "murder",
        "injure" or "injures" or "injured" or "injuring" => "injure",
        "injury" or "injuries" => "injury",
        "wound" or "wounds" or "wounded" or "wounding" => "wound",
        "hurt" or "hurts" => "hurt",
        "shoot" or "shoots" or "shot" => "shoot",
        _ => null,
    };

    private static string Shorten(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 220 ? s : s[..217] + "...";
    }
}
