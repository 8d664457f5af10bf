namespace Safeguarding.Analytics.Domain.DataQuality;

/// <summary>
/// An agency's data quality for one quarter's return, each dimension from 0 (worst) to 1 (best):
/// completeness (expected indicators received), timeliness (received against the deadline), validity (rows free of
/// errors) and consistency (rows free of plausibility warnings). <see cref="Score"/> is out of 100.
/// </summary>
public sealed record DataQualityScore
{
    public required string AgencyId { get; init; }
    public required string PeriodKey { get; init; }

    /// <summary>The latest submission the score was computed from.</summary>
    public long? SubmissionId { get; init; }

    public int ExpectedIndicators { get; init; }
    public int ReceivedIndicators { get; init; }
    public double Completeness { get; init; }

    public DateOnly Deadline { get; init; }

    /// <summary>UTC; when the first return that loaded arrived, or null when none has.</summary>
    public DateTime? FirstLoadedReceivedAt { get; init; }

    public int DaysLate { get; init; }
    public double Timeliness { get; init; }

    public int RowCount { get; init; }
    public int ErrorCount { get; init; }
    public double Validity { get; init; }

    public int WarningCount { get; init; }
    public double Consistency { get; init; }

    public double Score { get; init; }

    /// <summary>UTC.</summary>
    public DateTime ComputedAt { get; init; }
}
