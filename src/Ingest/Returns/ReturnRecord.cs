namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// One data row as read, every cell trimmed text (empty when the column is absent or blank), with its row number as
/// a spreadsheet shows it: the header is row 1.
/// </summary>
public sealed record ReturnRecord(
    int Row, string IndicatorId, string AreaCode, string Period, string Value, string Numerator, string Denominator, string Status, string Note)
{
    /// <summary>The cell of a column by its header name.</summary>
    public string this[string column] => column switch
    {
        ReturnColumns.IndicatorId => IndicatorId,
        ReturnColumns.AreaCode => AreaCode,
        ReturnColumns.Period => Period,
        ReturnColumns.Value => Value,
        ReturnColumns.Numerator => Numerator,
        ReturnColumns.Denominator => Denominator,
        ReturnColumns.Status => Status,
        ReturnColumns.Note => Note,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a return column."),
    };

    /// <summary>The cell at a position of <see cref="ReturnColumns.All"/>.</summary>
    public string Cell(int index) => index switch
    {
        0 => IndicatorId,
        1 => AreaCode,
        2 => Period,
        3 => Value,
        4 => Numerator,
        5 => Denominator,
        6 => Status,
        7 => Note,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Not a return column."),
    };

    /// <summary>Builds a record from cells in <see cref="ReturnColumns.All"/> order.</summary>
    public static ReturnRecord From(int row, IReadOnlyList<string> cells) =>
        new(row, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7]);
}
