using ClaimCompare.Attribution;
using ClaimCompare.Model;

namespace ClaimCompare.Evaluation;

/// <summary>
/// Scores attribution on PolNeAR train and dev (see docs/attribution.md, "Scoring"). A predicted attribution is a correct
/// source when its source span overlaps the Source span of a gold attribution whose cue or content also overlaps
/// the prediction's cue or content. Source precision is over predictions, recall over gold attributions that have a
/// source. Cue precision and recall count predicted and gold cue spans that overlap one of the other side.
/// </summary>
public static class PolnearEvaluation
{
    /// <summary>Runs the evaluation over the benchmark root and returns its scores.</summary>
    public static Scoreboard Run(string benchmarksRoot)
    {
        ArgumentNullException.ThrowIfNull(benchmarksRoot);
        var board = new Scoreboard();
        // Train is where rules are tuned; dev is read only to check a change already written. Both are reported side by side.
        foreach (var split in new[] { "train", "dev" })
        {
            var documents = AttributionPolnearData.Load(benchmarksRoot, split);
            var result = Score(documents, new AttributionFinder());
            var set = "PolNeAR " + split;
            board.Add(set, "source precision", result.SourcePrecision, "Citron (PARC 3.0, exact) 92.9; target >= 92");
            board.Add(set, "source recall", result.SourceRecall, "Citron (PARC 3.0, exact) 73.3; target >= 80");
            board.Add(set, "cue F1", result.CueF1, "Citron (PARC 3.0, exact) 82.3; target >= 82");
            board.Add(set, "source recall, reporting cues only", result.ReportingRecall, "gold attributions whose cue holds a reporting verb of the cue table or 'according to'");
            board.Add(set, "cue precision", result.CuePrecision);
            board.Add(set, "cue recall", result.CueRecall);
            var errors = Environment.GetEnvironmentVariable("CLAIMCOMPARE_ATTRIBUTION_ERRORS");
            if (errors is { Length: > 0 } && (errors == "1" || errors.Contains(split, StringComparison.Ordinal)))
            {
                Errors(documents, new AttributionFinder(), board);
            }

            board.Note($"{set}: {result.Documents} articles, {result.Predicted} predicted attributions, {result.GoldWithSource} gold attributions with a source ({result.GoldReporting} with a reporting cue), {result.GoldCues} gold cues.");
        }

        return board;
    }

    /// <summary>The counts and rates of one scoring run.</summary>
    public sealed record Result(int Documents, int Predicted, int PredictedCorrect, int GoldWithSource, int GoldFound, int PredictedCues, int CuesCorrect, int GoldCues, int GoldCuesFound)
    {
        /// <summary>Gold attributions with a source whose cue holds a reporting verb (see <see cref="IsReportingCue"/>).</summary>
        public int GoldReporting { get; init; }

        /// <summary>How many of <see cref="GoldReporting"/> were found.</summary>
        public int GoldReportingFound { get; init; }

        /// <summary>Percent of gold sources with a reporting cue that were found.</summary>
        public double ReportingRecall => Rate(GoldReportingFound, GoldReporting);

        /// <summary>Percent of predicted sources that are right.</summary>
        public double SourcePrecision => Rate(PredictedCorrect, Predicted);

        /// <summary>Percent of gold sources found.</summary>
        public double SourceRecall => Rate(GoldFound, GoldWithSource);

        /// <summary>Percent of predicted cues that overlap a gold cue.</summary>
        public double CuePrecision => Rate(CuesCorrect, PredictedCues);

        /// <summary>Percent of gold cues overlapped by a predicted cue.</summary>
        public double CueRecall => Rate(GoldCuesFound, GoldCues);

        /// <summary>Harmonic mean of cue precision and recall.</summary>
        public double CueF1 => CuePrecision + CueRecall == 0 ? 0 : 2 * CuePrecision * CueRecall / (CuePrecision + CueRecall);

        private static double Rate(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
    }

    /// <summary>Scores the finder on the given documents.</summary>
    public static Result Score(IReadOnlyList<PolnearDocument> documents, AttributionFinder finder)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(finder);
        int predicted = 0, correct = 0, goldWithSource = 0, goldFound = 0, predictedCues = 0, cuesCorrect = 0, goldCues = 0, goldCuesFound = 0, reporting = 0, reportingFound = 0;
        foreach (var doc in documents)
        {
            var article = new Article(doc.Name, null, null, null, null, doc.Text);
            var found = finder.Find(article);
            foreach (var p in found)
            {
                predicted++;
                if (doc.Gold.Any(g => Matches(g, p)))
                {
                    correct++;
                }

                predictedCues++;
                if (doc.Gold.Any(g => g.Cues.Any(c => c.Overlaps(p.CueSpan))))
                {
                    cuesCorrect++;
                }
            }

            foreach (var g in doc.Gold)
            {
                if (g.Sources.Count > 0)
                {
                    goldWithSource++;
                    var hit = found.Any(p => Matches(g, p));
                    if (hit)
                    {
                        goldFound++;
                    }

                    if (g.Cues.Any(c => IsReportingCue(c.Slice(doc.Text))))
                    {
                        reporting++;
                        reportingFound += hit ? 1 : 0;
                    }
                }

                foreach (var cue in g.Cues)
                {
                    goldCues++;
                    if (found.Any(p => p.CueSpan.Overlaps(cue)))
                    {
                        goldCuesFound++;
                    }
                }
            }
        }

