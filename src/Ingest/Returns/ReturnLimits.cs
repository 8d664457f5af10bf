namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Bounds on what one return may cost to read, bound from the <c>Returns</c> section. A file past a bound gets a clear
/// error rather than an unbounded amount of memory or time.
/// </summary>
public sealed record ReturnLimits
{
    public const string Section = "Returns";

    /// <summary>The largest file accepted, upload or inbox.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Data rows in one return; a real quarter's return has a few dozen.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Characters in one cell; a note longer than this is not a note.</summary>
    public int MaxCellChars { get; init; } = 4_000;

    /// <summary>A workbook's total size once unzipped.</summary>
    public long MaxXlsxUncompressedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>How many times larger than its compressed size a workbook part may unzip to.</summary>
    public int MaxXlsxCompressionRatio { get; init; } = 200;

    /// <summary>Problems kept per file; the counts stay exact beyond it.</summary>
    public int MaxProblems { get; init; } = 1_000;
}
