using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Records.DuckDb;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Warehouse.Tests.Records.DuckDb;

/// <summary>The record store contract on an embedded DuckDB file of its own for each test.</summary>
public sealed class DuckDbRecordStoreTests : RecordStoreContract
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sga-records-" + Guid.NewGuid().ToString("N"));

    protected override IRecordStore CreateStore() =>
        new DuckDbRecordStore(new DuckDbAnalyticStoreOptions(Path.Combine(directory, "warehouse.duckdb")));

    protected override Task WriteIncidentsWithoutCommitAsync(RecordLoad<DomesticAbuseIncident> load) =>
        ((DuckDbRecordStore)Store).WriteIncidentsWithoutCommitAsync(load);

    protected override Task DropStoreAsync(IRecordStore store)
    {
        ((DuckDbRecordStore)store).Dispose();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}
