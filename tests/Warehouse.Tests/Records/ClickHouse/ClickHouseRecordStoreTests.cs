using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;
using Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Records.ClickHouse;

/// <summary>The record store contract on the server named by SGA_TEST_CLICKHOUSE, a fresh database per test.</summary>
public sealed class ClickHouseRecordStoreTests : RecordStoreContract
{
    private readonly string connectionString;

    public ClickHouseRecordStoreTests()
    {
        var configured = Environment.GetEnvironmentVariable(ClickHouseStoreFixture.Variable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{ClickHouseStoreFixture.Variable} is not set, so the ClickHouse tests cannot run. Run ./test.sh, which starts ClickHouse and sets it " +
                "(or start one with scripts/clickhouse-start.sh DIR PORT and set SGA_TEST_CLICKHOUSE=Host=127.0.0.1;Port=PORT).");
        }

        connectionString = configured;
    }

    protected override IRecordStore CreateStore() =>
        new ClickHouseRecordStore(new ClickHouseAnalyticStoreOptions(connectionString, "test_" + Guid.NewGuid().ToString("N")));

    protected override Task WriteIncidentsWithoutCommitAsync(RecordLoad<DomesticAbuseIncident> load) =>
        ((ClickHouseRecordStore)Store).WriteIncidentsAsync(load);

    protected override async Task DropStoreAsync(IRecordStore store)
    {
        var clickHouse = (ClickHouseRecordStore)store;
        await clickHouse.DropDatabaseAsync();
        clickHouse.Dispose();
    }
}
