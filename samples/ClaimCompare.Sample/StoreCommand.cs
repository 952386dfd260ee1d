using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCompare.Store;

namespace ClaimCompare.Sample;

/// <summary>
/// <c>store add|report|stats</c>: keeps claims in a store (an SQLite file or a PostgreSQL connection string)
/// and reports what changed. Exit codes: 0 done, 2 the store or an input could not be used (the message says
/// which and why), 130 cancelled (the batch in progress is rolled back).
/// </summary>
internal static class StoreCommand
{
    private const int Failed = ExitCodes.InputErrors;
    private const int Cancelled = ExitCodes.Cancelled;

    /// <summary>The <c>store</c> command with its three subcommands.</summary>
    public static Command Create()
    {
        var store = new Command("store", "Keep claims in a store (SQLite file or PostgreSQL connection string) and report what changed.");
        store.Add(AddCommand());
        store.Add(ReportCommand());
        store.Add(StatsCommand());
        return store;
    }

    private static Argument<string> StoreArgument() => new("store") { Description = "An SQLite file path, or a PostgreSQL connection string (Host=...;Username=...;Database=...)." };

    private static Command AddCommand()
    {
        var location = StoreArgument();
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of articles (.txt, .json, .jsonl).", Arity = ArgumentArity.OneOrMore };
        var batch = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 1000 };
        var wait = new Option<int>("--wait") { Description = "Seconds to wait for another writer's lock.", DefaultValueFactory = _ => 60 };
        var quiet = new Option<bool>("--quiet") { Description = "No progress on stderr." };
        var command = new Command("add", "Add articles to the store, comparing them with the stored claims they can meet.") { location, paths, batch, wait, quiet };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var inputs = parse.GetValue(paths) ?? [];
            var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                foreach (var path in missing)
                {
                    error.WriteLine($"error: input '{path}' does not exist.");
                }

                return Failed;
            }

            var options = new ClaimStoreOptions { BatchSize = Math.Max(1, parse.GetValue(batch)), LockTimeout = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(wait))) };
            return await Run(error, cancellationToken, async () =>
            {
                await using var opened = await ClaimStore.OpenAsync(parse.GetValue(location)!, options, cancellationToken).ConfigureAwait(false);
                var progress = parse.GetValue(quiet) ? null : new SyncProgress(p => error.WriteLine(
                    string.Create(CultureInfo.InvariantCulture, $"batch {p.Batch}: {p.Stage.ToString().ToLowerInvariant()} ({p.ArticlesDone:N0} articles done)")));
                var result = await opened.AddFilesAsync(inputs, progress, cancellationToken).ConfigureAwait(false);
                foreach (var e in result.Errors)
                {
                    error.WriteLine($"error: {e.Path}: {e.Reason}");
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged, {result.Claims} claims, {result.Runs.Length} runs, {result.Errors.Length} errors"));
                return result.Errors.Length > 0 ? Failed : 0;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command ReportCommand()
    {
        var location = StoreArgument();
        var since = new Option<string>("--since") { Description = "last (the previous run, default), all, a run number, or a time (2026-12-07T10:00Z).", DefaultValueFactory = _ => "last" };
        var format = new Option<string>("--format") { Description = "table, json or markdown.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var command = new Command("report", "What appeared, changed or went away since a point.") { location, since, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (ParseSince(parse.GetValue(since)!) is not { } point)
            {
                error.WriteLine($"error: --since '{parse.GetValue(since)}' is not last, all, a run number or a time.");
                return Failed;
            }

            return await Run(error, cancellationToken, async () =>
            {
                await using var opened = await ClaimStore.OpenAsync(parse.GetValue(location)!, new ClaimStoreOptions { CreateIfMissing = false }, cancellationToken).ConfigureAwait(false);
                var changes = await opened.ChangesAsync(point, cancellationToken).ConfigureAwait(false);
                parse.InvocationConfiguration.Output.Write(parse.GetValue(format) switch
                {
                    "json" => JsonSerializer.Serialize(changes, Json) + Environment.NewLine,
                    "markdown" => Markdown(changes),
                    _ => Table(changes),
                });
                return 0;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command StatsCommand()
    {
        var location = StoreArgument();
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("stats", "Counts of what the store holds.") { location, format };
        command.SetAction(async (parse, cancellationToken) => await Run(parse.InvocationConfiguration.Error, cancellationToken, async () =>
        {
            await using var opened = await ClaimStore.OpenAsync(parse.GetValue(location)!, new ClaimStoreOptions { CreateIfMissing = false }, cancellationToken).ConfigureAwait(false);
            var stats = await opened.StatsAsync(cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(stats, Json));
                return 0;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store       {opened.Location} (schema {stats.SchemaVersion})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"articles    {stats.Articles:N0} ({stats.ArticleVersions:N0} versions)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claims      {stats.Claims:N0} ({stats.HistoricClaims:N0} kept as history)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"groups      {stats.Groups:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"discrepancies {stats.Discrepancies:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sources     {stats.Sources:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runs        {stats.Runs:N0}, last {stats.LastRunAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never"}"));
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static StoreSince? ParseSince(string text) => text.ToLowerInvariant() switch
    {
        "last" or "previous" => StoreSince.LastRun,
        "all" or "beginning" => StoreSince.Beginning,
        _ when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var run) => StoreSince.AfterRunNumber(run),
        _ when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => StoreSince.At(time),
        _ => null,
    };

    // Store errors (missing file, locked file, refused connection, bad credentials, not a store) are the
    // user's to fix: one clear line and exit code 2, no stack trace.
    private static async Task<int> Run(TextWriter error, CancellationToken cancellationToken, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (ClaimStoreException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("cancelled: the batch in progress was rolled back; committed batches stay.");
            return Cancelled;
        }
    }

    private static string Table(StoreChanges changes)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Changes after run {changes.FromRun} up to run {changes.ToRun}: {changes.Discrepancies.Length} discrepancies, {changes.Groups.Length} groups, {changes.Sources.Length} sources"));
        text.AppendLine();
        foreach (var d in changes.Discrepancies)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Status(d.Status),-8} {d.Id}  {d.Kind.ToString().ToLowerInvariant(),-11} {d.Severity:0.00}  run {d.ChangedRun}"));
            text.AppendLine("         " + d.Explanation);
        }

        if (changes.Groups.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("GROUPS");
            foreach (var g in changes.Groups)
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Status(g.Status),-8} {g.Id}  {g.Label}  ({g.ClaimKeys.Length} claims)"));
            }
        }

        if (changes.Sources.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("SOURCES");
            foreach (var s in changes.Sources)
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Status(s.Status),-8} {s.Name} ({s.Kind.ToString().ToLowerInvariant()}; {string.Join(", ", s.Aliases)})"));
            }
        }

        return text.ToString();
    }

    private static string Markdown(StoreChanges changes)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"# Changes after run {changes.FromRun} up to run {changes.ToRun}"));
        text.AppendLine();
        text.AppendLine("| status | id | kind | severity | explanation |");
        text.AppendLine("|---|---|---|---:|---|");
        foreach (var d in changes.Discrepancies)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {Status(d.Status)} | {d.Id} | {d.Kind.ToString().ToLowerInvariant()} | {d.Severity:0.00} | {d.Explanation.Replace("|", "\\|", StringComparison.Ordinal)} |"));
        }

        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{changes.Groups.Length} groups and {changes.Sources.Length} sources appeared or changed."));
        return text.ToString();
    }

    private static string Status(ChangeStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SyncProgress(Action<StoreProgress> report) : IProgress<StoreProgress>
    {
        public void Report(StoreProgress value) => report(value);
    }
}
