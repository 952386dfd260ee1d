using System.Collections.Immutable;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using ClaimCompare.Reading;
using ClaimCompare.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Pipeline;

[TestFixture]
public sealed class ClaimEngineStreamingTests
{
    private static Article NewArticle(int i) => new($"a{i}", null, "Outlet", null, null, $"Article {i}: {i * 7} civilians were killed, officials said.");

    private static readonly string[] Inputs = TestCorpus.Inputs;

    private static int N => TestCorpus.InputArticles;

    [Test]
    public void Stream_in_memory_and_files_give_the_same_report()
    {
        var engine = new ClaimEngine();
        var fromFiles = engine.CompareFiles(Inputs);
        var read = engine.Reader.ReadAll(Inputs);
        var inMemory = engine.Compare(read.Articles);
        var streamed = engine.CompareAsync(read.Articles.ToAsyncEnumerable()).GetAwaiter().GetResult();
        var asyncFiles = engine.CompareFilesAsync(Inputs).GetAwaiter().GetResult();

        fromFiles.Articles.Should().HaveCount(N);
        ReportJson.Write(asyncFiles).Should().Be(ReportJson.Write(fromFiles));
        foreach (var other in new[] { inMemory, streamed })
        {
            ReportJson.Write(other with { Counts = fromFiles.Counts }).Should().Be(ReportJson.Write(fromFiles));
            other.Counts.Should().Be(new ReportCounts(0, N, N, 0));
        }

        fromFiles.Counts.Should().Be(new ReportCounts(N, N, N, 0));
    }

    [Test]
    public void Dropping_texts_keeps_claims_and_metadata()
    {
        var paths = Inputs;
        var kept = new ClaimEngine().CompareFiles(paths);
        var dropped = new ClaimEngine(new ClaimCompareOptions { KeepArticleText = false }).CompareFiles(paths);

        dropped.Articles.Should().OnlyContain(a => a.Text.Length == 0 && a.Regions.IsEmpty);
        kept.Articles.Should().OnlyContain(a => a.Text.Length > 0);
        dropped.Articles.Select(a => (a.Id, a.Path, a.Outlet, a.Title, a.Published)).Should().Equal(kept.Articles.Select(a => (a.Id, a.Path, a.Outlet, a.Title, a.Published)));
        ReportJson.Write(dropped).Should().Be(ReportJson.Write(kept), "the JSON report never carries texts");
    }

    [Test]
    public void Claims_of_one_sentence_share_the_sentence_string()
    {
        var article = NewArticle(1);
        var sentence = new TextSpan(0, article.Text.Length);
        Claim Make(int start) => new(string.Empty, article.Id, new TextSpan(start, start + 1), "x", Quantity.Exactly(1), new string(article.Text.AsSpan()), sentence);
        var run = new StreamingRun(_ => [Make(3), Make(5)], ClaimCompareOptions.Default, null, null, null, CancellationToken.None);
        run.Add(ReadItem.Ok(article, string.Empty));
        run.Flush();
        run.Claims.Select(c => c.Id).Should().Equal("c1", "c2");
        ReferenceEquals(run.Claims[0].Sentence, run.Claims[1].Sentence).Should().BeTrue();
    }

    [Test]
    public void An_article_that_breaks_a_stage_becomes_an_error_and_the_rest_go_on()
    {
        var articles = Enumerable.Range(1, 1200).Select(NewArticle).ToList();
        IReadOnlyList<Claim> Analyze(Article a) => a.Id == "a700"
            ? throw new InvalidOperationException("stage bug")
            : [new Claim(string.Empty, a.Id, new TextSpan(0, 7), "Article", Quantity.Exactly(1), a.Text, new TextSpan(0, a.Text.Length))];
        var run = new StreamingRun(Analyze, ClaimCompareOptions.Default with { MaxDegreeOfParallelism = 4 }, null, articles.Count, null, CancellationToken.None);
        foreach (var article in articles)
        {
            if (run.Add(ReadItem.Ok(article, string.Empty)))
            {
                run.Flush();
            }
        }

        run.Flush();
        run.Counts().Should().Be(new ReportCounts(0, 1200, 1199, 1));
        run.Errors.Should().ContainSingle().Which.Reason.Should().Contain("a700").And.Contain("stage bug");
        run.Claims.Select(c => c.ArticleId).Should().Equal(articles.Where(a => a.Id != "a700").Select(a => a.Id));
        run.Claims.Select(c => c.Id).Should().Equal(Enumerable.Range(1, 1199).Select(i => $"c{i}"));
    }

    [Test]
    public void Cancellation_stops_the_run_without_a_report()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        var progress = new SyncProgress(p =>
        {
            if (p.ArticlesDone > 0 && Interlocked.Increment(ref seen) == 1)
            {
                cancel.Cancel();
            }
        });
        var articles = Enumerable.Range(1, 5000).Select(NewArticle);
        var engine = new ClaimEngine();
        var act = () => engine.Compare(articles, progress, cancel.Token);
        act.Should().Throw<OperationCanceledException>();

        using var already = new CancellationTokenSource();
        already.Cancel();
        var asyncAct = () => engine.CompareFilesAsync([TestPaths.Seeds], null, already.Token);
        asyncAct.Should().ThrowAsync<OperationCanceledException>().GetAwaiter().GetResult();
    }

    [Test]
    public void Progress_counts_up_to_the_total_and_ends_done()
    {
        var reports = new List<ComparisonProgress>();
        var progress = new SyncProgress(p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        });
        new ClaimEngine().CompareFiles(Inputs, progress);
        reports.Should().NotBeEmpty();
        reports[^1].Stage.Should().Be(PipelineStage.Done);
        reports[^1].ArticlesDone.Should().Be(N);
        reports[^1].BytesTotal.Should().BeGreaterThan(0);
        reports[^1].BytesDone.Should().Be(reports[^1].BytesTotal);
        reports.Select(r => r.ArticlesDone).Should().BeInAscendingOrder();
        reports.Select(r => r.BytesDone).Should().BeInAscendingOrder();
    }

    [Test]
    public void Null_arguments_are_documented_argument_errors()
    {
        var engine = new ClaimEngine();
        FluentActions.Invoking(() => engine.CompareFiles(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => engine.Compare((IEnumerable<Article>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => engine.Compare([NewArticle(1), null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => engine.CompareAsync(null!)).Should().ThrowAsync<ArgumentNullException>().GetAwaiter().GetResult();
        FluentActions.Invoking(() => new ClaimEngine(new ClaimCompareOptions { MaxDegreeOfParallelism = 0 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<ComparisonProgress> report) : IProgress<ComparisonProgress>
    {
        public void Report(ComparisonProgress value) => report(value);
    }
}
