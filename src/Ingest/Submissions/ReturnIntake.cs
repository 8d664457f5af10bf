using System.Globalization;
using System.Security.Cryptography;
using Hangfire;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Submissions;

/// <summary>
/// The front door for a partner's file: keeps it exactly as received in the app store and queues the job that
/// validates and loads it. Nothing here reads the file's rows, so a hostile file costs only its bytes.
/// </summary>
public sealed class ReturnIntake(
    IAppStore appStore, ReferenceDataSet referenceData, ReturnLimits limits, IBackgroundJobClient jobs, TimeProvider clock, AuditTrail audit)
{
    /// <summary>
    /// Stores the file, records its receipt in the audit trail and queues its processing. A return sent through the
    /// dashboard whose receipt cannot be recorded is kept but not processed, and the sender is told it failed.
    /// </summary>
    /// <exception cref="ReturnRefusedException">The file is empty or too large, or the agency or quarter given is unknown.</exception>
    public async Task<Submission> ReceiveAsync(ReceivedReturn received, CancellationToken cancellationToken = default)
    {
        var submission = await KeepAsync(received, cancellationToken);
        jobs.Enqueue<ProcessReturnJob>(job => job.RunAsync(submission.Id, null, CancellationToken.None));
        return submission;
    }

    /// <summary>
    /// Stores the file and records its receipt, without queuing its processing: for a caller that processes it at
    /// once with <see cref="ProcessReturnJob"/>, as the start-up load does with the demo's returns.
    /// </summary>
    /// <exception cref="ReturnRefusedException">The file is empty or too large, or the agency or quarter given is unknown.</exception>
    public async Task<Submission> KeepAsync(ReceivedReturn received, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        var fileName = Path.GetFileName(received.FileName.Trim());
        if (fileName.Length == 0)
        {
            throw new ReturnRefusedException("The file has no name.");
        }

        if (received.Content.Length == 0)
        {
            throw new ReturnRefusedException($"{fileName} is empty: there is nothing to load.");
        }

        if (received.Content.Length > limits.MaxBytes)
        {
            throw new ReturnRefusedException(
                $"{fileName} is {received.Content.Length:N0} bytes; the largest return accepted is {limits.MaxBytes:N0} bytes.");
        }

        var agency = received.AgencyId is { Length: > 0 } agencyId
            ? referenceData.FindAgency(agencyId) ?? throw new ReturnRefusedException(
                $"'{agencyId}' is not a partner agency; expected one of {string.Join(", ", referenceData.Agencies.Select(a => a.Id))}.")
            : null;
        string? periodKey = null;
        if (received.PeriodKey is { Length: > 0 } key)
        {
            if (!Period.TryParse(key, out var period) || period.Kind != PeriodKind.FinancialQuarter)
            {
                throw new ReturnRefusedException($"'{key}' is not a financial quarter: expected e.g. '2024-25 Q1'.");
            }

            periodKey = period.Key;
        }

        var submission = await appStore.AddSubmissionAsync(
            new Submission
            {
                AgencyId = agency?.Id,
                PeriodKey = periodKey,
                FileName = fileName,
                Format = FormatOf(received.Content),
                ContentSha256 = ContentSha256Of(received.Content),
                SizeBytes = received.Content.Length,
                ReceivedVia = received.Via,
                ReceivedBy = received.By,
                ReceivedAt = received.ReceivedAt ?? clock.GetUtcNow().UtcDateTime,
            },
            received.Content,
            cancellationToken);
        await audit.RecordAsync(received.By, AuditActions.ReturnReceived, AuditSubjects.Submission, submission.Id.ToString(CultureInfo.InvariantCulture), ReceiptDetail(submission), received.ClientAddress, cancellationToken);
        return submission;
    }

    private static string ReceiptDetail(Submission s) =>
        $"{s.FileName} ({s.Format}, {s.SizeBytes:N0} bytes) via {s.ReceivedVia}; agency {s.AgencyId ?? "from its rows"}, quarter {s.PeriodKey ?? "from its rows"}";

    /// <summary>The key a file is known by: the SHA-256 of its bytes, lower-case hex, as kept with its submission.</summary>
    public static string ContentSha256Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>By content, not by name: a workbook is a zip archive.</summary>
    public static string FormatOf(ReadOnlySpan<byte> content) =>
        content.StartsWith("PK\u0003\u0004"u8) ? "xlsx" : "csv";
}
