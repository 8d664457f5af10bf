using System.Text;
using Hangfire;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Ingest.Submissions;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// Takes the settled files in the inbox folder. A return (a workbook, or a CSV whose header has
/// <c>indicator_id</c>) is received like an upload and filed as processed; a comparator file (recognised by its
/// header) is set aside and loaded by its own job, as is a record feed file (recognised by its header, with a size limit of
/// its own); anything else is filed as failed with the reason.
/// </summary>
public sealed partial class InboxWatchJob(
    Inbox inbox,
    IngestOptions options,
    ReturnIntake intake,
    ReturnLimits limits,
    RecordFeedOptions recordFeeds,
    ReferenceDataSet referenceData,
    ReferenceDataFolder folder,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    ILogger<InboxWatchJob> logger)
{
    private const int HeaderBytes = 64 * 1024;

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    [Queue(JobQueues.Returns)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in inbox.SettledFiles(TimeSpan.FromSeconds(options.InboxSettleSeconds), now))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await TakeAsync(file, now, cancellationToken);
        }
    }

    private async Task TakeAsync(FileInfo file, DateTime now, CancellationToken cancellationToken)
    {
        // The header first: a record feed file may be far larger than any return.
        var head = await ReadHeadAsync(file.FullName, cancellationToken);
        if (!IsReturn(head) && RecordFeedFormats.Recognise(FirstLine(head)) is { } feed)
        {
            TakeRecordFile(file, feed, now);
            return;
        }

        if (file.Length > limits.MaxBytes)
        {
            Refuse(file, $"{file.Name} is {file.Length:N0} bytes; the largest file accepted is {limits.MaxBytes:N0} bytes.", now);
            return;
        }

        if (IsReturn(head))
        {
            try
            {
                var content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
                var submission = await intake.ReceiveAsync(new ReceivedReturn(file.Name, content, null, null, "inbox", AuditActors.System), cancellationToken);
                Inbox.MoveTo(inbox.Processed, file.FullName, now);
                LogReceived(file.Name, submission.Id);
            }
            catch (ReturnRefusedException refused)
            {
                Refuse(file, refused.Message, now);
            }

            return;
        }

        var header = FirstLine(head);
        if (ComparatorFileReader.Recognises(header, referenceData, folder))
        {
            var waiting = Inbox.MoveTo(inbox.Processing, file.FullName, now);
            jobs.Enqueue<LoadComparatorFileJob>(job => job.RunFromInboxAsync(Path.GetFileName(waiting), CancellationToken.None));
            LogComparatorQueued(file.Name);
            return;
        }

        Refuse(
            file,
            $"{file.Name} is neither a quarterly return (a workbook, or a CSV with the header " +
            "indicator_id,area_code,period,value,numerator,denominator,status,note), a comparator file this service knows " +
            "(DfE LAIT long file or a DfE EES file) nor a record feed file (incidents, youth justice outcomes or child population); " +
            $"its first line is: {Truncate(header, 200)}",
            now);
    }

    private void TakeRecordFile(FileInfo file, Warehouse.Records.RecordFeed feed, DateTime now)
    {
        if (file.Length > recordFeeds.MaxRecordFileBytes)
        {
            Refuse(file, $"{file.Name} is {file.Length:N0} bytes; the largest record feed file accepted is {recordFeeds.MaxRecordFileBytes:N0} bytes (Ingest:MaxRecordFileBytes).", now);
            return;
        }

        var waiting = Inbox.MoveTo(inbox.Processing, file.FullName, now);
        jobs.Enqueue<LoadRecordFileJob>(job => job.RunFromInboxAsync(Path.GetFileName(waiting), CancellationToken.None));
        LogRecordFileQueued(file.Name, feed);
    }

    private void Refuse(FileInfo file, string reason, DateTime now)
    {
        inbox.Fail(file.FullName, reason, now);
        LogRefused(file.Name, reason);
    }

    private static async Task<byte[]> ReadHeadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(HeaderBytes, stream.Length)];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    private static bool IsReturn(byte[] head) =>
        ReturnIntake.FormatOf(head) == "xlsx"
        || FirstLine(head).Split(',').Any(c => string.Equals(c.Trim().Trim('"'), "indicator_id", StringComparison.OrdinalIgnoreCase));

    private static string FirstLine(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: {FileName} received as submission {SubmissionId}")]
    private partial void LogReceived(string fileName, long submissionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: {FileName} queued as a comparator file")]
    private partial void LogComparatorQueued(string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: {FileName} queued as a record feed file ({Feed})")]
    private partial void LogRecordFileQueued(string fileName, Warehouse.Records.RecordFeed feed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox: {FileName} refused: {Reason}")]
    private partial void LogRefused(string fileName, string reason);
}
