using ClaimCompare.Sample;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C asks for a clean stop; nothing half-done is written.
    e.Cancel = true;
    cancel.Cancel();
};

return CompareCommand.Run(args, Console.Out, Console.Error, cancel.Token);
