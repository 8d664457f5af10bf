namespace Safeguarding.Analytics.Warehouse.Submissions;

/// <summary>
/// A file a partner agency sent, kept exactly as received, and what became of it. The agency and quarter are known on
/// receipt when the sender gives them, otherwise once the file has been read.
/// </summary>
public sealed record Submission
{
    /// <summary>Assigned by the app store.</summary>
    public long Id { get; init; }

    public string? AgencyId { get; init; }

    /// <summary>The return's quarter, e.g. <c>2024-25 Q1</c>.</summary>
    public string? PeriodKey { get; init; }

    public required string FileName { get; init; }

    /// <summary><c>csv</c> or <c>xlsx</c>.</summary>
    public required string Format { get; init; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex: an identical resubmission is recognised by it.</summary>
    public required string ContentSha256 { get; init; }

    public long SizeBytes { get; init; }

    /// <summary>How it arrived: <c>upload</c>, <c>api</c> or <c>inbox</c>.</summary>
    public required string ReceivedVia { get; init; }

    /// <summary>Who sent it: a user name, or the inbox folder's name.</summary>
    public required string ReceivedBy { get; init; }

    /// <summary>UTC; when the intake received it (the app store's clock if not given).</summary>
    public DateTime ReceivedAt { get; init; }

    public SubmissionStatus Status { get; init; } = SubmissionStatus.Received;

    /// <summary>How many times a job has started processing it.</summary>
    public int Attempts { get; init; }

    /// <summary>Data rows read from the file.</summary>
    public int RowCount { get; init; }

    public int ErrorCount { get; init; }

    public int WarningCount { get; init; }

    /// <summary>The warehouse load that carried its rows, once loaded.</summary>
    public string? LoadId { get; init; }

    /// <summary>1 for the agency's first loaded return for the quarter, 2 for the next resubmission, and so on.</summary>
    public int? ReturnVersion { get; init; }

    /// <summary>For an unchanged file: the loaded submission it is identical to.</summary>
    public long? DuplicateOf { get; init; }

    /// <summary>UTC; when processing ended (loaded, rejected, unchanged or failed).</summary>
    public DateTime? ProcessedAt { get; init; }

    /// <summary>Why processing failed, for a Failed submission or the last failed attempt.</summary>
    public string? FailureMessage { get; init; }
}
