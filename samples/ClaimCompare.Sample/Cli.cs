using System.CommandLine;

namespace ClaimCompare.Sample;

/// <summary>
/// The <c>claimcompare</c> command line: a root command holding one subcommand per task. A new task is one
/// line in <see cref="CreateRoot"/> (<c>root.Subcommands.Add(StoreCommand.Create());</c>).
/// </summary>
/// <remarks>
/// Exit codes, the same for every subcommand: <see cref="ExitCodes.Ok"/> 0, <see cref="ExitCodes.Usage"/> 1
/// (the command line is wrong; the message and a pointer to help go to stderr),
/// <see cref="ExitCodes.InputErrors"/> 2 (an input or output file or folder could not be read or written),
/// <see cref="ExitCodes.Cancelled"/> 130 (Ctrl+C).
/// </remarks>
public static class Cli
{
    /// <summary>Builds the root command with every subcommand; help, <c>--version</c> and typo suggestions come with it.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("ClaimCompare cross-checks numeric claims across news articles.");
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(StoreCommand.Create());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where reports and help go.</param>
    /// <param name="stderr">Where errors, warnings and progress go.</param>
    /// <param name="cancellationToken">Cancels the run (Ctrl+C); the exit code is then 130.</param>
    /// <remarks>Progress is drawn only when <paramref name="stderr"/> is the process's own stderr and that is a terminal.</remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var root = CreateRoot();
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,

            // Program.cs handles Ctrl+C itself (first press: clean stop, second: quit at once).
            ProcessTerminationTimeout = null,
        };

        // Help and --version answer even on a line with mistakes; any other mistake is a usage error told
        // on stderr (stdout stays empty for a pipe), with a suggestion for a mistyped name.
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("error: " + error.Message);
            }

            foreach (var token in parsed.UnmatchedTokens)
            {
                if (Suggest(token, parsed.CommandResult.Command) is { } suggestion)
                {
                    stderr.WriteLine($"Did you mean '{suggestion}' instead of '{token}'?");
                }
            }

            var name = parsed.CommandResult.Command is RootCommand ? "claimcompare" : "claimcompare " + parsed.CommandResult.Command.Name;
            stderr.WriteLine($"Try '{name} --help'.");
            return ExitCodes.Usage;
        }

        return parsed.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>
    /// The subcommand or option name of <paramref name="command"/> closest to a mistyped token, or null when
    /// none is close (at most a third of the token's letters changed).
    /// </summary>
    internal static string? Suggest(string token, Command command)
    {
        var names = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Where(n => n.StartsWith('-') == token.StartsWith('-'));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            if (token.Length <= 3)
            {
                break;
            }

            var distance = Distance(token, name);
            if (distance < bestDistance && distance <= Math.Max(1, token.Length / 3))
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Edit distance (insert, delete, replace) between two short strings.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(replace, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

/// <summary>The process exit codes of every <c>claimcompare</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Success (input errors too when <c>--keep-going</c> was given).</summary>
    public const int Ok = 0;

    /// <summary>The command line is wrong: unknown option or command, missing or bad value.</summary>
    public const int Usage = 1;

    /// <summary>An input or output file or folder could not be read or written.</summary>
    public const int InputErrors = 2;

    /// <summary>The run was cancelled (Ctrl+C); nothing was written.</summary>
    public const int Cancelled = 130;
}
