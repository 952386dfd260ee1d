using System.Diagnostics;
using System.Text.RegularExpressions;
using FluentAssertions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace ClaimCompare.Tests.Console;

/// <summary>
/// The console in a real terminal: tmux runs it in a pseudo-terminal, and the test reads the screen as a
/// person would (capture-pane). A run long enough to draw the bar once crashed every time; these tests run
/// a few thousand articles, see the bar move, see it finish, and stop one run with Ctrl+C. Without tmux
/// they report themselves ignored with the reason; on CI (<c>CI=true</c>), where .ci/run installs tmux,
/// a missing tmux fails them.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class TerminalTests
{
    private const int Articles = 4000;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private string _folder = string.Empty;
    private string _corpus = string.Empty;
    private string _socket = string.Empty;

    [GeneratedRegex(@"\[[#.]{25}\]\s+\d{1,3}% \w+\s+[\d,]+ articles")]
    private static partial Regex BarLine();

    [OneTimeSetUp]
    public void WriteCorpus()
    {
        if (Which("tmux") is null)
        {
            const string reason = "tmux is not installed (apt-get install tmux): the terminal tests need a pseudo-terminal to read.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + " .ci/run installs it on CI.");
            }

            Assert.Ignore(reason);
        }

        _folder = TestPaths.TempFolder();
        _socket = "claimcompare-test-" + Path.GetFileName(_folder);

        // tmux ends its server when the last session closes, and a new session started in that moment fails;
        // an idle session keeps this fixture's own server up until the teardown ends it.
        Tmux("new-session", "-d", "-s", "keep", "sleep 3600").Should().Be(0);

        // The seeds under new ids: enough articles for a run of a few seconds on a quiet machine.
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _corpus = Path.Combine(_folder, "corpus.jsonl");
        using var writer = new StreamWriter(_corpus);
        for (var i = 0; i < Articles; i++)
        {
            writer.WriteLine(JsonConvert.SerializeObject(new { id = $"a{i}", text = seeds[i % seeds.Length] }));
        }
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (_socket.Length > 0)
        {
            Tmux("kill-server");
        }

        if (_folder.Length > 0 && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }

    [Test]
    public void A_long_run_in_a_terminal_shows_the_bar_moving_and_finishes()
    {
        var report = Path.Combine(_folder, "report.json");
        var (screens, exit) = RunInTerminal("long", $"compare {_corpus} --format json --out {report}");

        exit.Should().Be(0, "the screen at the end was:\n" + screens[^1]);
        screens.Should().NotContain(s => s.Contains("Unhandled exception", StringComparison.Ordinal));
        var bars = screens.Select(s => BarLine().Match(s)).Where(m => m.Success).Select(m => m.Value).Distinct().ToList();
        bars.Should().HaveCountGreaterThan(1, "the bar is redrawn as the run goes on");
        screens[^1].Should().Contain("100% done").And.Contain("Report written to " + report);
        ((JArray)JObject.Parse(File.ReadAllText(report))["articles"]!).Should().HaveCount(Articles);
    }

    [Test]
    public void Quiet_draws_nothing_in_a_terminal()
    {
        var report = Path.Combine(_folder, "quiet.json");
        var (screens, exit) = RunInTerminal("quiet", $"compare {_corpus} --format json --out {report} --quiet");
        exit.Should().Be(0);
        screens.Should().NotContain(s => BarLine().IsMatch(s));
    }

    [Test]
    public void Ctrl_c_stops_cleanly_with_exit_130_and_writes_nothing()
    {
        var report = Path.Combine(_folder, "cancelled.json");
        var (screens, exit) = RunInTerminal("cancel", $"compare {_corpus} --format json --out {report}", cancelWhenBarShows: true);
        exit.Should().Be(130, "the screen at the end was:\n" + screens[^1]);
        screens[^1].Should().Contain("Cancelled: no report written.");
        File.Exists(report).Should().BeFalse();
        File.Exists(report + ".tmp").Should().BeFalse();
    }

    [Test]
    public void A_run_whose_stderr_is_not_a_terminal_draws_nothing()
    {
        using var process = Testing.TestFiles.StartConsole("compare", _corpus, "--format", "json", "--out", Path.Combine(_folder, "piped.json"));
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
        stderr.Should().NotContain("\r").And.NotContain("%").And.Contain("Report written to");
        stdout.Result.Should().BeEmpty();
    }

    /// <summary>Runs the console in a detached tmux session and reads its screen until the command ends.</summary>
    private (List<string> Screens, int Exit) RunInTerminal(string name, string arguments, bool cancelWhenBarShows = false)
    {
        var exitFile = Path.Combine(_folder, name + ".exit");
        var command = $"dotnet {SampleDll()} {arguments}; echo $? > {exitFile}; sleep 600";
        Tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "30", command).Should().Be(0);
        var screens = new List<string>();
        var clock = Stopwatch.StartNew();
        var cancelled = false;
        while (clock.Elapsed < Limit)
        {
            Thread.Sleep(100);
            var screen = Capture(name);
            screens.Add(screen);
            if (cancelWhenBarShows && !cancelled && BarLine().IsMatch(screen))
            {
                Tmux("send-keys", "-t", name, "C-c");
                cancelled = true;
            }

            if (File.Exists(exitFile) && File.ReadAllText(exitFile).Trim().Length > 0)
            {
                screens.Add(Capture(name));
                Tmux("kill-session", "-t", name);
                return (screens, int.Parse(File.ReadAllText(exitFile).Trim(), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Tmux("kill-session", "-t", name);
        Assert.Fail($"the run did not end within {Limit}; last screen:\n{screens.LastOrDefault()}");
        return (screens, -1);
    }

    private string Capture(string name)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "-L", _socket, "capture-pane", "-p", "-t", name })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var screen = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return screen;
    }

    private int Tmux(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardError = true, RedirectStandardOutput = true };

        // CI runs with no terminal type set; tmux needs one to start its server.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TERM")))
        {
            start.Environment["TERM"] = "xterm";
        }

        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static string SampleDll() => Testing.TestFiles.SampleDll;

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
}