        return new Result(documents.Count, predicted, correct, goldWithSource, goldFound, predictedCues, cuesCorrect, goldCues, goldCuesFound)
        {
            GoldReporting = reporting,
            GoldReportingFound = reportingFound,
        };
    }

    /// <summary>
    /// True when a gold cue holds a reporting verb form of the library's cue table or "according to". PolNeAR also marks
    /// attitudes and actions ("attacked", "supports", "vied"), which the library does not treat as attribution.
    /// </summary>
    public static bool IsReportingCue(string cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var words = cue.ToLowerInvariant().Split([' ', ',', ':', '.', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(ReportingForms.Contains) || cue.Contains("according to", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> ReportingForms = new(
        ["say", "says", "said", "saying", "tell", "tells", "told", "telling", "report", "reports", "reported", "add", "adds", "added", "adding",
         "announce", "announced", "announces", "confirm", "confirmed", "confirms", "note", "noted", "notes", "claim", "claimed", "claims",
         "explain", "explained", "write", "wrote", "writes", "argue", "argued", "argues", "arguing", "insist", "insisted", "warn", "warned",
         "suggest", "suggested", "suggests", "predict", "predicted", "acknowledge", "acknowledged", "admit", "admitted", "declare", "declared",
         "deny", "denied", "reveal", "revealed", "stress", "stressed", "emphasize", "emphasized", "recall", "recalled", "mention", "mentioned",
         "respond", "responded", "reply", "replied", "comment", "commented", "indicate", "indicated", "conclude", "concluded", "tweet",
         "tweeted", "testify", "testified", "complain", "complained", "estimate", "estimated", "estimates", "stated", "asked", "ask", "asks",
         "urged", "urge", "vowed", "pledged", "promised", "cited", "citing", "found", "shows", "showed", "show", "according", "believes", "believe"],
        StringComparer.Ordinal);

    /// <summary>Lists wrong predictions (FP) and missed gold sources (FN) as notes, for error analysis.</summary>
    private static void Errors(IReadOnlyList<PolnearDocument> documents, AttributionFinder finder, Scoreboard board)
    {
        foreach (var doc in documents)
        {
            var found = finder.Find(new Article(doc.Name, null, null, null, null, doc.Text));
            foreach (var p in found)
            {
                if (!doc.Gold.Any(g => Matches(g, p)))
                {
                    board.Note($"FP [{p.Source.Surface}] ({p.Source.Kind}: {p.Source.Name}) cue [{p.Cue}] in: {Around(doc.Text, p.CueSpan)}\n");
                }
                else
                {
                    // Correct predictions by cue word, so each cue's precision can be read off next to its FP lines.
                    board.Note($"TP cue [{p.Cue}]\n");
                }
            }

            foreach (var g in doc.Gold.Where(g => g.Sources.Count > 0 && !found.Any(p => Matches(g, p))))
            {
                var cue = g.Cues.Count > 0 ? g.Cues[0].Slice(doc.Text) : "-";
                // A miss whose cue was found names the wrong source; one whose cue was not found lacks the cue.
                var sameCue = found.FirstOrDefault(p => g.Cues.Any(c => c.Overlaps(p.CueSpan)));
                var kind = sameCue is null ? "no cue" : $"source [{sameCue.Source.Span.Slice(doc.Text)}]";
                board.Note($"FN [{g.Sources[0].Slice(doc.Text)}] cue [{cue}] ({kind}) in: {Around(doc.Text, g.Cues.Count > 0 ? g.Cues[0] : g.Sources[0])}\n");
            }
        }
    }

    private static string Around(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 90);
        var end = Math.Min(text.Length, span.End + 60);
        return text[start..end].Replace('\n', ' ');
    }

    /// <summary>True when the prediction's source overlaps the gold source and its cue or content overlaps the same gold attribution.</summary>
    public static bool Matches(GoldAttribution gold, SourceAttribution predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (!gold.Sources.Any(s => s.Overlaps(predicted.Source.Span)))
        {
            return false;
        }

        return gold.Cues.Any(c => c.Overlaps(predicted.CueSpan))
            || (predicted.Content is { } content && gold.Contents.Any(c => c.Overlaps(content)));
    }
}
