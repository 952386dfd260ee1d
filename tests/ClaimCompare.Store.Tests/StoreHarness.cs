using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCompare.Model;
using ClaimCompare.Pipeline;
using Npgsql;

namespace ClaimCompare.Store.Tests;

/// <summary>Fresh stores of either kind, real servers only, and the from-scratch comparison to hold them to.</summary>
internal static partial class StoreHarness
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>The PostgreSQL server's connection string (.ci/run exports it), or a skip (a failure under CI=true).</summary>
    public static string PostgresServer()
    {
        var value = Environment.GetEnvironmentVariable("CLAIMCOMPARE_PG");
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        const string why = "CLAIMCOMPARE_PG is not set: no PostgreSQL server to test against (source .ci/postgres.sh and run claimcompare_pg_start, as .ci/run does).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(why);
        }

        Assert.Ignore(why);
        return string.Empty;
    }

    /// <summary>A new, empty store location: a file in a temp folder, or a fresh schema on the test server.</summary>
    public static string NewLocation(string kind, string folder)
    {
        if (kind == Sqlite)
        {
            return Path.Combine(folder, "store.db");
        }

        var server = PostgresServer();
        var schema = "t" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema, Pooling = false }.ConnectionString;
    }

    public static Task<IClaimStore> Open(string location, int batchSize = 1000) =>
        ClaimStore.OpenAsync(location, new ClaimStoreOptions { BatchSize = batchSize, Pipeline = new ClaimCompareOptions { MaxDegreeOfParallelism = 2 } });

    /// <summary>Groups and discrepancies of a comparison of every article at once (sorted by id), by content.</summary>
    public static Snapshot FromScratch(IEnumerable<Article> articles)
    {
        var report = new ClaimEngine().Compare(articles.OrderBy(a => a.Id, StringComparer.Ordinal));
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in report.Claims)
        {
            var n = next.GetValueOrDefault(claim.ArticleId);
            next[claim.ArticleId] = n + 1;
            keyOf[claim.Id] = string.Create(CultureInfo.InvariantCulture, $"{claim.ArticleId}:{n}");
        }

        return new Snapshot(
            report.Groups.Select(g => Join(g.ClaimIds.Select(id => keyOf[id]))).ToHashSet(StringComparer.Ordinal),
            report.Discrepancies.Select(d => Describe(d.Kind, d.Severity, d.ClaimIds.Select(id => keyOf[id]))).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The store's current groups and discrepancies, by content (version hashes taken out of the claim keys).</summary>
    public static async Task<Snapshot> Current(IClaimStore store)
    {
        var all = await store.ChangesAsync(StoreSince.Beginning);
        return new Snapshot(
            all.Groups.Where(g => g.Status != ChangeStatus.Removed).Select(g => Join(g.ClaimKeys.Select(Plain))).ToHashSet(StringComparer.Ordinal),
            all.Discrepancies.Where(d => d.Status != ChangeStatus.Removed).Select(d => Describe(d.Kind, d.Severity, d.ClaimKeys.Select(Plain))).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Ids of the current groups and discrepancies (stable ids, so two stores with the same content agree).</summary>
    public static async Task<(HashSet<string> Groups, HashSet<string> Discrepancies)> CurrentIds(IClaimStore store)
    {
        var all = await store.ChangesAsync(StoreSince.Beginning);
        return (all.Groups.Where(g => g.Status != ChangeStatus.Removed).Select(g => g.Id).ToHashSet(StringComparer.Ordinal),
            all.Discrepancies.Where(d => d.Status != ChangeStatus.Removed).Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
    }

    private static string Plain(string key) => VersionPart().Replace(key, ":");

    private static string Join(IEnumerable<string> keys) => string.Join(",", keys.Order(StringComparer.Ordinal));

    private static string Describe(DiscrepancyKind kind, double severity, IEnumerable<string> keys) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}|{severity:F6}|{Join(keys)}");

    /// <summary>The sample console (built with the tests), run as a child process.</summary>
    public static Process StartConsole(params string[] args) => TestFiles.StartConsole(args);

    /// <summary>Runs the console to the end: exit code, stdout, stderr.</summary>
    public static Task<(int Code, string Out, string Error)> RunConsole(params string[] args) => TestFiles.RunConsoleAsync(TimeSpan.FromSeconds(120), args);

    [GeneratedRegex("@[0-9a-f]{8}:")]
    private static partial Regex VersionPart();
}

/// <summary>Groups (sorted claim keys) and discrepancies (kind, severity, claim keys) by content.</summary>
internal sealed record Snapshot(HashSet<string> Groups, HashSet<string> Discrepancies);
