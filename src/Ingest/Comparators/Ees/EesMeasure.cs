namespace Safeguarding.Analytics.Ingest.Comparators.Ees;

/// <summary>
/// One column of a DfE explore-education-statistics file mapped to a catalogue indicator: the dataset (recognised by
/// its signature columns, not its file name), an optional row filter, and the value, numerator and denominator columns.
/// </summary>
public sealed record EesMeasure(
    string Dataset,
    string Title,
    IReadOnlyList<string> SignatureColumns,
    string? FilterColumn,
    string? FilterValue,
    string IndicatorId,
    string ValueColumn,
    string? NumeratorColumn,
    string? DenominatorColumn);
