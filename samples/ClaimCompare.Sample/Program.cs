using System.CommandLine;
using ClaimCompare.Sample;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C asks for a clean stop (nothing half-done is written); a second one ends the
    // process at once for a user who does not want to wait for the current batch.
    if (!cancel.IsCancellationRequested)
    {
        e.Cancel = true;
        Console.Error.WriteLine();
        Console.Error.WriteLine("Stopping... (Ctrl+C again to quit at once)");
        cancel.Cancel();
    }
};

return Cli.Run(args, Console.Out, Console.Error, cancel.Token);
