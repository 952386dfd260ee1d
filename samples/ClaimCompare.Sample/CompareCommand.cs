using System.Globalization;
using System.Text;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using ClaimCompare.Reading;
using ClaimCompare.Reporting;

namespace ClaimCompare.Sample;

/// <summary>The sample console: <c>compare &lt;paths...&gt; [--format table|json|markdown|html] [--out FILE] [--keep-going] [--recursive] [--all]</c>.</summary>
public static class CompareCommand
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a usage error.</summary>
    public const int Usage = 1;

    /// <summary>Exit code when some inputs could not be read (and --keep-going was not given).</summary>
    public const int InputErrors = 2;

    /// <summary>Exit code when the run was cancelled.</summary>
    public const int Cancelled = 130;

    private const string Help = """
        Usage: compare <paths...> [options]

        Reads articles (.txt pages, .json, .jsonl, folders), finds every numeric claim, and
        reports where figures and attributions disagree.

        Options:
          --format table|json|markdown|html   output format (default: table)
          --out FILE                          write the report to FILE instead of stdout
          --keep-going                        exit 0 even when some inputs could not be read
          --recursive                         read folders recursively
          --threads N                         articles analysed at once (default: cores)
          --quiet                             no progress on stderr
          --all                               table: every discrepancy (default: the 6 most severe per group)
        """;

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Help);
            return args.Length == 0 ? Usage : Ok;
        }

        if (args[0] != "compare")
        {
            stderr.WriteLine($"Unknown command '{args[0]}'. Try: compare <paths...>");
            return Usage;
        }

        if (!TryParse(args.AsSpan(1), out var parsed, out var problem))
        {
            stderr.WriteLine(problem);
            stderr.WriteLine("Try: compare --help");
            return Usage;
        }

        var options = new ClaimCompareOptions
        {
            Reading = new ReaderOptions { Recursive = parsed.Recursive },
            MaxDegreeOfParallelism = parsed.Threads ?? Environment.ProcessorCount,

            // Only the HTML report shows article text; the others need the claims alone, so large inputs
            // stream through without every text staying in memory.
            KeepArticleText = parsed.Format == "html",
        };

        ComparisonReport report;
        try
        {
            var engine = new ClaimEngine(options);
            using (var bar = parsed.Quiet ? null : new ProgressBar(stderr))
            {
                report = engine.CompareFiles(parsed.Paths, bar, cancellationToken);
            }

            // A cancel that lands after the run still writes nothing: the report is all or nothing.
            cancellationToken.ThrowIfCancellationRequested();
            WriteReport(report, parsed, stdout, stderr);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("Cancelled: no report written.");
            return Cancelled;
        }

        foreach (var error in report.Errors)
        {
            stderr.WriteLine($"error: {error.Path}: {error.Reason}");
        }

        return report.Errors.Length > 0 && !parsed.KeepGoing ? InputErrors : Ok;
    }

    private static void WriteReport(ComparisonReport report, Parsed parsed, TextWriter stdout, TextWriter stderr)
    {
        if (parsed.Out is not { } outPath)
        {
            Render(report, parsed, stdout);
            return;
        }

        // Write to a temporary file first so an interrupted run never leaves half a report.
        var temp = outPath + ".tmp";
        try
        {
            using (var file = new StreamWriter(temp, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                Render(report, parsed, file);
            }

            File.Move(temp, outPath, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        stderr.WriteLine($"Report written to {outPath}");
    }

    private static void Render(ComparisonReport report, Parsed parsed, TextWriter output)
    {
        var format = parsed.Format;
        if (format == "json")
        {
            // Streamed: a report on 100,000 articles is never built as one string.
            ReportJson.Write(report, output);
            return;
        }

        output.Write(format switch
        {
            "markdown" => MarkdownReport.Write(report),
            "html" => HtmlReport.Write(report),
            _ => parsed.All ? TableReport.Write(report, discrepanciesPerGroup: 0) : TableReport.Write(report),
        });
    }

    private sealed record Parsed(List<string> Paths, string Format, string? Out, bool KeepGoing, bool Recursive, int? Threads, bool Quiet)
    {
        public bool All { get; init; }
    }

    private static bool TryParse(ReadOnlySpan<string> args, out Parsed parsed, out string problem)
    {
        parsed = new Parsed([], "table", null, false, false, null, false);
        problem = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--format" or "-f":
                    if (i + 1 >= args.Length || args[i + 1] is not ("table" or "json" or "markdown" or "md" or "html"))
                    {
                        problem = "--format takes one of: table, json, markdown, html";
                        return false;
                    }

                    parsed = parsed with { Format = args[++i] == "md" ? "markdown" : args[i] };
                    break;
                case "--out" or "-o":
                    if (i + 1 >= args.Length)
                    {
                        problem = "--out takes a file name";
                        return false;
                    }

                    parsed = parsed with { Out = args[++i] };
                    break;
                case "--threads":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var threads) || threads < 1)
                    {
                        problem = "--threads takes a whole number of at least 1";
                        return false;
                    }

                    i++;
                    parsed = parsed with { Threads = threads };
                    break;
                case "--keep-going":
                    parsed = parsed with { KeepGoing = true };
                    break;
                case "--recursive" or "-r":
                    parsed = parsed with { Recursive = true };
                    break;
                case "--quiet" or "-q":
                    parsed = parsed with { Quiet = true };
                    break;
                case "--all":
                    parsed = parsed with { All = true };
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        problem = $"Unknown option '{arg}'.";
                        return false;
                    }

                    parsed.Paths.Add(arg);
                    break;
            }
        }

        if (parsed.Paths.Count == 0)
        {
            problem = "compare needs at least one file or folder.";
            return false;
        }

        return true;
    }
}
