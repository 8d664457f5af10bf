using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.ClickHouse;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Records;

/// <summary>
/// The same seeded records loaded through the Distributed tables of the two-server cluster and into plain tables on
/// one server give the same derived counts, row for row; each load is on the shards when it returns; both shards hold rows.
/// </summary>
public sealed class ClusterAgreesWithSingleNodeTests
{
    [Fact]
    public async Task Loading_through_the_Distributed_tables_gives_the_single_servers_counts_with_rows_on_both_shards()
    {
        var cluster = ClusterUnderTest.FromEnvironment();
        var database = "test_" + Guid.NewGuid().ToString("N");
        using var sharded = cluster.CreateStore(database);
        using var single = new ClickHouseRecordStore(new ClickHouseAnalyticStoreOptions(cluster.InitiatorConnectionString, "test_" + Guid.NewGuid().ToString("N")));
        try
        {
            var data = RecordStoreContract.SeededRecords.Make(2718);
            await single.InstallSchemaAsync();
            await sharded.InstallSchemaAsync();
            long incidents = 0, outcomes = 0;
            foreach (var file in data.IncidentFiles)
            {
                var id = Guid.NewGuid().ToString("N");
                await single.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>(id, "test", "incidents", file));
                await sharded.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>(id, "test", "incidents", file));
                incidents += file.Count;

                // Inserts through the Distributed table are synchronous: every row is on its shard once the load returns.
                Assert.Equal(incidents, (await cluster.RowsPerShardAsync(database, "da_incidents_local")).Sum());
            }

            foreach (var file in data.OutcomeFiles)
            {
                var id = Guid.NewGuid().ToString("N");
                await single.AppendOutcomesAsync(new RecordLoad<YouthJusticeOutcome>(id, "test", "outcomes", file));
                await sharded.AppendOutcomesAsync(new RecordLoad<YouthJusticeOutcome>(id, "test", "outcomes", file));
                outcomes += file.Count;
                Assert.Equal(outcomes, (await cluster.RowsPerShardAsync(database, "yj_outcomes_local")).Sum());
            }

            foreach (var file in data.PopulationFiles)
            {
                var id = Guid.NewGuid().ToString("N");
                await single.AppendPopulationAsync(new RecordLoad<ChildPopulation>(id, "test", "population", file));
                await sharded.AppendPopulationAsync(new RecordLoad<ChildPopulation>(id, "test", "population", file));
            }

            var incidentShards = await cluster.RowsPerShardAsync(database, "da_incidents_local");
            var outcomeShards = await cluster.RowsPerShardAsync(database, "yj_outcomes_local");
            Assert.Equal(2, incidentShards.Count);
            Assert.All(incidentShards, rows => Assert.InRange(rows, incidents / 4, incidents));
            Assert.All(outcomeShards, rows => Assert.InRange(rows, outcomes / 4, outcomes));

            var singleRepeat = await single.CountRepeatDomesticAbuseAsync();
            var singleEntrants = await single.CountFirstTimeEntrantsAsync();
            Assert.NotEmpty(singleRepeat);
            Assert.NotEmpty(singleEntrants);
            Assert.Equal(singleRepeat, await sharded.CountRepeatDomesticAbuseAsync());
            Assert.Equal(singleEntrants, await sharded.CountFirstTimeEntrantsAsync());
            Assert.Equal(await single.GetLoadsAsync(), await sharded.GetLoadsAsync(), (a, b) => (a.LoadId, a.RowCount) == (b.LoadId, b.RowCount));
        }
        finally
        {
            await sharded.DropDatabaseAsync();
            await single.DropDatabaseAsync();
        }
    }

    [Fact]
    public async Task A_victims_incidents_all_lie_on_one_shard()
    {
        var cluster = ClusterUnderTest.FromEnvironment();
        var database = "test_" + Guid.NewGuid().ToString("N");
        using var sharded = cluster.CreateStore(database);
        try
        {
            await sharded.InstallSchemaAsync();
            var incidents = Enumerable.Range(0, 400).Select(i => new DomesticAbuseIncident(
                $"inc-{i}", $"victim-{i % 40}", "perp", new DateOnly(2024, 4, 1).AddDays(i), "E06000019", RiskLevel.High, true)).ToList();
            await sharded.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>("da-1", "test", "incidents", incidents));

            // Were any victim's incidents split, the victims counted on each shard would add up to more than 40.
            var perShard = await cluster.PerShardAsync($"SELECT uniqExact(victim_id) FROM {database}.da_incidents_local");
            Assert.Equal(40, perShard.Sum());
            Assert.All(perShard, victims => Assert.InRange(victims, 1, 39));
        }
        finally
        {
            await sharded.DropDatabaseAsync();
        }
    }
}
