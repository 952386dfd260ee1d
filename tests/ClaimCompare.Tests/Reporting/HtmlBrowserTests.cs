using System.Diagnostics;
using ClaimCompare.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ClaimCompare.Tests.Reporting;

/// <summary>
/// Loads the HTML report in headless Chromium (Debian's <c>chromium</c>, installed by .ci/run when missing) and
/// checks the rendered DOM holds the group tables; keeps a screenshot as a test artefact. Without Chromium the
/// test is inconclusive, never passed.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HtmlBrowserTests
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    [Test]
    public void Chromium_renders_every_group_table()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            Assert.Inconclusive("Chromium is not installed (looked for chromium and chromium-browser on PATH); .ci/run installs Debian's chromium package when it can.");
            return;
        }

        var report = HtmlReportFixture.Report;
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "html-report");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "seed-report.html");
        File.WriteAllText(page, HtmlReport.Write(report));
        var url = new Uri(page).AbsoluteUri;

        var (code, dom) = RunChromium(chromium, ["--dump-dom", url]);
        code.Should().Be(0);
        dom.Should().Contain("<h1>ClaimCompare report</h1>");
        Count(dom, "class=\"group-table\"").Should().Be(report.Groups.Length, "the browser parsed one table per group");
        foreach (var g in report.Groups)
        {
            dom.Should().Contain($"id=\"{g.Id}\"");
        }

        var screenshot = Path.Combine(folder, "seed-report.png");
        File.Delete(screenshot);
        RunChromium(chromium, ["--window-size=1280,2400", $"--screenshot={screenshot}", url]).Code.Should().Be(0);
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000, "a rendered page, not a blank one");
        TestContext.AddTestAttachment(screenshot, "HTML report as rendered by headless Chromium");
    }

    private static (int Code, string Output) RunChromium(string chromium, IEnumerable<string> args)
    {
        var profile = Path.Combine(Path.GetTempPath(), "claimcompare-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in Flags.Append($"--user-data-dir={profile}").Concat(args))
            {
                start.ArgumentList.Add(flag);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish within 90 seconds.");
            }

            process.WaitForExit();
            return (process.ExitCode, output.GetAwaiter().GetResult());
        }
        finally
        {
            try
            {
                Directory.Delete(profile, true);
            }
            catch (IOException)
            {
                // A profile file still held by an exiting child process; the temp folder is cleaned by the OS.
            }
        }
    }

    private static string? FindChromium()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in (string[])["chromium", "chromium-browser"])
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
