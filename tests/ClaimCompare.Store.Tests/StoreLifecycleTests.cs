using ClaimCompare.Model;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ClaimCompare.Store.Tests;

/// <summary>Nothing lost, nothing doubled; versions and history; what changed; stores that must be refused.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class StoreLifecycleTests
{
    [TestCase(StoreHarness.Sqlite)]
    [TestCase(StoreHarness.Postgres)]
    public async Task The_same_batch_added_twice_changes_nothing(string kind)
    {
        using var folder = new TempFolder();
        var articles = StoreTestData.Seeds.Concat(StoreTestData.Generated(12)).ToList();
        await using var store = await StoreHarness.Open(StoreHarness.NewLocation(kind, folder.Path));
        var first = await store.AddAsync(articles);
        first.Added.Should().Be(articles.Count);
        first.Claims.Should().BeGreaterThan(articles.Count);
        var stats = await store.StatsAsync();
        var ids = await StoreHarness.CurrentIds(store);

        var again = await store.AddAsync(articles);
        again.Should().BeEquivalentTo(new { Added = 0, Changed = 0, Unchanged = articles.Count, Claims = 0 });
        again.Runs.Should().BeEmpty("a batch that changes nothing commits no run");
        (await store.StatsAsync()).Should().BeEquivalentTo(stats);
        (await StoreHarness.CurrentIds(store)).Should().BeEquivalentTo(ids);
    }

    [TestCase(StoreHarness.Sqlite)]
    [TestCase(StoreHarness.Postgres)]
    public async Task Changed_text_is_a_new_version_and_the_old_claims_stay_as_history(string kind)
    {
        using var folder = new TempFolder();
        var article = StoreTestData.Seeds[2];
        await using var store = await StoreHarness.Open(StoreHarness.NewLocation(kind, folder.Path));
        var first = await store.AddAsync([article]);
        var revised = await store.AddAsync([StoreTestData.Revised(article)]);

        revised.Changed.Should().Be(1);
        revised.Claims.Should().BeGreaterThan(first.Claims, "the revision adds a figure");
        var stats = await store.StatsAsync();
        stats.Articles.Should().Be(1);
        stats.ArticleVersions.Should().Be(2);
        stats.Claims.Should().Be(revised.Claims);
        stats.HistoricClaims.Should().Be(first.Claims);
    }

    [Test]
    public async Task Changes_since_the_previous_run_list_only_what_it_brought_and_ids_stay_stable()
    {
        using var folder = new TempFolder();
        var location = StoreHarness.NewLocation(StoreHarness.Sqlite, folder.Path);
        var generated = StoreTestData.Generated(40);
        await using (var store = await StoreHarness.Open(location))
        {
            await store.AddAsync(generated.Take(20));
        }

        // Reopened (as the console does each time): ids and runs carry over.
        await using var reopened = await StoreHarness.Open(location);
        var before = await reopened.ChangesAsync(StoreSince.Beginning);
        before.Discrepancies.Should().NotBeEmpty();
        var midway = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        await reopened.AddAsync(generated.Skip(20));

        var last = await reopened.ChangesAsync(StoreSince.LastRun);
        var byTime = await reopened.ChangesAsync(StoreSince.At(midway));
        byTime.Should().BeEquivalentTo(last, "one run committed after the time");
        last.FromRun.Should().Be(1);
        last.ToRun.Should().Be(2);
        last.Discrepancies.Should().NotBeEmpty().And.OnlyContain(d => d.ChangedRun == 2);
        last.Discrepancies.Where(d => d.Status == ChangeStatus.New).Should().OnlyContain(d => d.FirstRun == 2);

        // Every first-run discrepancy that the second run did not touch keeps its id and its first run.
        var now = await reopened.ChangesAsync(StoreSince.Beginning);
        var untouched = before.Discrepancies.Where(d => !last.Discrepancies.Any(l => l.Id == d.Id)).ToList();
        untouched.Should().NotBeEmpty();
        now.Discrepancies.Should().Contain(d => untouched.Select(u => u.Id).Contains(d.Id) && d.FirstRun == 1);
        (await reopened.ChangesAsync(StoreSince.AfterRunNumber(2))).Discrepancies.Should().BeEmpty();
    }

    [Test]
    public async Task A_discrepancy_whose_claims_only_moved_to_another_group_is_not_reported_as_changed()
    {
        // Copies of stored articles under ids that sort first join the groups as their earliest claims, so those
        // groups get new ids; a discrepancy among the old claims keeps its claims, figures and sources, and is
        // "changed" only if its severity changes (issue 15: ~10,000 position-only changes per batch at 30,000).
        using var folder = new TempFolder();
        await using var store = await StoreHarness.Open(StoreHarness.NewLocation(StoreHarness.Sqlite, folder.Path));
        var generated = StoreTestData.Generated(40);
        await store.AddAsync(generated);
        var before = (await store.ChangesAsync(StoreSince.Beginning)).Discrepancies.ToDictionary(d => d.Id);

        await store.AddAsync(generated.Take(10).Select(a => a with { Id = "aaa-" + a.Id }));
        var now = (await store.ChangesAsync(StoreSince.Beginning)).Discrepancies.Where(d => d.Status != ChangeStatus.Removed).ToDictionary(d => d.Id);
        var moved = now.Values.Where(d => before.TryGetValue(d.Id, out var b) && b.GroupId != d.GroupId).ToList();
        moved.Should().NotBeEmpty("the copies must regroup old discrepancies, or the test proves nothing");
        var last = await store.ChangesAsync(StoreSince.LastRun);
        moved.Should().Contain(d => d.Severity == before[d.Id].Severity);
        last.Discrepancies.Where(d => d.Status == ChangeStatus.Changed && before[d.Id].Severity == d.Severity)
            .Should().BeEmpty("a discrepancy whose claims only moved keeps its report");
        moved.Where(d => d.Severity == before[d.Id].Severity && d.ChangedRun != before[d.Id].ChangedRun).Should().BeEmpty();
    }

    [Test]
    public async Task A_file_that_is_not_a_store_is_refused_and_left_alone()
    {
        using var folder = new TempFolder();
        var text = Path.Combine(folder.Path, "notes.db");
        await File.WriteAllTextAsync(text, "these are meeting notes, not a database\n");
        var act = () => StoreHarness.Open(text);
        (await act.Should().ThrowAsync<ClaimStoreException>()).WithMessage($"*'{text}' is not a ClaimCompare store*");
        (await File.ReadAllTextAsync(text)).Should().StartWith("these are meeting notes");

        var other = Path.Combine(folder.Path, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)";
            await command.ExecuteNonQueryAsync();
        }

        var actOther = () => StoreHarness.Open(other);
        (await actOther.Should().ThrowAsync<ClaimStoreException>()).WithMessage("*not a ClaimCompare store*invoices*");
    }

    [TestCase(StoreHarness.Sqlite)]
    [TestCase(StoreHarness.Postgres)]
    public async Task A_store_from_a_newer_version_is_refused_and_not_changed(string kind)
    {
        using var folder = new TempFolder();
        var location = StoreHarness.NewLocation(kind, folder.Path);
        await using (var store = await StoreHarness.Open(location))
        {
            await store.AddAsync(StoreTestData.Seeds.Take(2));
        }

        await Raw(kind, location, "UPDATE cc_meta SET value = '99' WHERE name = 'schema_version'");
        var act = () => StoreHarness.Open(location);
        (await act.Should().ThrowAsync<ClaimStoreException>()).WithMessage("*newer ClaimCompare.Store (schema version 99; this version reads up to 3)*");
        (await Raw(kind, location, "SELECT COUNT(*) FROM cc_articles")).Should().Be(2);
        (await Raw(kind, location, "SELECT value FROM cc_meta WHERE name = 'schema_version'")).Should().Be("99");
    }

    [TestCase(StoreHarness.Sqlite)]
    [TestCase(StoreHarness.Postgres)]
    public async Task A_version_2_store_is_upgraded_on_open_and_then_compares_as_from_scratch(string kind)
    {
        using var folder = new TempFolder();
        var location = StoreHarness.NewLocation(kind, folder.Path);
        var articles = StoreTestData.Seeds.Concat(StoreTestData.Generated(40)).ToList();
        await using (var store = await StoreHarness.Open(location, batchSize: 15))
        {
            await store.AddAsync(articles.Take(25));
        }

        // What version 2 wrote: groups without their days or the index on them, no index of claims in no group,
        // claims indexed by group alone.
        foreach (var sql in new[]
        {
            "DROP INDEX cc_groups_open", "DROP INDEX cc_claims_single", "DROP INDEX cc_claims_group_day", "CREATE INDEX cc_claims_group ON cc_claims (group_id)",
            "ALTER TABLE cc_groups DROP COLUMN first_day", "ALTER TABLE cc_groups DROP COLUMN last_day", "UPDATE cc_meta SET value = '2' WHERE name = 'schema_version'",
        })
        {
            await Raw(kind, location, sql);
        }

        await using (var store = await StoreHarness.Open(location, batchSize: 15))
        {
            (await Raw(kind, location, "SELECT value FROM cc_meta WHERE name = 'schema_version'")).Should().Be("3");
            (await Raw(kind, location, "SELECT COUNT(*) FROM cc_groups WHERE removed_run IS NULL AND last_day IS NOT NULL")).Should().Be(
                await Raw(kind, location, "SELECT COUNT(DISTINCT group_id) FROM cc_claims WHERE is_current = 1 AND first_day IS NOT NULL"),
                "every current group with a dated member gets its days from its claims");
            (await Raw(kind, location, "SELECT COUNT(*) FROM cc_groups WHERE removed_run IS NULL")).Should().NotBe(0L);
            await store.AddAsync(articles.Skip(25));
            (await StoreHarness.Current(store)).Should().BeEquivalentTo(StoreHarness.FromScratch(articles));
        }
    }

    [Test]
    public async Task A_cancelled_batch_leaves_the_store_as_it_was_before_it()
    {
        using var folder = new TempFolder();
        var articles = StoreTestData.Generated(30);
        await using var store = await StoreHarness.Open(StoreHarness.NewLocation(StoreHarness.Sqlite, folder.Path), batchSize: 10);
        using var cancel = new CancellationTokenSource();
        var progress = new Inline(p =>
        {
            if (p is { Stage: StoreStage.Storing, Batch: 2 })
            {
                cancel.Cancel();
            }
        });

        var act = () => store.AddAsync(articles, progress, cancel.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        var stats = await store.StatsAsync();
        stats.Runs.Should().Be(1);
        stats.Articles.Should().Be(10);
        (await StoreHarness.Current(store)).Should().BeEquivalentTo(StoreHarness.FromScratch(articles.Take(10)));
    }

    private static async Task<object?> Raw(string kind, string location, string sql)
    {
        await using System.Data.Common.DbConnection connection = kind == StoreHarness.Sqlite
            ? new SqliteConnection($"Data Source={location};Pooling=false")
            : new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is long or int ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    private sealed class Inline(Action<StoreProgress> action) : IProgress<StoreProgress>
    {
        public void Report(StoreProgress value) => action(value);
    }
}
