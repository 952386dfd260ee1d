using ClaimCompare.Attribution;
using ClaimCompare.Model;
using Newtonsoft.Json.Linq;

namespace ClaimCompare.Evaluation;

/// <summary>
/// Scores direct-quote attribution on the small peer suites in ../shared/benchmarks/attribution/quotes: textacy's direct
/// quotations (speaker and cue of each quotation) and CoreNLP's quote attribution (the speaker as written and the full
/// name a pronoun or short name stands for). A quotation is credited to the attribution whose content holds it.
/// Spanish cases are skipped (ClaimCompare reads English), and cases that expect no direct quotation are not scored:
/// ClaimCompare reports indirect speech ("X claims that ...") as attribution as well.
/// </summary>
public static class QuotesEvaluation
{
    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var folder = Path.Combine(benchmarksRoot, "attribution", "quotes");
        var finder = new AttributionFinder();
        var board = new Scoreboard();
        int quotes = 0, speakers = 0, cues = 0, canonical = 0, canonicalRight = 0, skipped = 0, unscored = 0;
        var misses = new List<string>();
        foreach (var file in new[] { "direct_quotations.json", "quote_attribution_itest.json" })
        {
            var cases = (JArray)((JObject)BenchmarkData.LoadJson(Path.Combine(folder, file)))["cases"]!;
            foreach (var item in cases.OfType<JObject>())
            {
                var text = (string)item["text"]!;
                var expected = ((JArray)item["expected"]!).OfType<JObject>().ToList();
                if ((string?)item["lang"] is { } lang && lang != "en")
                {
                    skipped++;
                    continue;
                }

                if (expected.Count == 0)
                {
                    unscored++;
                    continue;
                }

                var found = finder.Find(new Article("q", null, null, null, null, text));
                foreach (var e in expected)
                {
                    quotes++;
                    var quote = (string?)e["content"] ?? (string)e["quote"]!;
                    var at = text.IndexOf(quote, StringComparison.Ordinal);
                    var span = new TextSpan(at, at + quote.Length);
                    var hit = found.FirstOrDefault(p => p.Content is { } c && c.Overlaps(span));
                    List<string> wantSpeakers = e["speaker"] is JArray list ? list.Select(s => (string?)s ?? string.Empty).ToList() : [(string?)e["speaker"] ?? string.Empty];
                    var surface = hit?.Source.Surface ?? string.Empty;
                    var speakerRight = hit is not null && wantSpeakers.All(s => surface.Contains(s, StringComparison.Ordinal));
                    speakers += speakerRight ? 1 : 0;
                    if (e["cue"] is JArray cue)
                    {
                        var cueText = hit?.Cue ?? string.Empty;
                        cues += hit is not null && cue.All(c => cueText.Contains((string?)c ?? string.Empty, StringComparison.Ordinal)) ? 1 : 0;
                    }
                    else
                    {
                        cues += hit is not null ? 1 : 0;
                    }

                    if ((string?)e["canonicalSpeaker"] is { } full)
                    {
                        canonical++;
                        canonicalRight += hit?.Source.Name == full ? 1 : 0;
                        if (hit?.Source.Name != full)
                        {
                            misses.Add($"  - `{text}`: expected the full name {full}, got {hit?.Source.Name ?? "no attribution"}");
                        }
                    }

                    if (!speakerRight)
                    {
                        misses.Add($"  - `{text}`: expected {string.Join(" + ", wantSpeakers)}, got {(hit is null ? "no attribution" : hit.Source.Surface)}");
                    }
                }
            }
        }

        board.Add("Quote suites (textacy, CoreNLP)", "speaker accuracy", Rate(speakers, quotes), "quotations whose attribution names the expected speaker");
        board.Add("Quote suites (textacy, CoreNLP)", "cue accuracy", Rate(cues, quotes));
        board.Add("Quote suites (textacy, CoreNLP)", "full-name accuracy", Rate(canonicalRight, canonical), "CoreNLP: the name a pronoun or short name stands for");
        board.Note($"Quote suites: {quotes} quotations scored, {skipped} Spanish cases skipped, {unscored} cases expecting no direct quotation not scored (indirect speech is attribution here).\n" + string.Join("\n", misses) + "\n");
        return board;
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
