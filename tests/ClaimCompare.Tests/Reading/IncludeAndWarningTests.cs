using ClaimCompare.Model;
using ClaimCompare.Reading;
using ClaimCompare.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reading;

/// <summary>Nothing read past in silence: skipped files, unread subfolders and empty folders are warnings.</summary>
[TestFixture]
public sealed class IncludeAndWarningTests
{
    [TestCase("*.html", "page.html", true)]
    [TestCase("*.html", "deep/page.html", true)]
    [TestCase("*.html", "page.htm", false)]
    [TestCase("*.HTML", "page.html", true)]
    [TestCase("p?ge.txt", "page.txt", true)]
    [TestCase("2016/*.txt", "2016/a.txt", true)]
    [TestCase("2016/*.txt", "2016/x/a.txt", false)]
    [TestCase("2016/**/*.txt", "2016/a.txt", true)]
    [TestCase("2016/**/*.txt", "2016/x/y/a.txt", true)]
    [TestCase("**/drafts/*", "a/drafts/b.txt", true)]
    [TestCase("**/drafts/*", "drafts/b.txt", true)]
    [TestCase("./news/*.json", "news/a.json", true)]
    public void Glob_patterns(string pattern, string path, bool matches) => new GlobPattern(pattern).Matches(path).Should().Be(matches);

    [Test]
    public void Include_reads_only_matching_files_recursively_and_warns_about_none_of_the_others()
    {
        var dir = TestPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "2016"));
        File.WriteAllText(Path.Combine(dir, "2016", "a.txt"), "Officials said on Monday that 12 bridges had been closed for repairs across the county this spring.");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "The council said that 40 new buses would join the fleet by the end of next year, officials said.");
        File.WriteAllText(Path.Combine(dir, "2016", "c.csv"), "a,b");

        var reader = new ArticleReader(new ReaderOptions { Recursive = true, Include = ["2016/**/*.txt"] });
        var result = reader.ReadAll([dir]);
        result.Articles.Select(a => a.Id).Should().Equal("a");
        result.Warnings.Should().BeEmpty();
        result.Errors.Should().BeEmpty();

        var all = new ArticleReader(new ReaderOptions { Recursive = true }).ReadAll([dir]);
        all.Articles.Should().HaveCount(2);
        all.Warnings.Should().ContainSingle().Which.Path.Should().Be(Path.Combine(dir, "2016", "c.csv"));
        Directory.Delete(dir, true);
    }

    [Test]
    public void Include_matching_nothing_is_a_warning()
    {
        var dir = TestPaths.TempFolder();
        File.WriteAllText(Path.Combine(dir, "b.txt"), "text");
        var result = new ArticleReader(new ReaderOptions { Include = ["*.jsonl"] }).ReadAll([dir]);
        result.Warnings.Should().ContainSingle().Which.Should().Be(new ReadWarning(dir, "no file in the folder matches the include patterns and can be read"));
        Directory.Delete(dir, true);
    }

    [Test]
    public void A_file_named_directly_is_read_whatever_the_include_patterns()
    {
        var dir = TestPaths.TempFolder();
        var file = Path.Combine(dir, "b.txt");
        File.WriteAllText(file, "The council said that 40 new buses would join the fleet by the end of next year, officials said.");
        new ArticleReader(new ReaderOptions { Include = ["*.html"] }).ReadAll([file]).Articles.Should().ContainSingle();
        Directory.Delete(dir, true);
    }

    [Test]
    public void Warnings_reach_the_report_and_survive_the_json_round_trip()
    {
        var dir = TestPaths.TempFolder();
        File.Copy(TestPaths.Seed("004"), Path.Combine(dir, "a.txt"));
        File.WriteAllText(Path.Combine(dir, "readme.md"), "notes");
        var report = new ClaimCompare.Pipeline.ClaimEngine().CompareFiles([dir]);
        report.Warnings.Should().ContainSingle().Which.Path.Should().Be(Path.Combine(dir, "readme.md"));
        report.Counts!.FilesRead.Should().Be(1, "a skipped file is not a file read");
        ReportJson.Read(ReportJson.Write(report)).Warnings.Should().Equal(report.Warnings);
        Directory.Delete(dir, true);
    }
}
