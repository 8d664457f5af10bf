using System.Globalization;
using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Warehouse.Schedules;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Flat shapes Dapper maps to and from the submissions tables. SQLite keeps times as text and booleans as integers,
// PostgreSQL as timestamptz and boolean, so those columns arrive as objects and are read by StoredValue.
internal static class StoredValue
{
    public static DateTime Utc(object value) => value switch
    {
        DateTime d => d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime(),
        DateTimeOffset o => o.UtcDateTime,
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        var other => throw new InvalidOperationException($"Unexpected stored time {other}."),
    };

    public static DateTime? NullableUtc(object? value) => value is null or DBNull ? null : Utc(value);

    /// <summary>A UTC time cut to the millisecond, as both engines keep it, so what is written is what is read back.</summary>
    public static DateTime Millisecond(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    public static bool Boolean(object value) => value switch
    {
        bool b => b,
        var number => Convert.ToInt64(number, CultureInfo.InvariantCulture) != 0,
    };
}

internal sealed class SubmissionRow
{
    public const string Columns = """
        id AS Id, agency_id AS AgencyId, period_key AS PeriodKey, file_name AS FileName, format AS Format,
        content_sha256 AS ContentSha256, size_bytes AS SizeBytes, received_via AS ReceivedVia, received_by AS ReceivedBy,
        received_at AS ReceivedAt, status AS Status, attempts AS Attempts, row_count AS RowCount, error_count AS ErrorCount,
        warning_count AS WarningCount, load_id AS LoadId, return_version AS ReturnVersion, duplicate_of AS DuplicateOf,
        processed_at AS ProcessedAt, failure_message AS FailureMessage
        """;

    public long Id { get; set; }
    public string? AgencyId { get; set; }
    public string? PeriodKey { get; set; }
    public string FileName { get; set; } = "";
    public string Format { get; set; } = "";
    public string ContentSha256 { get; set; } = "";
    public long SizeBytes { get; set; }
    public string ReceivedVia { get; set; } = "";
    public string ReceivedBy { get; set; } = "";
    public object ReceivedAt { get; set; } = "";
    public string Status { get; set; } = "";
    public long Attempts { get; set; }
    public long RowCount { get; set; }
    public long ErrorCount { get; set; }
    public long WarningCount { get; set; }
    public string? LoadId { get; set; }
    public long? ReturnVersion { get; set; }
    public long? DuplicateOf { get; set; }
    public object? ProcessedAt { get; set; }
    public string? FailureMessage { get; set; }

    public Submission ToSubmission() => new()
    {
        Id = Id,
        AgencyId = AgencyId,
        PeriodKey = PeriodKey,
        FileName = FileName,
        Format = Format,
        ContentSha256 = ContentSha256,
        SizeBytes = SizeBytes,
        ReceivedVia = ReceivedVia,
        ReceivedBy = ReceivedBy,
        ReceivedAt = StoredValue.Utc(ReceivedAt),
        Status = Enum.Parse<SubmissionStatus>(Status),
        Attempts = (int)Attempts,
        RowCount = (int)RowCount,
        ErrorCount = (int)ErrorCount,
        WarningCount = (int)WarningCount,
        LoadId = LoadId,
        ReturnVersion = (int?)ReturnVersion,
        DuplicateOf = DuplicateOf,
        ProcessedAt = StoredValue.NullableUtc(ProcessedAt),
        FailureMessage = FailureMessage,
    };
}

internal sealed class ProblemRow
{
    public string Severity { get; set; } = "";
    public string Code { get; set; } = "";
    public long? RowNumber { get; set; }
    public string? ColumnName { get; set; }
    public string Message { get; set; } = "";

    public SubmissionProblem ToProblem() =>
        new(Enum.Parse<ProblemSeverity>(Severity), Code, (int?)RowNumber, ColumnName, Message);
}

internal sealed class DataQualityRow
{
    public const string Columns = """
        agency_id AS AgencyId, period_key AS PeriodKey, submission_id AS SubmissionId,
        expected_indicators AS ExpectedIndicators, received_indicators AS ReceivedIndicators, completeness AS Completeness,
        deadline AS Deadline, first_loaded_received_at AS FirstLoadedReceivedAt, days_late AS DaysLate,
        timeliness AS Timeliness, row_count AS RowCount, error_count AS ErrorCount, validity AS Validity,
        warning_count AS WarningCount, consistency AS Consistency, score AS Score, computed_at AS ComputedAt
        """;

    public string AgencyId { get; set; } = "";
    public string PeriodKey { get; set; } = "";
    public long? SubmissionId { get; set; }
    public long ExpectedIndicators { get; set; }
    public long ReceivedIndicators { get; set; }
    public double Completeness { get; set; }
    public string Deadline { get; set; } = "";
    public object? FirstLoadedReceivedAt { get; set; }
    public long DaysLate { get; set; }
    public double Timeliness { get; set; }
    public long RowCount { get; set; }
    public long ErrorCount { get; set; }
    public double Validity { get; set; }
    public long WarningCount { get; set; }
    public double Consistency { get; set; }
    public double Score { get; set; }
    public object ComputedAt { get; set; } = "";

    public DataQualityScore ToScore() => new()
    {
        AgencyId = AgencyId,
        PeriodKey = PeriodKey,
        SubmissionId = SubmissionId,
        ExpectedIndicators = (int)ExpectedIndicators,
        ReceivedIndicators = (int)ReceivedIndicators,
        Completeness = Completeness,
        Deadline = DateOnly.ParseExact(Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        FirstLoadedReceivedAt = StoredValue.NullableUtc(FirstLoadedReceivedAt),
        DaysLate = (int)DaysLate,
        Timeliness = Timeliness,
        RowCount = (int)RowCount,
        ErrorCount = (int)ErrorCount,
        Validity = Validity,
        WarningCount = (int)WarningCount,
        Consistency = Consistency,
        Score = Score,
        ComputedAt = StoredValue.Utc(ComputedAt),
    };
}

internal sealed class ScheduleRow
{
    public string Id { get; set; } = "";
    public string JobKind { get; set; } = "";
    public string Cron { get; set; } = "";
    public string? ArgumentsJson { get; set; }
    public object Enabled { get; set; } = false;
    public object UpdatedAt { get; set; } = "";

    public RecurringSchedule ToSchedule() => new()
    {
        Id = Id,
        JobKind = JobKind,
        Cron = Cron,
        ArgumentsJson = ArgumentsJson,
        Enabled = StoredValue.Boolean(Enabled),
        UpdatedAt = StoredValue.Utc(UpdatedAt),
    };
}
