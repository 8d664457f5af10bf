using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage.DuckDb;

public sealed class DuckDbStoreFixture : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sga-duckdb-" + Guid.NewGuid().ToString("N"));

    public DuckDbStoreFixture() => Store = new DuckDbAnalyticStore(new DuckDbAnalyticStoreOptions(Path.Combine(directory, "nested", "warehouse.duckdb")));

    public DuckDbAnalyticStore Store { get; }

    public Task InitializeAsync() => Store.InstallSchemaAsync();

    public Task DisposeAsync()
    {
        Store.Dispose();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class DuckDbAnalyticStoreTests(DuckDbStoreFixture fixture) : AnalyticStoreContract, IClassFixture<DuckDbStoreFixture>
{
    protected override IAnalyticStore Store => fixture.Store;

    protected override Task WriteWithoutCommitAsync(ObservationLoad load) => fixture.Store.WriteRowsAsync(load);

    [Fact]
    public async Task Parallel_appends_and_reads_from_many_threads_all_land()
    {
        var indicator = "par_" + Guid.NewGuid().ToString("N")[..8];
        var appends = Enumerable.Range(0, 16).Select(i => Task.Run(() => fixture.Store.AppendAsync(new ObservationLoad(
            ObservationLoad.NewId(), "test", "parallel",
            [new() { IndicatorId = indicator, AreaCode = $"A{i:00}", PeriodKey = "2024-25 Q1", Value = i, Source = "test" }]))));
        var reads = Enumerable.Range(0, 16).Select(_ => Task.Run(() => fixture.Store.QueryAsync(new ObservationQuery { IndicatorIds = [indicator] })));

        await Task.WhenAll([.. appends, .. reads]);

        Assert.Equal(16, (await fixture.Store.QueryAsync(new ObservationQuery { IndicatorIds = [indicator] })).Count);
    }
}
