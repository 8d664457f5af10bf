using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.ClickHouse;
using Safeguarding.Analytics.Warehouse.Records.DuckDb;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;
using Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Records.ClickHouse;

/// <summary>DuckDB and ClickHouse, given the same files, give the same counts row for row.</summary>
public sealed class RecordEnginesAgreeTests
{
    [Fact]
    public async Task DuckDb_and_ClickHouse_give_identical_counts_for_the_same_files()
    {
        var connectionString = Environment.GetEnvironmentVariable(ClickHouseStoreFixture.Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"{ClickHouseStoreFixture.Variable} is not set, so the ClickHouse tests cannot run. Run ./test.sh, which starts ClickHouse and sets it.");
        }

        var directory = Path.Combine(Path.GetTempPath(), "sga-records-" + Guid.NewGuid().ToString("N"));
        using var duckDb = new DuckDbRecordStore(new DuckDbAnalyticStoreOptions(Path.Combine(directory, "warehouse.duckdb")));
        using var clickHouse = new ClickHouseRecordStore(new ClickHouseAnalyticStoreOptions(connectionString, "test_" + Guid.NewGuid().ToString("N")));
        try
        {
            var data = RecordStoreContract.SeededRecords.Make(314);
            IRecordStore[] stores = [duckDb, clickHouse];
            foreach (var store in stores)
            {
                await store.InstallSchemaAsync();
                foreach (var file in data.IncidentFiles)
                {
                    await store.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>(Guid.NewGuid().ToString("N"), "test", "incidents", file));
                }

                foreach (var file in data.OutcomeFiles)
                {
                    await store.AppendOutcomesAsync(new RecordLoad<YouthJusticeOutcome>(Guid.NewGuid().ToString("N"), "test", "outcomes", file));
                }

                foreach (var file in data.PopulationFiles)
                {
                    await store.AppendPopulationAsync(new RecordLoad<ChildPopulation>(Guid.NewGuid().ToString("N"), "test", "population", file));
                }
            }

            var duckDbRepeat = await duckDb.CountRepeatDomesticAbuseAsync();
            var duckDbEntrants = await duckDb.CountFirstTimeEntrantsAsync();

            Assert.NotEmpty(duckDbRepeat);
            Assert.NotEmpty(duckDbEntrants);
            Assert.Equal(duckDbRepeat, await clickHouse.CountRepeatDomesticAbuseAsync());
            Assert.Equal(duckDbEntrants, await clickHouse.CountFirstTimeEntrantsAsync());
        }
        finally
        {
            await clickHouse.DropDatabaseAsync();
            duckDb.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }
}
