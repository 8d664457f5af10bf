using System.Globalization;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.DataQuality;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Ingest.Loading;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;
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
    AuditTrail audit,
    ILogger<ProcessReturnJob> logger)
{
    /// <summary>
    /// Retries after the first failure; the delays grow so a store that is down for a while can recover
    /// (<c>Hangfire:RetryDelaysSeconds</c> replaces them).
    /// </summary>
    public const int Retries = SubmissionAttempts.Allowed - 1;

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
            // Hangfire counts the retries (AutomaticRetry sets RetryCount before each); run outside Hangfire, the
            // first attempt is the last.
            var attempt = (context?.GetJobParameter<int>("RetryCount") ?? Retries) + 1;
            var final = attempt >= SubmissionAttempts.Allowed;
            var words = FailureInWords.Of(failure);
            LogFailed(failure, submissionId, attempt, final);
            await appStore.RecordSubmissionFailureAsync(submissionId, attempt, words, final, CancellationToken.None);
            if (final)
            {
                await audit.RecordAsync(
                    AuditActors.System,
                    AuditActions.ReturnFailed,
                    AuditSubjects.Submission,
                    submissionId.ToString(CultureInfo.InvariantCulture),
                    $"{submission.FileName}: failed after {attempt} attempts: {words}",
                    cancellationToken: CancellationToken.None);
            }

            throw;
        }
    }

    private async Task ProcessAsync(Submission submission, CancellationToken cancellationToken)
    {
        var content = await appStore.GetSubmissionContentAsync(submission.Id, cancellationToken);
        var agency = referenceData.FindAgency(submission.AgencyId);
        var quarter = Period.TryParse(submission.PeriodKey, out var period) ? period : null;
        ValidatedReturn? first = null;
        if (agency is null || quarter is null)
        {
            // The sender did not say whose return it is or for which quarter: the rows tell, once the file is read;
            // that reading is then the one loaded, not repeated.
            first = Validate(submission, content, agency, quarter);
            if (!first.IsValid || first.Agency is null || first.Quarter is null)
            {
                await CompleteAsync(submission, first, SubmissionStatus.Rejected, first.Problems, cancellationToken: cancellationToken);
                return;
            }

            (agency, quarter) = (first.Agency, first.Quarter);
        }

        using var held = loadLock.Acquire("return", $"{agency.Id}:{quarter.Key}");

        // A commit that landed before the app store heard of it (the job died in between) is not loaded twice; a file
        // the same as the return loaded last changes nothing.
        var landed = await warehouse.FindLoadBySubmissionKeyAsync(SubmissionKey(submission.Id), cancellationToken);
        var latest = await appStore.FindLatestLoadedSubmissionAsync(agency.Id, quarter.Key, cancellationToken);
        if (landed is not null || latest?.ContentSha256 == submission.ContentSha256)
        {
            var validated = first ?? Validate(submission, content, agency, quarter);
            if (landed is null)
            {
                await CompleteAsync(
                    submission,
                    validated,
                    validated.IsValid ? SubmissionStatus.Unchanged : SubmissionStatus.Rejected,
                    validated.Problems,
                    duplicateOf: validated.IsValid ? latest!.Id : null,
                    cancellationToken: cancellationToken);
                return;
            }

            var evidence = await PlausibilityEvidenceQuery.ReadAsync(warehouse, referenceData.Areas, validated, cancellationToken);
            await CompleteLoadAsync(submission, validated, landed, latest, evidence, CommentaryOf(validated), cancellationToken);
            return;
        }

        await LoadWhileValidatingAsync(submission, content, first, agency, quarter, latest, cancellationToken);
    }

    /// <summary>
    /// Checks the rows and loads those that pass as they are checked, numbered as new versions; the load is committed
    /// only when the whole file has passed, so a file with any error leaves nothing visible. What the plausibility
    /// checks compare with is read first, so the return is not compared with itself.
    /// </summary>
    /// <param name="alreadyRead">The file's answer when it had to be read first to tell its agency and quarter.</param>
    private async Task LoadWhileValidatingAsync(
        Submission submission, byte[] content, ValidatedReturn? alreadyRead, Agency agency, Period quarter, Submission? latest, CancellationToken cancellationToken)
    {
        var owned = referenceData.Indicators.Where(agency.Owns).ToList();
        var indicatorIds = owned.Select(i => i.Id).ToList();
        var periodKeys = owned.Select(i => ReturnTemplate.RowPeriod(i, quarter).Key).Distinct(StringComparer.Ordinal).ToList();
        string[] areaCodes = [HomeArea.Code];
        var evidence = await PlausibilityEvidenceQuery.ReadAsync(warehouse, referenceData.Areas, indicatorIds, areaCodes, periodKeys, cancellationToken);
        var versions = await ObservationVersioning.LatestVersionsAsync(warehouse, indicatorIds, areaCodes, periodKeys, cancellationToken);

        ValidatedReturn? validated = null;
        var commentary = new ReturnCommentary();
        var rows = RowsWhileValidating.Of(
            accepted => alreadyRead is null
                ? Validate(submission, content, agency, quarter, TakingNotes(commentary, accepted))
                : Replay(alreadyRead, TakingNotes(commentary, accepted)),
            row => ObservationVersioning.Next(row, versions),
            result => validated = result);
        LoadRecord landed;
        try
        {
            landed = await warehouse.AppendAsync(
                new ObservationLoad(
                    ObservationLoad.NewId(),
                    QuarterlyReturn.SourceOf(agency),
                    $"{agency.Name} return for {quarter.Key}: {submission.FileName} (submission {submission.Id})",
                    rows)
                {
                    SubmissionKey = SubmissionKey(submission.Id),
                },
                cancellationToken);
        }
        catch (Exception failure) when (ReturnHasErrorsException.FoundIn(failure) is { } errors)
        {
            await CompleteAsync(submission, errors.Validated, SubmissionStatus.Rejected, errors.Validated.Problems, cancellationToken: cancellationToken);
            return;
        }

        await CompleteLoadAsync(submission, validated!, landed, latest, evidence, commentary, cancellationToken);
    }

    /// <summary>
    /// Records what a committed load made of the submission. Its notes are stored first: should the job stop before
    /// the submission is marked loaded, the retry stores the same notes again, which adds nothing.
    /// </summary>
    private async Task CompleteLoadAsync(
        Submission submission,
        ValidatedReturn validated,
        LoadRecord landed,
        Submission? latest,
        PlausibilityEvidence evidence,
        ReturnCommentary commentary,
        CancellationToken cancellationToken)
    {
        await StoreCommentaryAsync(submission, validated.Agency!, validated.Quarter!, commentary, cancellationToken);
        var warnings = ReturnPlausibility.Check(validated, evidence, referenceData);
        await CompleteAsync(
            submission,
            validated,
            SubmissionStatus.Loaded,
            [.. validated.Problems, .. warnings],
            loadId: landed.LoadId,
            returnVersion: (latest?.ReturnVersion ?? 0) + 1,
            cancellationToken: cancellationToken);
        LogLoaded(submission.Id, validated.Agency!.Name, validated.Quarter!.Key, landed.RowCount);
        jobs.Enqueue<AnalyticsRefreshJob>(job => job.RunAsync(landed.LoadId, CancellationToken.None));
    }

    /// <summary>An answer already read, its lines given again as if they were being checked.</summary>
    private static ValidatedReturn Replay(ValidatedReturn validated, Action<ReturnLine> accepted)
    {
        foreach (var line in validated.Lines)
        {
            accepted(line);
        }

        return validated;
    }

    private Area HomeArea => referenceData.Areas.Resolve(board.HomeAreaCode);

    private ValidatedReturn Validate(Submission submission, byte[] content, Agency? agency, Period? quarter, Action<ReturnLine>? accepted = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        return new QuarterlyReturnValidator(referenceData).ReadAndValidate(
            submission.FileName, stream, agency, quarter, new HashSet<string>(StringComparer.Ordinal) { HomeArea.Code }, limits, accepted);
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
        await audit.RecordAsync(AuditActors.System, AuditActionOf(status), AuditSubjects.Submission, submission.Id.ToString(CultureInfo.InvariantCulture), OutcomeDetail(submission, outcome), cancellationToken: cancellationToken);
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

    private static string AuditActionOf(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Loaded => AuditActions.ReturnLoaded,
        SubmissionStatus.Unchanged => AuditActions.ReturnUnchanged,
        _ => AuditActions.ReturnRejected,
    };

    private static string OutcomeDetail(Submission submission, SubmissionOutcome outcome) =>
        $"{submission.FileName}: agency {outcome.AgencyId ?? "unknown"}, quarter {outcome.PeriodKey ?? "unknown"}; {outcome.RowCount:N0} rows, " +
        $"{outcome.ErrorCount:N0} errors, {outcome.WarningCount:N0} warnings" + (outcome.LoadId is null ? "" : $"; load {outcome.LoadId}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId}: loaded {RowCount} rows of the {Agency} return for {Quarter}")]
    private partial void LogLoaded(long submissionId, string agency, string quarter, long rowCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId} failed on attempt {Attempt} (final: {Final})")]
    private partial void LogFailed(Exception failure, long submissionId, int attempt, bool final);
}
