using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

/// <summary>A fresh database on the server named by SGA_TEST_CLICKHOUSE, dropped when the class is done.</summary>
public sealed class ClickHouseStoreFixture : IAsyncLifetime
{
    public const string Variable = "SGA_TEST_CLICKHOUSE";

    public ClickHouseStoreFixture()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the ClickHouse tests cannot run. Run ./test.sh, which starts ClickHouse and sets it " +
                "(or start one with scripts/clickhouse-start.sh DIR PORT and set SGA_TEST_CLICKHOUSE=Host=127.0.0.1;Port=PORT).");
        }

        Store = new ClickHouseAnalyticStore(new ClickHouseAnalyticStoreOptions(connectionString, Database));
    }

    public string Database { get; } = "test_" + Guid.NewGuid().ToString("N");

    public ClickHouseAnalyticStore Store { get; }

    public Task InitializeAsync() => Store.InstallSchemaAsync();

    public async Task DisposeAsync()
    {
        await Store.DropDatabaseAsync();
        Store.Dispose();
    }
}

public sealed class ClickHouseAnalyticStoreTests(ClickHouseStoreFixture fixture) : AnalyticStoreContract, IClassFixture<ClickHouseStoreFixture>
{
    protected override IAnalyticStore Store => fixture.Store;

    protected override Task WriteWithoutCommitAsync(ObservationLoad load) => fixture.Store.WriteRowsAsync(load);

    [Fact]
    public async Task A_load_whose_rows_fail_after_200000_were_sent_leaves_no_row_on_the_server()
    {
        var indicator = "failing_" + Guid.NewGuid().ToString("N")[..8];
        var sent = 0;
        IEnumerable<Observation> Rows()
        {
            for (var i = 0; i < 200_000; i++)
            {
                sent++;
                yield return new Observation
                {
                    IndicatorId = indicator,
                    AreaCode = $"A{i:000000}",
                    PeriodKey = "2024-25 Q1",
                    Value = i,
                    Source = "test",
                };
            }

            throw new InvalidDataException("the file had an error in its last row");
        }

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => fixture.Store.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", "fails at the end", Rows())));

        Assert.Equal(200_000, sent);
        Assert.Contains("error in its last row", failure.ToString(), StringComparison.Ordinal);
        var rows = await fixture.Store.QueryRowsAsync($"SELECT count() FROM {fixture.Store.DatabaseIdentifier}.observations WHERE indicator_id = '{indicator}'", CancellationToken.None);
        Assert.Equal("0", rows[0][0]);
    }

    [Fact]
    public async Task Installing_over_a_store_made_before_submission_keys_adds_the_column_and_keeps_the_loads()
    {
        var connectionString = Environment.GetEnvironmentVariable(ClickHouseStoreFixture.Variable)!;
        using var old = new ClickHouseAnalyticStore(new ClickHouseAnalyticStoreOptions(connectionString, "test_" + Guid.NewGuid().ToString("N")));
        try
        {
            var database = old.DatabaseIdentifier;
            await old.ExecuteAsync($"CREATE DATABASE {database}");
            await old.ExecuteAsync(
                $"CREATE TABLE {database}.loads (load_id String, source String, description String, row_count UInt64, committed_at DateTime, commit_seq Int64) " +
                "ENGINE = MergeTree() ORDER BY (commit_seq, load_id)");
            await old.ExecuteAsync($"INSERT INTO {database}.loads VALUES ('old', 'LAIT', 'before keys', 0, now(), 1)");

            await old.InstallSchemaAsync();
            await old.InstallSchemaAsync();

            var load = Assert.Single(await old.GetLoadsAsync());
            Assert.Equal(("old", string.Empty), (load.LoadId, load.SubmissionKey));
        }
        finally
        {
            await old.DropDatabaseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Quoted_literal_is_stored_and_read_back_unchanged(string value)
    {
        var quoted = ClickHouseLiteral.Quote(value);
        await fixture.Store.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {fixture.Database}.literals (id String, text String) ENGINE = Memory");
        var id = Guid.NewGuid().ToString("N");
        await fixture.Store.ExecuteAsync($"INSERT INTO {fixture.Database}.literals VALUES ({ClickHouseLiteral.Quote(id)}, {quoted})");

        var stored = await fixture.Store.QueryRowsAsync(
            $"SELECT text, length(text), text = {quoted} FROM {fixture.Database}.literals WHERE id = {ClickHouseLiteral.Quote(id)}", default);

        Assert.Equal(value, Assert.Single(stored)[0]);
        Assert.Equal(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture), stored[0][1]);
        Assert.Equal("1", stored[0][2]);
    }

    [Fact]
    public async Task Installing_creates_a_missing_database()
    {
        var connectionString = Environment.GetEnvironmentVariable(ClickHouseStoreFixture.Variable)!;
        using var store = new ClickHouseAnalyticStore(new ClickHouseAnalyticStoreOptions(connectionString, "test_" + Guid.NewGuid().ToString("N")));
        try
        {
            await store.InstallSchemaAsync();
            Assert.Empty(await store.GetLoadsAsync());
        }
        finally
        {
            await store.DropDatabaseAsync();
        }
    }

    public static TheoryData<string> Hostile() => HostileStrings.Theory();
}
