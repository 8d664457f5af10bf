using Safeguarding.Analytics.Warehouse.DataQuality;
using Safeguarding.Analytics.Warehouse.Schedules;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Placeholder bodies while the submissions tables are written; replaced before this lands.
public abstract partial class SqlAppStore
{
    public Task<Submission> AddSubmissionAsync(Submission submission, byte[] content, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<Submission?> FindSubmissionAsync(long id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<byte[]> GetSubmissionContentAsync(long id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<Submission>> GetSubmissionsAsync(SubmissionFilter filter, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<Submission?> FindLatestLoadedSubmissionAsync(string agencyId, string periodKey, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<Submission> StartProcessingSubmissionAsync(long id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task RecordSubmissionFailureAsync(long id, string failureMessage, bool final, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task CompleteSubmissionAsync(SubmissionOutcome outcome, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<SubmissionProblem>> GetSubmissionProblemsAsync(long id, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task SaveDataQualityAsync(DataQualityScore score, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<DataQualityScore>> GetDataQualityAsync(string? agencyId = null, string? periodKey = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<RecurringSchedule>> GetSchedulesAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task SaveScheduleAsync(RecurringSchedule schedule, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<bool> DeleteScheduleAsync(string id, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
