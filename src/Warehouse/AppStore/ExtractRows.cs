using System.Text.Json;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Warehouse.AppStore;

internal sealed class ExtractDefinitionRow
{
    public const string Columns = """
        id AS Id, title AS Title, theme AS Theme, indicator_ids AS IndicatorIds, priority_ids AS PriorityIds,
        area_roles AS AreaRoles, period_from AS PeriodFrom, period_to AS PeriodTo, last_quarters AS LastQuarters,
        format AS Format, schedule_kind AS ScheduleKind, cron AS Cron, working_days_before AS WorkingDaysBefore,
        board_month AS BoardMonth, schedule_enabled AS ScheduleEnabled, deep_dive_id AS DeepDiveId,
        created_by AS CreatedBy, created_at AS CreatedAt, updated_by AS UpdatedBy, updated_at AS UpdatedAt
        """;

    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Theme { get; set; } = "";
    public string IndicatorIds { get; set; } = "[]";
    public string PriorityIds { get; set; } = "[]";
    public string AreaRoles { get; set; } = "[]";
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }
    public int? LastQuarters { get; set; }
    public string Format { get; set; } = "";
    public string ScheduleKind { get; set; } = "";
    public string? Cron { get; set; }
    public int? WorkingDaysBefore { get; set; }
    public int? BoardMonth { get; set; }
    public object ScheduleEnabled { get; set; } = false;
    public string? DeepDiveId { get; set; }
    public string CreatedBy { get; set; } = "";
    public object CreatedAt { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public object UpdatedAt { get; set; } = "";

    public static string List(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public ExtractDefinition ToDefinition() => new()
    {
        Id = Id,
        Title = Title,
        Theme = Theme,
        IndicatorIds = JsonSerializer.Deserialize<string[]>(IndicatorIds) ?? [],
        PriorityIds = JsonSerializer.Deserialize<string[]>(PriorityIds) ?? [],
        AreaRoles = JsonSerializer.Deserialize<string[]>(AreaRoles) ?? [],
        Periods = new ExtractPeriodRange { From = PeriodFrom, To = PeriodTo, LastQuarters = LastQuarters },
        Format = Format,
        Schedule = new ExtractSchedule
        {
            Kind = ScheduleKind,
            Cron = Cron,
            WorkingDaysBefore = WorkingDaysBefore,
            BoardMonth = BoardMonth,
            Enabled = StoredValue.Boolean(ScheduleEnabled),
        },
        DeepDiveId = DeepDiveId,
        CreatedBy = CreatedBy,
        CreatedAt = StoredValue.Utc(CreatedAt),
        UpdatedBy = UpdatedBy,
        UpdatedAt = StoredValue.Utc(UpdatedAt),
    };
}

internal sealed class ExtractRunRow
{
    public const string Columns = """
        id AS Id, extract_id AS ExtractId, status AS Status, run_trigger AS RunTrigger, requested_by AS RequestedBy,
        queued_at AS QueuedAt, started_at AS StartedAt, finished_at AS FinishedAt, period_from AS PeriodFrom,
        period_to AS PeriodTo, row_count AS RowCount, suppressed_figures AS SuppressedFigures, bytes AS Bytes,
        sha256 AS Sha256, file_path AS FilePath, file_name AS FileName, error AS Error
        """;

    public long Id { get; set; }
    public string ExtractId { get; set; } = "";
    public string Status { get; set; } = "";
    public string RunTrigger { get; set; } = "";
    public string RequestedBy { get; set; } = "";
    public object QueuedAt { get; set; } = "";
    public object? StartedAt { get; set; }
    public object? FinishedAt { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }
    public long? RowCount { get; set; }
    public long? SuppressedFigures { get; set; }
    public long? Bytes { get; set; }
    public string? Sha256 { get; set; }
    public string? FilePath { get; set; }
    public string? FileName { get; set; }
    public string? Error { get; set; }

    public ExtractRun ToRun() => new()
    {
        Id = Id,
        ExtractId = ExtractId,
        Status = Status,
        Trigger = RunTrigger,
        RequestedBy = RequestedBy,
        QueuedAt = StoredValue.Utc(QueuedAt),
        StartedAt = StoredValue.NullableUtc(StartedAt),
        FinishedAt = StoredValue.NullableUtc(FinishedAt),
        PeriodFrom = PeriodFrom,
        PeriodTo = PeriodTo,
        Rows = RowCount,
        SuppressedFigures = SuppressedFigures,
        Bytes = Bytes,
        Sha256 = Sha256,
        FilePath = FilePath,
        FileName = FileName,
        Error = Error,
    };
}
