using ClaimCompare.Attribution;
using ClaimCompare.Extraction;
using ClaimCompare.Model;
using ClaimCompare.Reading;

namespace ClaimCompare.Evaluation;

/// <summary>
/// gvc-dev (US shooting reports): the share of claims whose predicate is a killing or an injuring that the finder credits
/// to a source (police, officials, a named spokesperson). Coverage only: whether each source is right is read by hand on a
/// fixed random sample (CLAIMCOMPARE_GVC_SAMPLE=N prints N claims with their sentence and source; docs/attribution.md keeps
/// the verdicts). Halves as in <see cref="GvcEvaluation"/>: even clusters are the tuning half, odd ones the check;
/// CLAIMCOMPARE_GVC_SAMPLE_HALF=even|odd draws the sample from one half only (unset: from both, as before session 7).
/// </summary>
public static class GvcAttributionEvaluation
{
    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var reader = new ArticleReader();
        var extractor = new ClaimExtractor();
        var finder = new AttributionFinder();
        var casualty = new List<(Article Article, Claim Claim, int Parity)>();
        var files = Directory.GetFiles(Path.Combine(benchmarksRoot, "gvc-dev", "clusters"), "*.jsonl").OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var parity = GvcEvaluation.Parity(Path.GetFileNameWithoutExtension(file));
            foreach (var item in reader.ReadJson(File.ReadAllText(file), Path.GetFileName(file), jsonLines: true))
            {
                if (item.Article is not { } article)
                {
                    continue;
                }

                foreach (var claim in finder.Attach(article, extractor.Extract(article)))
                {
                    if (claim.Predicate is "killed" or "injured")
                    {
                        casualty.Add((article, claim, parity));
                    }
                }
            }
        }

        var credited = casualty.Count(c => c.Claim.Attribution is not null);
        var board = new Scoreboard();
        board.Add("gvc-dev", "killed/injured claims with a source (%)", 100.0 * credited / Math.Max(1, casualty.Count), "coverage; correctness is hand-read (docs/attribution.md)");
        board.Note($"gvc-dev: {credited} of {casualty.Count} killed/injured claims credited to a source.");
        for (var half = 0; half <= 1; half++)
        {
            var ofHalf = casualty.Where(c => c.Parity == half).ToList();
            var creditedHalf = ofHalf.Count(c => c.Claim.Attribution is not null);
            board.Add(half == 0 ? "gvc-dev, even (tuned on)" : "gvc-dev, odd (check)", "killed/injured claims with a source (%)", 100.0 * creditedHalf / Math.Max(1, ofHalf.Count), $"{creditedHalf} of {ofHalf.Count}");
        }

        if (int.TryParse(Environment.GetEnvironmentVariable("CLAIMCOMPARE_GVC_SAMPLE"), out var n) && n > 0)
        {
            // A fixed seed so the hand-read sample is the same claims from run to run while the rules stay the same.
            // CLAIMCOMPARE_GVC_SEED draws a fresh sample (session 4 read seed 13, session 5 seed 5).
            var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("CLAIMCOMPARE_GVC_SEED"), out var seed) ? seed : 13);
            var halfWanted = Environment.GetEnvironmentVariable("CLAIMCOMPARE_GVC_SAMPLE_HALF")?.ToLowerInvariant() switch
            {
                "even" => 0,
                "odd" => 1,
                _ => -1,
            };
            var withSource = casualty.Where(c => c.Claim.Attribution is not null && (halfWanted < 0 || c.Parity == halfWanted)).OrderBy(_ => random.Next()).Take(n);
            foreach (var (article, claim, _) in withSource)
            {
                var a = claim.Attribution!;
                board.Note($"- {article.Id} '{claim.Surface}' ({claim.Predicate}) -> [{a.Source.Name}] ({a.Basis} {a.CueSentence}; {a.Source.Kind}{(a.Source.Affiliation is { } org ? ", for " + org : string.Empty)}) cue [{a.Cue}] in: {claim.Sentence.Replace('\n', ' ')}\n");
            }
        }

        return board;
    }
}
