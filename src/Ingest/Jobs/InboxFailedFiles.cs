using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Records;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// A comparator or record file the inbox set aside in <c>processing/</c> whose job has failed for good (every retry
/// spent: the store was down, say) is moved to <c>failed/</c> with the last error in words beside it, rather than
/// waiting in <c>processing/</c> for ever. Hangfire applies the failed state only once the retries are spent; the
/// job dashboard still has the job to requeue, and the file can be dropped in the inbox again.
/// </summary>
public sealed partial class InboxFailedFiles(Inbox inbox, TimeProvider clock, ILogger<InboxFailedFiles> logger) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewState is not FailedState failed || context.BackgroundJob.Job is not { } job
            || job.Method.Name != nameof(LoadComparatorFileJob.RunFromInboxAsync)
            || (job.Type != typeof(LoadComparatorFileJob) && job.Type != typeof(LoadRecordFileJob))
            || job.Args.Count == 0 || job.Args[0] is not string fileName)
        {
            return;
        }

        var path = Path.Combine(inbox.Processing, Path.GetFileName(fileName));
        try
        {
            if (File.Exists(path))
            {
                inbox.Fail(path, $"{Path.GetFileName(fileName)} could not be loaded after every retry: {FailureInWords.Of(failed.Exception)}", clock.GetUtcNow().UtcDateTime);
            }
        }
        catch (IOException moving)
        {
            LogNotFiled(moving, fileName);
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox file {FileName}, whose job failed, could not be moved to failed/")]
    private partial void LogNotFiled(Exception failure, string fileName);
}
