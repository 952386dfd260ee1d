using ClaimCompare.Sample;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace ClaimCompare.Tests.Console;

/// <summary>The command line's conventions: help anywhere, version, option forms, usage errors and exit codes.</summary>
[TestFixture]
public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => ConsoleRun.Run(args);

    [TestCase("compare", "-h")]
    [TestCase("compare", "--help")]
    [TestCase("compare", "-?")]
    [TestCase("compare", "SEEDS", "-h")]
    [TestCase("compare", "--help", "SEEDS", "--format", "json")]
    [TestCase("compare", "SEEDS", "--no-such-option", "-?")]
    public void Help_answers_anywhere_on_the_line_and_lists_the_short_aliases(params string[] args)
    {
        var (code, output, err) = Run(args.Select(a => a == "SEEDS" ? TestPaths.Seeds : a).ToArray());
        code.Should().Be(ExitCodes.Ok);
        err.Should().BeEmpty();
        output.Should().Contain("Usage:").And.Contain("-o, --out").And.Contain("-f, --format").And.Contain("-i, --include")
            .And.Contain("-q, --quiet");
    }

    [Test]
    public void Root_help_names_the_compare_command()
    {
        var (code, output, _) = Run("--help");
        code.Should().Be(ExitCodes.Ok);
        output.Should().Contain("compare");
    }

    [Test]
    public void Version_prints_the_version()
    {
        var (code, output, _) = Run("--version");
        code.Should().Be(ExitCodes.Ok);
        output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Test]
    public void Options_take_their_value_after_an_equals_sign_or_a_space_and_by_short_alias()
    {
        var equals = Run("compare", TestPaths.Seeds, "--format=json", "--quiet");
        var alias = Run("compare", "-f", "json", "-q", TestPaths.Seeds);
        equals.Code.Should().Be(ExitCodes.Ok);
        JObject.Parse(equals.Out)["articles"]!.Should().HaveCount(5);
        alias.Out.Should().Be(equals.Out);
    }

    [TestCase(new[] { "compare", "SEEDS", "--formt", "json" }, "--format")]
    [TestCase(new[] { "compare", "SEEDS", "--recursiv" }, "--recursive")]
    [TestCase(new[] { "compre", "SEEDS" }, "compare")]
    public void A_mistyped_name_is_a_usage_error_with_a_suggestion(string[] args, string suggestion)
    {
        var (code, output, err) = Run(args.Select(a => a == "SEEDS" ? TestPaths.Seeds : a).ToArray());
        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty("usage errors go to stderr, never into a report on stdout");
        err.Should().Contain($"'{suggestion}'").And.Contain("--help");
    }

    [TestCase(new string[0], ExitCodes.Usage)]
    [TestCase(new[] { "compare" }, ExitCodes.Usage)]
    [TestCase(new[] { "compare", "x", "--format", "xml" }, ExitCodes.Usage)]
    [TestCase(new[] { "compare", "x", "--threads", "0" }, ExitCodes.Usage)]
    [TestCase(new[] { "compare", "x", "--threads", "many" }, ExitCodes.Usage)]
    [TestCase(new[] { "frobnicate" }, ExitCodes.Usage)]
    [TestCase(new[] { "compare", "x", "--include", "" }, ExitCodes.Usage)]
    public void Usage_errors_exit_1_on_stderr_only(string[] args, int expected)
    {
        var (code, output, err) = Run(args);
        code.Should().Be(expected);
        output.Should().BeEmpty();
        err.Should().StartWith("error: ");
    }

    [Test]
    public void Out_into_a_missing_folder_is_one_line_naming_it_and_exit_2()
    {
        var dir = TestPaths.TempFolder();
        var target = Path.Combine(dir, "no-such-folder", "report.json");
        var (code, output, err) = Run("compare", TestPaths.Seeds, "--out", target, "--quiet");
        code.Should().Be(ExitCodes.InputErrors);
        output.Should().BeEmpty();
        OneLine(err).Should().Contain(target).And.Contain("does not exist");
        Directory.Delete(dir, true);
    }

    [Test]
    public void Out_onto_a_folder_or_below_a_file_is_one_line_and_exit_2()
    {
        var dir = TestPaths.TempFolder();
        var onFolder = Run("compare", TestPaths.Seeds, "--out", dir, "--quiet");
        onFolder.Code.Should().Be(ExitCodes.InputErrors);
        OneLine(onFolder.Err).Should().Contain("it is a folder");

        var file = Path.Combine(dir, "plain.txt");
        File.WriteAllText(file, "x");
        var belowFile = Run("compare", TestPaths.Seeds, "--out", Path.Combine(file, "report.json"), "--quiet");
        belowFile.Code.Should().Be(ExitCodes.InputErrors);
        OneLine(belowFile.Err).Should().Contain("is a file, not a folder");
        Directory.Delete(dir, true);
    }

    [Test]
    public void A_missing_input_is_one_line_naming_it_and_exit_2()
    {
        var missing = Path.Combine(TestPaths.TempFolder(), "gone.jsonl");
        var (code, _, err) = Run("compare", missing, "--quiet");
        code.Should().Be(ExitCodes.InputErrors);
        OneLine(err).Should().Be($"error: {missing}: no such file or folder");
    }

    [Test]
    public void Skipped_files_and_subfolders_are_warnings_on_stderr_and_in_the_json_but_not_errors()
    {
        var dir = TestPaths.TempFolder();
        File.Copy(TestPaths.Seed("000"), Path.Combine(dir, "story.txt"));
        File.WriteAllText(Path.Combine(dir, "notes.md"), "# notes with 12 items");
        File.WriteAllText(Path.Combine(dir, "LICENSE"), "text");
        Directory.CreateDirectory(Path.Combine(dir, "older"));

        var (code, output, err) = Run("compare", dir, "--format", "json", "--quiet");
        code.Should().Be(ExitCodes.Ok, "warnings do not fail a run");
        err.Should().Contain("warning: " + Path.Combine(dir, "notes.md")).And.Contain("'.md'");
        err.Should().Contain("warning: " + Path.Combine(dir, "LICENSE")).And.Contain("no extension");
        err.Should().Contain("older").And.Contain("not recursive");
        var warnings = (JArray)JObject.Parse(output)["warnings"]!;
        warnings.Select(w => (string?)w["path"]).Should().Contain([Path.Combine(dir, "notes.md"), Path.Combine(dir, "LICENSE"), dir]);

        // An include pattern leaves the others out on purpose: no warning about them.
        var included = Run("compare", dir, "--include", "*.txt", "--format", "json", "--quiet");
        included.Err.Should().NotContain("notes.md").And.NotContain("LICENSE");
        JObject.Parse(included.Out)["articles"]!.Should().HaveCount(1);
        Directory.Delete(dir, true);
    }

    [Test]
    public void An_empty_folder_is_a_warning()
    {
        var dir = TestPaths.TempFolder();
        var (code, _, err) = Run("compare", dir, "--quiet");
        code.Should().Be(ExitCodes.Ok);
        err.Should().Contain($"warning: {dir}: the folder holds no file that can be read");
        Directory.Delete(dir, true);
    }

    private static string OneLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle("a file-system error is one clear line, never a stack trace");
        return lines[0].TrimEnd('\r');
    }
}
