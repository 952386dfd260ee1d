using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Evaluation;

/// <summary>
/// How many claims come from page chrome in the crawled pages of ../shared/benchmarks/gvc-dev (photo
/// galleries, captions and credits, share and comment counts, "read more" lists, widget notices). A claim
/// counts as chrome when the line it stands on has one of the shapes below; the shapes are this
/// measurement's own, broader than the reader's rules, so they also show what the rules miss. Even-numbered
/// clusters are the tuning half, odd-numbered the check half. Every claim is written to a TSV file in the
/// temporary folder, so two runs can be compared claim by claim.
/// </summary>
public static class GvcChromeEvaluation
{
    private static readonly Regex[] ChromeShapes =
    [
        new(@"\b(image|photo|picture|slide)s?\s*\d+\s*(of|/)\s*/?\s*\d+", RegexOptions.IgnoreCase),
        new(@"\d[\d,.]*k?\s+(comments?|shares?|likes?|views?|replies|reactions)\b", RegexOptions.IgnoreCase),
        new(@"\b(comments|shares|likes|views)\s*[:(]\s*\d", RegexOptions.IgnoreCase),
        new(@"(\(photo\b|\bphoto:|\bphotos? by\b|\bcourtesy\b|\bgetty images\b|\bfile photo\b|\(AP Photo)", RegexOptions.IgnoreCase),
        new(@"^\s*(read more|related|more from|also read|recommended|trending|most (read|popular)|you may also like|see also)\b", RegexOptions.IgnoreCase),
        new(@"^\s*(please wait|back to top|loading|advertisement|skip to)\b", RegexOptions.IgnoreCase),
    ];

    /// <summary>Runs the measurement over both halves.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var folder = Path.Combine(benchmarksRoot, "gvc-dev", "clusters");
        var engine = new ClaimEngine(new ClaimCompareOptions { KeepArticleText = true });
        var dump = Path.Combine(Path.GetTempPath(), "claimcompare-gvc-chrome.tsv");
        var board = new Scoreboard();
        using var writer = new StreamWriter(dump, false, new UTF8Encoding(false));
        foreach (var (half, parity) in new[] { ("even (tuning)", 0), ("odd (check)", 1) })
        {
            int claims = 0, chrome = 0, articles = 0;
            foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
            {
                var number = int.Parse(Path.GetFileNameWithoutExtension(file)[1..], CultureInfo.InvariantCulture);
                if (number % 2 != parity)
                {
                    continue;
                }

                foreach (var item in engine.Reader.Read([file]))
                {
                    if (item.Article is not { } article)
                    {
                        continue;
                    }

                    articles++;
                    foreach (var claim in engine.Analyze(article))
                    {
                        var line = LineAt(article.Text, claim.Span.Start);
                        var isChrome = ChromeShapes.Any(r => r.IsMatch(line));
                        claims++;
                        chrome += isChrome ? 1 : 0;
                        writer.WriteLine(string.Join('\t', article.Id, claim.Span.Start.ToString(CultureInfo.InvariantCulture), isChrome ? "chrome" : "text", claim.Surface, Flat(claim.Sentence)));
                    }
                }
            }

            board.Add($"gvc-dev {half}", "articles", articles);
            board.Add($"gvc-dev {half}", "claims", claims);
            board.Add($"gvc-dev {half}", "claims on chrome-shaped lines", chrome);
        }

        board.Note($"Every claim: {dump}");
        return board;
    }

    private static string LineAt(string text, int offset)
    {
        var start = offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;
        var end = text.IndexOf('\n', Math.Min(offset, text.Length));
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static string Flat(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
