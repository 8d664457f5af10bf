using System.Globalization;
using System.Security.Cryptography;
using Hangfire;
using Microsoft.Extensions.Logging;
using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.Extracts;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Domain.Readers;

namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>
/// Runs a deep-dive extract: streams its figures from the warehouse into a file with disclosure control on every row,
/// and keeps the run's record (rows, suppressed figures, duration, size, SHA-256). The file is written under a
/// temporary name and renamed only when complete, so a failed run never leaves half a file; its reason is kept in
/// words. A run is not retried: the board asks again, and sees why it failed.
/// </summary>
public sealed partial class DeepDiveExtractJob(
    IAppStore appStore,
    IAnalyticStore warehouse,
    FiguresForReaders figures,
    ReferenceDataSet referenceData,
    BoardOptions board,
    ExtractOptions options,
    ExtractScheduler scheduler,
    TimeProvider clock,
    AuditTrail audit,
    ILogger<DeepDiveExtractJob> logger)
{
    /// <summary>What the recurring job calls: adds a scheduled run, runs it, then sets the next occurrence.</summary>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [Queue(JobQueues.Analytics)]
    public async Task RunScheduledAsync(string extractId, CancellationToken cancellationToken)
    {
        var run = await appStore.AddExtractRunAsync(
            new ExtractRun { ExtractId = extractId, Trigger = ExtractRunTriggers.Schedule, RequestedBy = AuditActors.System }, cancellationToken).ConfigureAwait(false);
        try
        {
            await RunAsync(run.Id, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // A board-meeting date moves each year: the recurring job is pointed at the next one.
            if (await appStore.FindExtractAsync(extractId, cancellationToken).ConfigureAwait(false) is { } extract)
            {
                await scheduler.ApplyAsync(extract, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs a run already added (queued) to the app store.</summary>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [Queue(JobQueues.Analytics)]
    public async Task RunAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await appStore.FindExtractRunAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no extract run {runId}.");
        var started = clock.GetUtcNow().UtcDateTime;
        string? partial = null;
        try
        {
            var extract = await appStore.FindExtractAsync(run.ExtractId, cancellationToken).ConfigureAwait(false)
                ?? throw new ExtractScopeException($"Extract {run.ExtractId} was deleted before the run began.");
            var catalogue = await appStore.GetIndicatorsAsync(cancellationToken).ConfigureAwait(false);
            var scope = ExtractScope.Of(extract, catalogue, referenceData.Areas, board.HomeAreaCode, DateOnly.FromDateTime(started));
            await appStore.StartExtractRunAsync(runId, started, scope.From.Key, scope.To.Key, cancellationToken).ConfigureAwait(false);

            var format = extract.Format == "xlsx" ? ExtractFormat.Xlsx : ExtractFormat.Csv;
            var folder = Path.GetFullPath(options.Folder);
            Directory.CreateDirectory(folder);
            var fileName = string.Create(CultureInfo.InvariantCulture, $"{extract.Id}-{started:yyyyMMdd-HHmmss}-run{runId}.{extract.Format}");
            var path = Path.Combine(folder, fileName);
            partial = path + ".partial";
            var header = new ExtractHeader
            {
                Title = extract.Title,
                Theme = extract.Theme,
                Indicators = scope.Indicators,
                Areas = scope.Areas,
                From = scope.From,
                To = scope.To,
                RunId = runId.ToString(CultureInfo.InvariantCulture),
                RequestedBy = run.RequestedBy,
                GeneratedAtUtc = started,
                // A file leaves the service: it carries what a board member may see, whoever asked for it.
                Withheld = await figures.WithheldFromAsync(Reader.BoardMember, scope.Indicators, cancellationToken: cancellationToken).ConfigureAwait(false),
            };

            ExtractFileSummary summary;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                summary = await ExtractFileWriter.WriteAsync(file, format, header, warehouse.StreamAsync(scope.Query, cancellationToken), cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var (bytes, sha256) = await FingerprintAsync(partial, cancellationToken).ConfigureAwait(false);
            File.Move(partial, path, overwrite: true);
            partial = null;
            var finished = clock.GetUtcNow().UtcDateTime;
            await appStore.CompleteExtractRunAsync(new ExtractRunOutcome
            {
                RunId = runId, Succeeded = true, FinishedAt = finished, Rows = summary.Rows, SuppressedFigures = summary.SuppressedFigures,
                Bytes = bytes, Sha256 = sha256, FilePath = path, FileName = fileName,
            }, CancellationToken.None).ConfigureAwait(false);
            await audit.RecordAsync(run.RequestedBy, AuditActions.ExtractRunSucceeded, AuditSubjects.Extract, extract.Id,
                $"Run {runId} ({run.Trigger}), {scope.From.Key} to {scope.To.Key}: {summary.Rows:N0} rows, {summary.SuppressedFigures:N0} figures suppressed, {bytes:N0} bytes, SHA-256 {sha256}, {(finished - started).TotalSeconds:N1} s",
                cancellationToken: CancellationToken.None).ConfigureAwait(false);
            LogSucceeded(runId, extract.Id, summary.Rows);
        }
        catch (Exception problem)
        {
            if (partial is not null && File.Exists(partial))
            {
                File.Delete(partial);
            }

            var reason = Reason(problem);
            await appStore.CompleteExtractRunAsync(
                new ExtractRunOutcome { RunId = runId, Succeeded = false, FinishedAt = clock.GetUtcNow().UtcDateTime, Error = reason },
                CancellationToken.None).ConfigureAwait(false);
            await audit.RecordAsync(AuditActors.System, AuditActions.ExtractRunFailed, AuditSubjects.Extract, run.ExtractId,
                $"Run {runId} ({run.Trigger}, asked by {run.RequestedBy}) failed: {reason}", cancellationToken: CancellationToken.None).ConfigureAwait(false);
            LogFailed(problem, runId, run.ExtractId);
            throw;
        }
    }

    private static string Reason(Exception problem) => problem switch
    {
        OperationCanceledException => "The run was stopped (the service was shutting down) before its file was complete.",
        ExtractScopeException or NotSupportedException => problem.Message,
        _ => $"{problem.Message} ({problem.GetType().Name})",
    };

    private static async Task<(long Bytes, string Sha256)> FingerprintAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false);
        return (file.Length, Convert.ToHexStringLower(hash));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Extract run {RunId} of {ExtractId} wrote {Rows} rows")]
    private partial void LogSucceeded(long runId, string extractId, long rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "Extract run {RunId} of {ExtractId} failed")]
    private partial void LogFailed(Exception problem, long runId, string extractId);
}
