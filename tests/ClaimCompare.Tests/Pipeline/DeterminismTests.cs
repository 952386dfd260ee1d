using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Pipeline;

/// <summary>The same inputs give byte-identical JSON across runs, thread counts and entry points.</summary>
[TestFixture]
public sealed class DeterminismTests
{
    private static string[] Inputs => TestCorpus.Inputs;

    [Test]
    public void Json_is_byte_identical_across_runs_and_thread_counts()
    {
        var baseline = ReportJson.Write(new ClaimEngine(new ClaimCompareOptions { MaxDegreeOfParallelism = 1 }).CompareFiles(Inputs));
        baseline.Should().Contain($"\"articlesRead\": {TestCorpus.InputArticles}");
        foreach (var threads in new[] { 1, 2, 3, 8 })
        {
            var engine = new ClaimEngine(new ClaimCompareOptions { MaxDegreeOfParallelism = threads });
            for (var run = 0; run < 2; run++)
            {
                ReportJson.Write(engine.CompareFiles(Inputs)).Should().Be(baseline, $"threads {threads}, run {run}");
            }
        }
    }

    [Test]
    public void Many_articles_keep_input_order_across_batches_and_threads()
    {
        // More articles than one batch, so batch boundaries and parallel scheduling are both exercised.
        var read = new ClaimEngine().Reader.ReadAll(Inputs).Articles;
        var many = Enumerable.Range(0, 1500).Select(i => read[i % read.Count] with { Id = $"x{i:D4}" }).ToList();
        var one = new ClaimEngine(new ClaimCompareOptions { MaxDegreeOfParallelism = 1, KeepArticleText = false }).Compare(many);
        var four = new ClaimEngine(new ClaimCompareOptions { MaxDegreeOfParallelism = 4, KeepArticleText = false }).Compare(many);
        four.Articles.Select(a => a.Id).Should().Equal(many.Select(a => a.Id));
        ReportJson.Write(four).Should().Be(ReportJson.Write(one));
    }
}
