using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Submissions;

// The notes on a loaded return's rows become the agency's commentary on those figures.
public sealed partial class ProcessReturnJob
{
    /// <summary>Each accepted row, its note taken on the way when it has one.</summary>
    private static Action<ReturnLine> TakingNotes(ReturnCommentary commentary, Action<ReturnLine> accepted) => line =>
    {
        commentary.Take(line);
        accepted(line);
    };

    /// <summary>The notes of a return already read whole (a load that landed before the job could record it).</summary>
    private static ReturnCommentary CommentaryOf(ValidatedReturn validated)
    {
        var commentary = new ReturnCommentary();
        foreach (var line in validated.Lines)
        {
            commentary.Take(line);
        }

        return commentary;
    }

    private async Task StoreCommentaryAsync(Submission submission, Agency agency, Period quarter, ReturnCommentary commentary, CancellationToken cancellationToken)
    {
        if (commentary.NotKept > 0)
        {
            LogNotesNotKept(submission.Id, commentary.Count, commentary.NotKept);
        }

        if (commentary.Count == 0)
        {
            return;
        }

        var added = await appStore.AddCommentaryAsync(commentary.For(agency, submission.Id), cancellationToken);
        LogCommentary(submission.Id, added.Count, commentary.Count, agency.Name, quarter.Key);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId}: {Added} of its {Notes} notes added as {Agency} commentary for {Quarter}")]
    private partial void LogCommentary(long submissionId, int added, int notes, string agency, string quarter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId}: only the first {Kept} notes are kept as commentary; {NotKept} more are in the stored file only")]
    private partial void LogNotesNotKept(long submissionId, int kept, int notKept);
}
