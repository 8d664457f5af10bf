using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// Loads a record feed file (incidents, youth justice outcomes or child population, told by its header) into the record
/// store as one load, streaming it: the load carries the file's SHA-256 as its key, so the same file loaded twice is
/// loaded once. One record load runs at a time. A file with any bad row is not loaded at all and not retried: the
/// reason names the file, row and column. Once loaded, the derived indicators are counted again.
/// </summary>
public sealed partial class LoadRecordFileJob(
    IRecordStore records,
    RecordFileReader reader,
    Inbox inbox,
    LoadLock loadLock,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    AuditTrail audit,
    ILogger<LoadRecordFileJob> logger)
{
    /// <summary>The source of every record load.</summary>
    public const string Source = "records";

    /// <summary>Loads the file at a path; a bad file fails the job at once with the reason (retrying cannot mend it).</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 120, 600, 1800], OnAttemptsExceeded = AttemptsExceededAction.Fail, ExceptOn = [typeof(RecordFileException)])]
    [Queue(JobQueues.Comparators)]
    public async Task RunAsync(string path, CancellationToken cancellationToken)
    {
        if (await LoadAsync(path, cancellationToken) is { } unreadable)
        {
            throw new RecordFileException(unreadable);
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

    /// <summary>The key of a file's content: its SHA-256, read as it streams.</summary>
    public static async Task<string> SubmissionKeyAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = OpenSequential(path);
        return "records:" + Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Null when loaded (or already loaded), else why the file cannot be loaded.</summary>
    public async Task<string?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var key = await SubmissionKeyAsync(path, cancellationToken);
        using var held = loadLock.Acquire("records", "all");
        if (await records.FindLoadBySubmissionKeyAsync(key, cancellationToken) is { } landed)
        {
            LogAlreadyLoaded(fileName, landed.LoadId);
            return null;
        }

        var header = await FirstLineAsync(path, cancellationToken);
        if (RecordFeedFormats.Recognise(header) is not { } feed)
        {
            return $"{fileName} is not a record feed file: its header names none of incident_id, outcome_type or aged_10_to_17.";
        }

        LoadRecord load;
        try
        {
            load = await AppendAsync(feed, path, fileName, key, cancellationToken);
        }
        catch (Exception refused) when (Reason(fileName, refused) is { } reason)
        {
            LogRefused(fileName, reason);
            return reason;
        }

        var what = RecordFeedFormats.Describe(feed);
        LogLoaded(fileName, load.RowCount, what, load.LoadId);
        await audit.RecordAsync(AuditActors.System, AuditActions.RecordsLoaded, AuditSubjects.Records, key, $"{fileName}: {load.RowCount:N0} {what}; load {load.LoadId}", cancellationToken: cancellationToken);
        jobs.Enqueue<DerivedIndicatorsJob>(job => job.RunAsync(CancellationToken.None));
        return null;
    }

    private async Task<LoadRecord> AppendAsync(RecordFeed feed, string path, string fileName, string key, CancellationToken cancellationToken)
    {
        await using var stream = OpenSequential(path);
        var loadId = ObservationLoad.NewId();
        var description = $"{fileName}: {RecordFeedFormats.Describe(feed)}";
        return feed switch
        {
            RecordFeed.DomesticAbuseIncidents => await records.AppendIncidentsAsync(
                new RecordLoad<DomesticAbuseIncident>(loadId, Source, description, reader.ReadIncidents(fileName, stream)) { SubmissionKey = key }, cancellationToken),
            RecordFeed.YouthJusticeOutcomes => await records.AppendOutcomesAsync(
                new RecordLoad<YouthJusticeOutcome>(loadId, Source, description, reader.ReadOutcomes(fileName, stream)) { SubmissionKey = key }, cancellationToken),
            _ => await records.AppendPopulationAsync(
                new RecordLoad<ChildPopulation>(loadId, Source, description, reader.ReadPopulation(fileName, stream)) { SubmissionKey = key }, cancellationToken),
        };
    }

    /// <summary>Why the file was refused — its own problems, or the store's (an incident id sent twice) — named by file; null for any other failure.</summary>
    private static string? Reason(string fileName, Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is RecordFileException bad)
            {
                return bad.Message;
            }

            if (failure is RecordLoadException refused)
            {
                return refused.Problems.Count == 0
                    ? $"{fileName} was not loaded: {refused.Message}"
                    : new RecordFileException(fileName, refused.Problems, refused.Problems.Count).Message;
            }
        }

        return null;
    }

    private static async Task<string> FirstLineAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var head = new byte[(int)Math.Min(64 * 1024, stream.Length)];
        await stream.ReadExactlyAsync(head, cancellationToken);
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {FileName}: {RowCount} {Feed} (load {LoadId})")]
    private partial void LogLoaded(string fileName, long rowCount, string feed, string loadId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{FileName} is already loaded (load {LoadId}); nothing to do")]
    private partial void LogAlreadyLoaded(string fileName, string loadId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FileName} was refused: {Reason}")]
    private partial void LogRefused(string fileName, string reason);
}
