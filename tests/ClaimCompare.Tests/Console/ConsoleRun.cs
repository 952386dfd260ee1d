using ClaimCompare.Sample;

namespace ClaimCompare.Tests.Console;

/// <summary>Runs the console in process with its output captured: the exit code, stdout and stderr.</summary>
internal static class ConsoleRun
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
