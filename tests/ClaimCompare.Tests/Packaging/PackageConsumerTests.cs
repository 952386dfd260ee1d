using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Packaging;

/// <summary>
/// The path a consumer takes before the package is published, tested as the package README writes it: pack the
/// library (from a copy of the working tree made into a git repository with a remote, so SourceLink has something to
/// link), add the folder as a package source, reference the package from a new console project and run the README's
/// quick start on the seeds; then a new NUnit project references <c>ClaimCompare.FluentAssertions</c> and runs that
/// README's example on two articles. Slow (a few builds and restores), so it has its own category.
/// </summary>
[TestFixture]
[Category(TestCategories.Packaging)]
[NonParallelizable]
public sealed class PackageConsumerTests
{
    private const string Version = "0.1.0";
    private const string RemoteUrl = "https://github.com/claimcompare-example/claimcompare";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);
    private static readonly Regex CodeBlock = new("```(?:csharp|cs)\\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.NonBacktracking);

    private string _root = string.Empty;
    private string _feed = string.Empty;
    private string _packages = string.Empty;

    [OneTimeSetUp]
    public void PackTheLibrary()
    {
        _root = TestPaths.TempFolder();
        _feed = Path.Combine(_root, "feed");
        _packages = Path.Combine(_root, "packages");
        var source = Path.Combine(_root, "repo");
        CopyWorkingTree(source);
        Run(source, false, "git", "init", "-q");
        Run(source, false, "git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", "add", "-A");
        Run(source, false, "git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "packaging test");
        Run(source, false, "git", "remote", "add", "origin", RemoteUrl + ".git");
        foreach (var project in new[] { "src/ClaimCompare", "src/ClaimCompare.FluentAssertions" })
        {
            Run(source, false, "dotnet", "pack", project, "-c", "Release", "-o", _feed);
        }
    }

    [Test]
    public void The_package_carries_the_consumer_readme_release_notes_format_reference_and_repository()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed, $"ClaimCompare.{Version}.nupkg"));
        var names = package.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain(["README.md", "CHANGELOG.md", "docs/report-format.md", "lib/net10.0/ClaimCompare.dll", "lib/net10.0/ClaimCompare.xml"]);

        var readme = Read(package, "README.md");
        readme.Should().Contain("dotnet add package ClaimCompare").And.NotContain("dotnet test", "the package readme is for consumers, not developers");
        var nuspec = Read(package, "ClaimCompare.nuspec");
        nuspec.Should().Contain($"<repository type=\"git\" url=\"{RemoteUrl}").And.Contain("commit=\"").And.Contain("<releaseNotes>");

        // SourceLink: the symbols package's PDB maps the sources to the repository's raw files.
        using var symbols = ZipFile.OpenRead(Path.Combine(_feed, $"ClaimCompare.{Version}.snupkg"));
        var pdb = symbols.Entries.Single(e => e.FullName.EndsWith("ClaimCompare.pdb", StringComparison.Ordinal));
        using var stream = pdb.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Encoding.UTF8.GetString(copy.ToArray()).Should().Contain("raw.githubusercontent.com/claimcompare-example/claimcompare/");
    }

    [Test]
    public void A_new_console_project_runs_the_readme_quick_start_from_the_packed_package()
    {
        var app = Path.Combine(_root, "consumer");
        Run(_root, true, "dotnet", "new", "console", "-o", app, "--no-restore");
        AddLocalSource(app);
        Run(app, true, "dotnet", "add", "package", "ClaimCompare", "--version", Version);

        var quickStart = CodeBlock.Match(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "ClaimCompare", "README.md"))).Groups["code"].Value;
        quickStart.Should().Contain("ClaimComparer.CompareFiles([\"seeds\"])");
        File.WriteAllText(Path.Combine(app, "Program.cs"), quickStart);
        CopyFolder(TestPaths.Seeds, Path.Combine(app, "seeds"));

        var output = Run(app, true, "dotnet", "run");
        output.Should().Contain($"ClaimCompare: {TestCorpus.SeedCount} articles");
        File.ReadAllText(Path.Combine(app, "report.json")).Should().Contain("\"formatVersion\": 1");
    }

    [Test]
    public void A_new_nunit_project_uses_the_assertion_package_on_two_articles()
    {
        var tests = Path.Combine(_root, "consumer-tests");
        Directory.CreateDirectory(Path.Combine(tests, "articles"));
        File.WriteAllText(Path.Combine(tests, "ConsumerTests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.11.0" />
                <PackageReference Include="NUnit" Version="4.6.1" />
                <PackageReference Include="NUnit3TestAdapter" Version="4.6.0" />
                <PackageReference Include="FluentAssertions" Version="6.12.0" />
              </ItemGroup>
              <ItemGroup>
                <None Include="articles/**" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        AddLocalSource(tests);
        Run(tests, true, "dotnet", "add", "package", "ClaimCompare.FluentAssertions", "--version", Version, "--no-restore");

        // Two articles of our own on one event: the police and the hospital disagree.
        File.WriteAllText(Path.Combine(tests, "articles", "daily.json"), """
            {"id": "daily-1", "outlet": "The Riverside Daily", "published": "2025-05-04",
             "text": "At least 40 people were injured in a crush at the city stadium on Saturday, police said."}
            """);
        File.WriteAllText(Path.Combine(tests, "articles", "courier.json"), """
            {"id": "courier-1", "outlet": "Valley Courier", "published": "2025-05-04",
             "text": "Twelve people were injured in a crush at the city stadium on Saturday, the city hospital said."}
            """);

        // The example of the assertion package's README, as written, in one test.
        var example = CodeBlock.Match(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "ClaimCompare.FluentAssertions", "README.md"))).Groups["code"].Value;
        var usings = string.Join('\n', example.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        var body = string.Join("\n        ", example.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal) && l.Length > 0));
        body.Should().Contain("ClaimComparer.CompareFiles([\"articles\"])");
        File.WriteAllText(Path.Combine(tests, "ReadmeExampleTests.cs"), $$"""
            {{usings}}
            using FluentAssertions;
            using NUnit.Framework;

            public class ReadmeExampleTests
            {
                [Test]
                public void Readme_example_holds_on_two_articles()
                {
                    Directory.SetCurrentDirectory(AppContext.BaseDirectory);
                    {{body}}
                }
            }
            """);

        var output = Run(tests, true, "dotnet", "test");
        output.Should().MatchRegex("Passed!\\s+- Failed:\\s+0, Passed:\\s+1,");
    }

    [OneTimeTearDown]
    public void RemoveTheFolder()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds a file: the temp folder is cleaned by the system later.
        }
    }

    // The README's steps (a nuget.config with the folder as a source), plus what keeps the test from touching the user's
    // package cache: packages restore into the test's own folder, with the user's cache as a read-only fallback so no
    // download is needed for the dependencies.
    private void AddLocalSource(string project)
    {
        Run(project, true, "dotnet", "new", "nugetconfig");
        Run(project, true, "dotnet", "nuget", "add", "source", _feed, "--name", "claimcompare-local");
        var config = Path.Combine(project, "nuget.config");
        var fallback = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(config, File.ReadAllText(config).Replace(
            "</configuration>",
            $"  <fallbackPackageFolders>\n    <add key=\"user cache\" value=\"{fallback}\" />\n  </fallbackPackageFolders>\n</configuration>",
            StringComparison.Ordinal));
    }

    private static void CopyWorkingTree(string target)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "CHANGELOG.md", "README.md", Path.Combine("docs", "report-format.md") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, file))!);
            File.Copy(Path.Combine(TestPaths.RepoRoot, file), Path.Combine(target, file));
        }

        foreach (var project in new[] { "ClaimCompare", "ClaimCompare.FluentAssertions" })
        {
            CopyFolder(Path.Combine(TestPaths.RepoRoot, "src", project), Path.Combine(target, "src", project));
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static string Read(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private string Run(string folder, bool consumer, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs under MSBuild-related variables that would steer a child build; a consumer has none.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        if (consumer)
        {
            start.Environment["NUGET_PACKAGES"] = _packages;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {Patience.TotalMinutes} minutes in {folder}.");
        }

        var text = output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
        process.ExitCode.Should().Be(0, "{0} {1} in {2} must succeed; it printed:\n{3}", program, string.Join(' ', args), folder, text);
        return text;
    }
}
