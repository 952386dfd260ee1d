using ClaimCompare.Pipeline;
using ClaimCompare.Sample;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Console;

[TestFixture]
public sealed class CancellationAndProgressTests
{
    [Test]
    public void Cancelled_run_writes_no_report_and_no_file()
    {
        var dir = TestPaths.TempFolder();
        var path = Path.Combine(dir, "report.json");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = CompareCommand.Run(["compare", TestPaths.Seeds, "--format", "json", "--out", path], stdout, stderr, cancel.Token);
        code.Should().Be(CompareCommand.Cancelled);
        stdout.ToString().Should().BeEmpty();
        stderr.ToString().Should().Contain("Cancelled");
        Directory.GetFiles(dir).Should().BeEmpty("neither the report nor a temporary file is left");

        CompareCommand.Run(["compare", TestPaths.Seeds, "--format", "json"], stdout, stderr, cancel.Token).Should().Be(CompareCommand.Cancelled);
        stdout.ToString().Should().BeEmpty();
        Directory.Delete(dir, true);
    }

    [TestCase(PipelineStage.Extracting, 50, 200, 0L, null, "[######...................]  25% extracting 50 articles")]
    [TestCase(PipelineStage.Extracting, 10, null, 300L, 1200L, "[######...................]  25% extracting 10 articles")]
    [TestCase(PipelineStage.Extracting, 1234, null, 0L, null, "extracting 1,234 articles")]
    [TestCase(PipelineStage.Done, 7, null, 0L, null, "[#########################] 100% done")]
    public void Bar_follows_bytes_then_articles(PipelineStage stage, int done, int? total, long bytesDone, long? bytesTotal, string expected)
    {
        var line = ProgressBar.Line(new ComparisonProgress(stage, done, total) { BytesDone = bytesDone, BytesTotal = bytesTotal }, TimeSpan.FromSeconds(2));
        line.Should().StartWith(expected);
    }

    [Test]
    public void Bar_draws_past_the_quiet_start_without_overflowing()
    {
        // The first drawn line used to compute now - TimeSpan.MinValue and throw OverflowException in
        // every terminal run longer than half a second.
        var now = TimeSpan.Zero;
        using var stderr = new StringWriter();
        using (var bar = new ProgressBar(stderr, interactive: true, () => now))
        {
            bar.Report(new ComparisonProgress(PipelineStage.Extracting, 10, 100));
            stderr.ToString().Should().BeEmpty("nothing is drawn in the first half second");

            now = TimeSpan.FromSeconds(0.6);
            bar.Report(new ComparisonProgress(PipelineStage.Extracting, 20, 100));
            now = TimeSpan.FromSeconds(0.65);
            bar.Report(new ComparisonProgress(PipelineStage.Extracting, 25, 100));
            now = TimeSpan.FromSeconds(0.8);
            bar.Report(new ComparisonProgress(PipelineStage.Extracting, 1000, 1000));
            now = TimeSpan.FromSeconds(0.81);
            bar.Report(new ComparisonProgress(PipelineStage.Done, 1000, 1000));
        }

        var drawn = stderr.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        drawn.Should().HaveCount(3, "a redraw waits a tenth of a second unless the stage changes");
        drawn[0].Should().Contain(" 20% extracting 20 articles");
        drawn[2].Should().Contain("100% done").And.EndWith(Environment.NewLine);
        drawn[2].TrimEnd().Length.Should().BeLessThan(80, "a line that wraps cannot be redrawn in place");
    }

    [Test]
    public void Bar_stays_silent_when_stderr_is_not_a_terminal()
    {
        using var stderr = new StringWriter();
        using (var bar = new ProgressBar(stderr, interactive: false))
        {
            bar.Report(new ComparisonProgress(PipelineStage.Done, 5, 5));
        }

        stderr.ToString().Should().BeEmpty();
    }
}
