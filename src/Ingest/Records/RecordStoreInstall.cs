using Microsoft.Extensions.Hosting;
using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>Creates the record tables at start, after the warehouse's own, before any job can load a record file.</summary>
public sealed class RecordStoreInstall(IRecordStore records) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => records.InstallSchemaAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
