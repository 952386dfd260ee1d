using ClaimCompare.Attribution;
using ClaimCompare.Evaluation;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Attribution;

/// <summary>Accuracy floors on the shared benchmarks, set a little under the measured scores (docs/attribution.md).</summary>
[TestFixture]
[Category(TestCategories.Benchmarks)]
public sealed class AttributionBenchmarkFloorTests
{
    [Test]
    public void PolNeAR_dev_source_precision_and_recall_hold_their_floors()
    {
        var result = PolnearEvaluation.Score(AttributionPolnearData.Load(TestPaths.Benchmarks), new AttributionFinder());
        result.Documents.Should().Be(84);
        result.SourcePrecision.Should().BeGreaterThanOrEqualTo(PolnearPrecisionFloor);
        result.SourceRecall.Should().BeGreaterThanOrEqualTo(PolnearRecallFloor);
        result.CueF1.Should().BeGreaterThanOrEqualTo(PolnearCueF1Floor);
        result.ReportingRecall.Should().BeGreaterThanOrEqualTo(PolnearReportingRecallFloor);
    }

    [Test]
    public void Aleppo_dev_source_accuracy_at_gold_spans_holds_its_floor()
    {
        var gold = AleppoGold.Load(TestPaths.Benchmarks);
        var (right, total, _) = AleppoSourcesEvaluation.ScoreAtGoldSpans(gold, new AttributionFinder());
        total.Should().Be(110);
        (100.0 * right / total).Should().BeGreaterThanOrEqualTo(AleppoFloor);
    }

    [Test]
    public void Aleppo_dev_source_accuracy_on_extracted_claims_holds_its_floor()
    {
        var gold = AleppoGold.Load(TestPaths.Benchmarks);
        var (right, matched) = AleppoSourcesEvaluation.ScoreOnExtracted(gold, new AttributionFinder(), new ClaimCompare.Extraction.ClaimExtractor());
        matched.Should().BeGreaterThan(90);
        (100.0 * right / matched).Should().BeGreaterThanOrEqualTo(AleppoFloor);
    }

    [Test]
    public void Quote_suites_hold_their_floors()
    {
        var board = QuotesEvaluation.Run(TestPaths.Benchmarks);
        board.Get("Quote suites (textacy, CoreNLP)", "speaker accuracy").Should().BeGreaterThanOrEqualTo(87.0);
        board.Get("Quote suites (textacy, CoreNLP)", "full-name accuracy").Should().BeGreaterThanOrEqualTo(99.0);
    }

    [Test]
    public void PolNeAR_brat_offsets_index_the_text_as_read()
    {
        var documents = AttributionPolnearData.Load(TestPaths.Benchmarks);
        var first = documents.First(d => d.Name.StartsWith("breitbart_2016-09-12", StringComparison.Ordinal));
        first.Gold[0].Sources[0].Slice(first.Text).Should().Be("The New York Post");
        first.Gold[0].Cues[0].Slice(first.Text).Should().Be("reports");
    }

    private const double PolnearPrecisionFloor = 94.5;
    private const double PolnearRecallFloor = 75.8;
    private const double PolnearCueF1Floor = 79.7;
    private const double PolnearReportingRecallFloor = 96.6;
    private const double AleppoFloor = 93.0;
}
