using System.CommandLine;
using System.Text;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using ClaimCompare.Reading;
using ClaimCompare.Reporting;

namespace ClaimCompare.Sample;

/// <summary>
/// <c>claimcompare compare &lt;paths...&gt;</c>: reads articles, compares their claims and writes the report.
/// Exit codes are those of <see cref="ExitCodes"/>.
/// </summary>
public static class CompareCommand
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = ExitCodes.Ok;

    /// <summary>Exit code for a usage error.</summary>
    public const int Usage = ExitCodes.Usage;

    /// <summary>Exit code when an input could not be read (and --keep-going was not given) or the report could not be written.</summary>
    public const int InputErrors = ExitCodes.InputErrors;

    /// <summary>Exit code when the run was cancelled.</summary>
    public const int Cancelled = ExitCodes.Cancelled;

    /// <summary>Runs the whole command line (<see cref="Cli.Run"/>); kept for callers of the first console.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        Cli.Run(args, stdout, stderr, cancellationToken);

    /// <summary>Builds the <c>compare</c> command, to be added to a root command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .htm, .json, .jsonl) and folders to read.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "table",
            HelpName = "table|json|markdown|html",
        };
        format.AcceptOnlyFromAmong("table", "json", "markdown", "md", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file instead of stdout (written whole or not at all).", HelpName = "file" };
        var keepGoing = new Option<bool>("--keep-going", "-k") { Description = "Exit 0 even when some inputs could not be read (they are still listed)." };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Read folders and their subfolders." };
        var include = new Option<string[]>("--include", "-i")
        {
            Description = "Read only the files inside folders that match this glob (*, ?, **; repeatable), e.g. \"*.html\" or \"2016/**/*.txt\". Others are skipped without a warning.",
            HelpName = "glob",
            AllowMultipleArgumentsPerToken = false,
        };
        var threads = new Option<int>("--threads", "-j")
        {
            Description = "Articles analysed at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "n",

            // One message for a word, a zero and a negative number alike.
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    return n;
                }

                result.AddError($"--threads takes a whole number of at least 1, not '{token}'.");
                return 0;
            },
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar on stderr (it is only drawn on a terminal anyway)." };
        var all = new Option<bool>("--all", "-a") { Description = "Table: every discrepancy (default: the 6 most severe per group)." };

        var command = new Command("compare", "Reads articles, finds every numeric claim, and reports where figures and attributions disagree.")
        {
            paths, format, output, keepGoing, recursive, include, threads, quiet, all,
        };

        // A word starting with a dash that is no option and no existing file is a mistyped option, not a path
        // (a file really named so can be given as ./-name).
        paths.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    var suggestion = Cli.Suggest(value, command);
                    result.AddError(suggestion is null ? $"Unknown option '{value}'." : $"Unknown option '{value}'. Did you mean '{suggestion}'?");
                }
            }
        });
        command.SetAction((result, cancellationToken) =>
        {
            var settings = new Settings(
                result.GetValue(paths) ?? [],
                result.GetValue(format) is "md" ? "markdown" : result.GetValue(format) ?? "table",
                result.GetValue(output),
                result.GetValue(keepGoing),
                result.GetValue(recursive),
                result.GetValue(include) ?? [],
                result.GetValue(threads),
                result.GetValue(quiet),
                result.GetValue(all));
            var configuration = result.InvocationConfiguration;
            return Task.FromResult(Execute(settings, configuration.Output, configuration.Error, cancellationToken));
        });
        return command;
    }

    private sealed record Settings(string[] Paths, string Format, string? Out, bool KeepGoing, bool Recursive, string[] Include, int Threads, bool Quiet, bool All);

    private static int Execute(Settings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // Checked before the run, so a long run never ends in an output it cannot write.
        if (settings.Out is { } outPath && OutProblem(outPath) is { } problem)
        {
            stderr.WriteLine("error: " + problem);
            return InputErrors;
        }

        var options = new ClaimCompareOptions
        {
            Reading = new ReaderOptions { Recursive = settings.Recursive, Include = [.. settings.Include] },
            MaxDegreeOfParallelism = settings.Threads,

            // Only the HTML report shows article text; the others need the claims alone, so large inputs
            // stream through without every text staying in memory.
            KeepArticleText = settings.Format == "html",
        };

        ComparisonReport report;
        try
        {
            var engine = new ClaimEngine(options);

            // The bar is drawn only on the process's own stderr when that is a terminal: never into a
            // file, a pipe or a test's writer.
            var terminal = !settings.Quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            using (var bar = new ProgressBar(stderr, terminal))
            {
                report = engine.CompareFiles(settings.Paths, bar, cancellationToken);
            }

            // A cancel that lands after the run still writes nothing: the report is all or nothing.
            cancellationToken.ThrowIfCancellationRequested();
            if (!WriteReport(report, settings, stdout, stderr))
            {
                return InputErrors;
            }
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("Cancelled: no report written.");
            return Cancelled;
        }
        catch (IOException ex)
        {
            // Stdout closed under us (a pipe whose reader left) or a disk that filled up: one line, no trace.
            stderr.WriteLine("error: cannot write the report: " + ex.Message);
            return InputErrors;
        }

        foreach (var warning in report.Warnings)
        {
            stderr.WriteLine($"warning: {warning.Path}: {warning.Reason}");
        }

        foreach (var error in report.Errors)
        {
            stderr.WriteLine($"error: {error.Path}: {error.Reason}");
        }

        return report.Errors.Length > 0 && !settings.KeepGoing ? InputErrors : Ok;
    }

    /// <summary>Why the report cannot be written to <paramref name="outPath"/>, or null when it can be tried.</summary>
    private static string? OutProblem(string outPath)
    {
        if (Directory.Exists(outPath))
        {
            return $"cannot write the report to '{outPath}': it is a folder";
        }

        string? folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"cannot write the report to '{outPath}': {ex.Message}";
        }

        if (folder is not null && File.Exists(folder))
        {
            return $"cannot write the report to '{outPath}': '{folder}' is a file, not a folder";
        }

        return folder is not null && !Directory.Exists(folder)
            ? $"cannot write the report to '{outPath}': the folder '{folder}' does not exist"
            : null;
    }

    private static bool WriteReport(ComparisonReport report, Settings settings, TextWriter stdout, TextWriter stderr)
    {
        if (settings.Out is not { } outPath)
        {
            Render(report, settings, stdout);
            return true;
        }

        // Write to a temporary file first so an interrupted run never leaves half a report.
        var temp = outPath + ".tmp";
        try
        {
            using (var file = new StreamWriter(temp, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                Render(report, settings, file);
            }

            File.Move(temp, outPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write the report to '{outPath}': {ex.Message}");
            return false;
        }
        finally
        {
            TryDelete(temp);
        }

        stderr.WriteLine($"Report written to {outPath}");
        return true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The temporary file could not be created in the first place; there is nothing to remove.
        }
    }

    private static void Render(ComparisonReport report, Settings settings, TextWriter output)
    {
        if (settings.Format == "json")
        {
            // Streamed: a report on 100,000 articles is never built as one string.
            ReportJson.Write(report, output);
            return;
        }

        output.Write(settings.Format switch
        {
            "markdown" => MarkdownReport.Write(report),
            "html" => HtmlReport.Write(report),
            _ => settings.All ? TableReport.Write(report, discrepanciesPerGroup: 0) : TableReport.Write(report),
        });
    }
}
