using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.DataQuality;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Ingest.Loading;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Catalogue;
using Safeguarding.Analytics.Warehouse.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Submissions;

/// <summary>
/// Validates a stored return and, when it has no errors, loads it into the warehouse as new versions. The load is
/// all-or-nothing (the store commits it last) and carries the key <c>submission:{id}</c>, so a retry after a failure
/// never loads a second copy. One return per agency and quarter is processed at a time.
/// </summary>
public sealed partial class ProcessReturnJob(
    IAppStore appStore,
    IAnalyticStore warehouse,
    ReferenceDataSet referenceData,
    ReturnLimits limits,
    BoardOptions board,
    LoadLock loadLock,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    ILogger<ProcessReturnJob> logger)
{
    /// <summary>Retries after the first failure; the delays grow so a store that is down for a while can recover.</summary>
    public const int Retries = 5;

    public static string SubmissionKey(long submissionId) => $"submission:{submissionId}";

    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [5, 30, 120, 600, 1800], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [Queue(JobQueues.Returns)]
    public async Task RunAsync(long submissionId, PerformContext? context, CancellationToken cancellationToken)
    {
        var submission = await appStore.FindSubmissionAsync(submissionId, cancellationToken)
            ?? throw new KeyNotFoundException($"Submission {submissionId} does not exist.");
        if (submission.Status is SubmissionStatus.Loaded or SubmissionStatus.Rejected or SubmissionStatus.Unchanged)
        {
            return;
        }

        submission = await appStore.StartProcessingSubmissionAsync(submissionId, cancellationToken);
        try
        {
            await ProcessAsync(submission, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            var retry = context?.GetJobParameter<int>("RetryCount") ?? Retries;
            var final = retry >= Retries;
            LogFailed(failure, submissionId, retry, final);
            await appStore.RecordSubmissionFailureAsync(submissionId, $"{failure.GetType().Name}: {failure.Message}", final, CancellationToken.None);
            throw;
        }
    }

    private async Task ProcessAsync(Submission submission, CancellationToken cancellationToken)
    {
        var key = SubmissionKey(submission.Id);
        var validated = await ValidateAsync(submission, cancellationToken);
        if (!validated.IsValid || validated.Agency is null || validated.Quarter is null)
        {
            await CompleteAsync(submission, validated, SubmissionStatus.Rejected, validated.Problems, cancellationToken: cancellationToken);
            return;
        }

        var agency = validated.Agency;
        var quarter = validated.Quarter;
        using var held = loadLock.Acquire("return", $"{agency.Id}:{quarter.Key}");

        // A commit that landed before the app store heard of it (the job died in between) is not loaded twice.
        var landed = await warehouse.FindLoadBySubmissionKeyAsync(key, cancellationToken);
        var latest = await appStore.FindLatestLoadedSubmissionAsync(agency.Id, quarter.Key, cancellationToken);
        if (landed is null && latest is not null && latest.ContentSha256 == submission.ContentSha256)
        {
            await CompleteAsync(submission, validated, SubmissionStatus.Unchanged, validated.Problems, duplicateOf: latest.Id, cancellationToken: cancellationToken);
            return;
        }

        var warnings = ReturnPlausibility.Check(validated, await PlausibilityEvidenceQuery.ReadAsync(warehouse, referenceData.Areas, validated, cancellationToken), referenceData);
        var problems = validated.Problems.Concat(warnings).ToList();
        if (landed is null)
        {
            var observations = await ObservationVersioning.NextVersionsAsync(warehouse, validated.Lines.Select(l => l.Observation).ToList(), cancellationToken);
            landed = await warehouse.AppendAsync(
                new ObservationLoad(
                    ObservationLoad.NewId(),
                    QuarterlyReturn.SourceOf(agency),
                    $"{agency.Name} return for {quarter.Key}: {submission.FileName} (submission {submission.Id})",
                    observations)
                {
                    SubmissionKey = key,
                },
                cancellationToken);
        }

        await CompleteAsync(
            submission,
            validated,
            SubmissionStatus.Loaded,
            problems,
            loadId: landed.LoadId,
            returnVersion: (latest?.ReturnVersion ?? 0) + 1,
            cancellationToken: cancellationToken);
        LogLoaded(submission.Id, agency.Name, quarter.Key, landed.RowCount);
        jobs.Enqueue<AnalyticsRefreshJob>(job => job.RunAsync(landed.LoadId, CancellationToken.None));
    }

    private async Task<ValidatedReturn> ValidateAsync(Submission submission, CancellationToken cancellationToken)
    {
        var content = await appStore.GetSubmissionContentAsync(submission.Id, cancellationToken);
        using var stream = new MemoryStream(content, writable: false);
        var read = QuarterlyReturnReader.Read(submission.FileName, stream, limits);
        var agency = referenceData.FindAgency(submission.AgencyId);
        var quarter = Period.TryParse(submission.PeriodKey, out var period) ? period : null;
        var home = referenceData.Areas.Resolve(board.HomeAreaCode);
        return new QuarterlyReturnValidator(referenceData).Validate(
            read, submission.FileName, agency, quarter, new HashSet<string>(StringComparer.Ordinal) { home.Code }, limits);
    }

    private async Task CompleteAsync(
        Submission submission,
        ValidatedReturn validated,
        SubmissionStatus status,
        IReadOnlyList<SubmissionProblem> problems,
        string? loadId = null,
        int? returnVersion = null,
        long? duplicateOf = null,
        CancellationToken cancellationToken = default)
    {
        // The validator's counts are exact even where its list is capped; plausibility warnings come on top.
        var outcome = new SubmissionOutcome
        {
            SubmissionId = submission.Id,
            Status = status,
            AgencyId = validated.Agency?.Id,
            PeriodKey = validated.Quarter?.Key,
            RowCount = validated.RowCount,
            ErrorCount = validated.ErrorCount,
            WarningCount = validated.WarningCount + (problems.Count - validated.Problems.Count),
            Problems = problems,
            LoadId = loadId,
            ReturnVersion = returnVersion,
            DuplicateOf = duplicateOf,
        };
        await appStore.CompleteSubmissionAsync(outcome, cancellationToken);
        if (status != SubmissionStatus.Unchanged && validated.Agency is { } agency && validated.Quarter is { } quarter)
        {
            await RecordDataQualityAsync(agency, quarter, validated, outcome, cancellationToken);
        }
    }

    /// <summary>
    /// The quarter's score follows the latest return received that has been decided (loaded or rejected), whichever
    /// job finished first; timeliness follows the first return that loaded.
    /// </summary>
    private async Task RecordDataQualityAsync(Agency agency, Period quarter, ValidatedReturn validated, SubmissionOutcome outcome, CancellationToken cancellationToken)
    {
        var returns = await appStore.GetSubmissionsAsync(
            new SubmissionFilter { AgencyId = agency.Id, PeriodKey = quarter.Key, Limit = 10_000 }, cancellationToken);
        var latestDecided = returns.Where(s => s.Status is SubmissionStatus.Loaded or SubmissionStatus.Rejected).MaxBy(s => (s.ReceivedAt, s.Id));
        if (latestDecided is not null && latestDecided.Id != outcome.SubmissionId)
        {
            return;
        }

        var loaded = returns.Where(s => s.Status == SubmissionStatus.Loaded).ToList();
        var firstLoaded = loaded.Count == 0 ? (DateTime?)null : loaded.Min(s => s.ReceivedAt);
        var score = DataQualityCalculator.Calculate(agency, quarter, validated, outcome, firstLoaded, clock.GetUtcNow().UtcDateTime);
        await appStore.SaveDataQualityAsync(score, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId}: loaded {RowCount} rows of the {Agency} return for {Quarter}")]
    private partial void LogLoaded(long submissionId, string agency, string quarter, long rowCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId} failed on retry {Retry} (final: {Final})")]
    private partial void LogFailed(Exception failure, long submissionId, int retry, bool final);
}
