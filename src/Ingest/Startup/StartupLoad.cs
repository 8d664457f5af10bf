using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Startup;

/// <summary>
/// Before the host serves anything: migrates the app store, installs the warehouse schema and seeds the catalogue
/// (keeping analysts' edits). With <c>Board:LoadDemoData</c>, loads the LAIT comparators and receives the demo's
/// partner returns through the intake: a load already committed or a return already decided is never done again.
/// </summary>
public sealed partial class StartupLoad(
    IAppStore appStore,
    IAnalyticStore warehouse,
    ReferenceDataSet referenceData,
    ReferenceDataFolder folder,
    BoardOptions board,
    IBackgroundJobClient jobs,
    DemoReturnsReceipt demoReturns,
    AuditTrail audit,
    ILogger<StartupLoad> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await appStore.MigrateAsync(cancellationToken);
        await warehouse.InstallSchemaAsync(cancellationToken);
        await appStore.SeedCatalogueAsync(referenceData.Priorities, referenceData.Indicators, cancellationToken);
        if (board.LoadDemoData)
        {
            await LoadDemoAsync(cancellationToken);
        }

        // The exceptions register is brought up to date at every start, not only after the next load: the methods or
        // the catalogue may have changed since the last evaluation.
        var loads = await warehouse.GetLoadsAsync(cancellationToken);
        if (loads.Count > 0)
        {
            var latest = loads[^1];
            jobs.Enqueue<AnalyticsRefreshJob>(job => job.RunAsync(latest.LoadId, CancellationToken.None));
        }
    }

    private async Task LoadDemoAsync(CancellationToken cancellationToken)
    {
        var loaded = (await warehouse.GetLoadsAsync(cancellationToken)).Select(l => l.Source).ToHashSet(StringComparer.Ordinal);
        var needsComparators = !loaded.Contains(LaitComparatorReader.Source);
        // A store filled before the demo's returns came through the intake holds them as one load of their own.
        var needsDemo = !loaded.Contains(DemoReturnsGenerator.Source);
        if (!needsComparators && !needsDemo)
        {
            return;
        }

        // The demo's levels come from the same published figures, so the file is read once for both.
        var laitPath = folder.ComparatorFile(LaitComparatorReader.FileName);
        var comparators = new LaitComparatorReader(referenceData).ReadChecked(laitPath);
        if (needsComparators)
        {
            // Keyed by the file's hash, as the comparator job keys it: the same file dropped in the inbox is not loaded twice.
            var key = ComparatorFile.SubmissionKey(await File.ReadAllBytesAsync(laitPath, cancellationToken));
            var load = await LoadAsync(LaitComparatorReader.Source, $"DfE LAIT comparator file {LaitComparatorReader.FileName}", comparators, key, cancellationToken);
            await audit.RecordAsync(AuditActors.System, AuditActions.ComparatorLoaded, AuditSubjects.Comparator, key, $"{LaitComparatorReader.FileName} at start-up: {load.RowCount:N0} observations; load {load.LoadId}", cancellationToken: cancellationToken);
        }

        if (needsDemo)
        {
            var inputs = DemoInputsFolder.Read(referenceData, folder, board.HomeAreaCode, comparators);
            var files = DemoReturnFiles.For(inputs, referenceData.Agencies, DemoReturnsGenerator.Generate(inputs), DemoReturnsGenerator.AsFirstSent(inputs));
            await demoReturns.ReceiveAsync(files, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<LoadRecord> LoadAsync(string source, string description, IReadOnlyList<Observation> observations, string submissionKey, CancellationToken cancellationToken)
    {
        var load = await warehouse.AppendAsync(
            new ObservationLoad(ObservationLoad.NewId(), source, description, observations) { SubmissionKey = submissionKey }, cancellationToken);
        LogLoaded(load.RowCount, description);
        return load;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {RowCount} observations: {Description}")]
    private partial void LogLoaded(long rowCount, string description);
}
