using System.Globalization;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>One bad cell (or row, or header) of a record feed file, named so it can be found and mended out of context.</summary>
public sealed record RecordProblem(string FileName, long Row, string? Column, string Message)
{
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"{FileName} row {Row}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{FileName} row {Row}, column '{Column}': {Message}");
}
