namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>One run of an extract: who or what asked, how it went, and the file it made.</summary>
public sealed record ExtractRun
{
    public long Id { get; init; }
    public required string ExtractId { get; init; }

    /// <summary>One of <see cref="ExtractRunStatuses.All"/>.</summary>
    public string Status { get; init; } = ExtractRunStatuses.Queued;

    /// <summary><see cref="ExtractRunTriggers.Manual"/> or <see cref="ExtractRunTriggers.Schedule"/>.</summary>
    public required string Trigger { get; init; }

    public required string RequestedBy { get; init; }

    /// <summary>UTC; set by the app store when the run is added.</summary>
    public DateTime QueuedAt { get; init; }

    public DateTime? StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }

    /// <summary>The period keys the run covered, once known.</summary>
    public string? PeriodFrom { get; init; }

    public string? PeriodTo { get; init; }
    public long? Rows { get; init; }
    public long? SuppressedFigures { get; init; }
    public long? Bytes { get; init; }
    public string? Sha256 { get; init; }

    /// <summary>Where the finished file is kept on the server.</summary>
    public string? FilePath { get; init; }

    /// <summary>The name the file is downloaded under.</summary>
    public string? FileName { get; init; }

    /// <summary>Why a failed run failed, in words.</summary>
    public string? Error { get; init; }

    public TimeSpan? Duration => StartedAt is { } start && FinishedAt is { } end ? end - start : null;
}
