using System.Text;
using Hangfire;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Loading;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// Loads a published comparator file (DfE LAIT's long file, or an EES file such as c1, d5 or children looked after)
/// as new versions. The load carries the file's hash as its key, so the same file loaded twice is loaded once. A file
/// that cannot be read is not retried: the reason names the file, row and column.
/// </summary>
public sealed partial class LoadComparatorFileJob(
    IAnalyticStore warehouse,
    ReferenceDataSet referenceData,
    ReferenceDataFolder folder,
    Inbox inbox,
    LoadLock loadLock,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    AuditTrail audit,
    ILogger<LoadComparatorFileJob> logger)
{
    /// <summary>Loads the file at a path; a bad file fails the job at once with the reason (retrying cannot mend it).</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 120, 600, 1800], OnAttemptsExceeded = AttemptsExceededAction.Fail, ExceptOn = [typeof(ComparatorFileException)])]
    [Queue(JobQueues.Comparators)]
    public async Task RunAsync(string path, CancellationToken cancellationToken)
    {
        if (await LoadAsync(path, cancellationToken) is { } unreadable)
        {
            throw new ComparatorFileException(unreadable);
        }
    }

    /// <summary>Loads a file the inbox set aside in <c>processing/</c>, then files it as processed or failed.</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 120, 600, 1800], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [Queue(JobQueues.Comparators)]
    public async Task RunFromInboxAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(inbox.Processing, Path.GetFileName(fileName));
        var unreadable = await LoadAsync(path, cancellationToken);
        inbox.FileAway(path, unreadable, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Null when loaded (or already loaded), else why the file cannot be read.</summary>
    private async Task<string?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        var key = ComparatorFile.SubmissionKey(content);
        using var held = loadLock.Acquire("comparator", key);
        if (await warehouse.FindLoadBySubmissionKeyAsync(key, cancellationToken) is { } landed)
        {
            LogAlreadyLoaded(fileName, landed.LoadId);
            return null;
        }

        ComparatorFile file;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            file = ComparatorFileReader.Read(fileName, stream, referenceData, folder);
        }
        catch (Exception unreadable) when (unreadable is FormatException or InvalidDataException or DecoderFallbackException)
        {
            LogUnreadable(unreadable, fileName);
            return unreadable.Message;
        }

        var observations = await ObservationVersioning.NextVersionsAsync(warehouse, file.Observations, cancellationToken);
        var load = await warehouse.AppendAsync(
            new ObservationLoad(ObservationLoad.NewId(), file.Source, file.Description, observations) { SubmissionKey = key },
            cancellationToken);
        LogLoaded(load.RowCount, file.Description);
        await audit.RecordAsync(AuditActors.System, AuditActions.ComparatorLoaded, AuditSubjects.Comparator, key, $"{fileName}: {load.RowCount:N0} observations of {file.Description}; load {load.LoadId}", cancellationToken: cancellationToken);
        jobs.Enqueue<AnalyticsRefreshJob>(job => job.RunAsync(load.LoadId, CancellationToken.None));
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {RowCount} comparator observations: {Description}")]
    private partial void LogLoaded(long rowCount, string description);

    [LoggerMessage(Level = LogLevel.Information, Message = "{FileName} is already loaded (load {LoadId}); nothing to do")]
    private partial void LogAlreadyLoaded(string fileName, string loadId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FileName} cannot be loaded")]
    private partial void LogUnreadable(Exception reason, string fileName);
}
