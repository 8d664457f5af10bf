namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>What a finished run made: a file with its counts, or the reason it failed.</summary>
public sealed record ExtractRunOutcome
{
    public required long RunId { get; init; }
    public required bool Succeeded { get; init; }
    public required DateTime FinishedAt { get; init; }
    public long? Rows { get; init; }
    public long? SuppressedFigures { get; init; }
    public long? Bytes { get; init; }
    public string? Sha256 { get; init; }
    public string? FilePath { get; init; }
    public string? FileName { get; init; }
    public string? Error { get; init; }
}
