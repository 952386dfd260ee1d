using ClaimCompare.Reporting;
using ClaimCompare.Sample;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace ClaimCompare.Tests.Console;

[TestFixture]
public sealed class CompareCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => ConsoleRun.Run(args);

    [Test]
    public void Json_report_on_the_seeds_names_all_five_articles()
    {
        var (code, output, _) = Run("compare", TestPaths.Seeds, "--format", "json", "--quiet");
        code.Should().Be(CompareCommand.Ok);
        var json = JObject.Parse(output);
        json["formatVersion"]!.Value<int>().Should().Be(1);
        var articles = (JArray)json["articles"]!;
        articles.Should().HaveCount(5);
        articles.Select(a => (string?)a["title"]).Should().OnlyContain(t => !string.IsNullOrEmpty(t));
        articles[2]!["outlet"]!.Value<string>().Should().Be("Islamic Invitation Turkey");
        articles[4]!["published"]!.Value<string>().Should().Be("2016-11-20");
        ReportJson.Read(output).Articles.Should().HaveCount(5);
    }

    [Test]
    public void Broken_file_is_listed_seeds_still_reported_and_exit_code_is_2()
    {
        var dir = TestPaths.TempFolder();
        var broken = Path.Combine(dir, "broken.json");
        File.WriteAllText(broken, "{\"text\": \"cut off");
        var (code, output, err) = Run("compare", TestPaths.Seeds, broken, "--format", "json", "--quiet");
        code.Should().Be(CompareCommand.InputErrors);
        var json = JObject.Parse(output);
        ((JArray)json["articles"]!).Should().HaveCount(5);
        var error = ((JArray)json["errors"]!).Should().ContainSingle().Subject;
        error["path"]!.Value<string>().Should().Be(broken);
        error["reason"]!.Value<string>().Should().StartWith("not valid JSON");
        err.Should().Contain("broken.json");

        Run("compare", TestPaths.Seeds, broken, "--keep-going", "--quiet").Code.Should().Be(CompareCommand.Ok);
        Directory.Delete(dir, true);
    }

    [Test]
    public void Table_fits_80_columns()
    {
        var (code, output, _) = Run("compare", TestPaths.Seeds, "--quiet");
        code.Should().Be(CompareCommand.Ok);
        output.Split('\n').Should().OnlyContain(line => line.Length <= 80);
        output.Should().Contain("Islamic Invitation Turkey");
    }

    [Test]
    public void Out_file_is_written_whole()
    {
        var dir = TestPaths.TempFolder();
        var path = Path.Combine(dir, "report.md");
        Run("compare", TestPaths.Seeds, "--format", "markdown", "--out", path, "--quiet").Code.Should().Be(CompareCommand.Ok);
        File.ReadAllText(path).Should().StartWith("# ClaimCompare report");
        File.Exists(path + ".tmp").Should().BeFalse();
        Directory.Delete(dir, true);
    }

    [TestCase(new string[0], CompareCommand.Usage)]
    [TestCase(new[] { "compare" }, CompareCommand.Usage)]
    [TestCase(new[] { "compare", "x", "--format", "xml" }, CompareCommand.Usage)]
    [TestCase(new[] { "frobnicate" }, CompareCommand.Usage)]
    [TestCase(new[] { "--help" }, CompareCommand.Ok)]
    public void Usage_errors(string[] args, int expected) => Run(args).Code.Should().Be(expected);
}
