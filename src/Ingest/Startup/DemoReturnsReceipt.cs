using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Ingest.Submissions;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Startup;

/// <summary>
/// The demo's partner returns received through the same intake as an upload and each processed at once by the return
/// job, in the order they were sent, so the Submissions page, data quality and the audit trail tell the demo's story
/// as they would a real partnership's: the refused return and its correction, the nil return, the notes. A start
/// that stopped part-way goes on where it was: a return already received is processed if still undecided, and
/// otherwise left as it is.
/// </summary>
public sealed class DemoReturnsReceipt(ReturnIntake intake, ProcessReturnJob job, IAppStore appStore)
{
    public async Task ReceiveAsync(IReadOnlyList<DemoReturn> returns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(returns);
        var kept = (await appStore.GetSubmissionsAsync(new SubmissionFilter { Limit = int.MaxValue }, cancellationToken))
            .Where(s => s.ReceivedVia == DemoReturnFiles.Via)
            .ToLookup(s => (s.AgencyId, s.PeriodKey, s.ContentSha256));
        foreach (var demo in returns)
        {
            var submission = kept[(demo.Agency.Id, demo.Quarter.Key, ReturnIntake.ContentSha256Of(demo.Content))].FirstOrDefault()
                ?? await intake.KeepAsync(
                    new ReceivedReturn(demo.FileName, demo.Content, demo.Agency.Id, demo.Quarter.Key, DemoReturnFiles.Via, DemoReturnFiles.Sender)
                    {
                        ReceivedAt = demo.ReceivedAt,
                    },
                    cancellationToken);

            // Returns at once for a return already decided.
            await job.RunAsync(submission.Id, null, cancellationToken);
        }
    }
}
