namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Turns rows of cells — from a CSV file or a worksheet — into return records: the first row is the header, mapped
/// to the layout's columns by name in any order; later rows become records. Shared so that both formats check the
/// same things in the same words.
/// </summary>
/// <param name="added">
/// Given each record as it is read, for a reader that validates while reading; the table then keeps none itself, so
/// a large file's rows are not all held at once.
/// </param>
internal sealed class ReturnTable(ReturnLimits limits, ProblemList problems, Action<ReturnRecord>? added = null)
{
    private readonly string[] _record = new string[ReturnColumns.All.Count];
    private int[] _columnOf = [];

    public List<ReturnRecord> Records { get; } = [];

    /// <summary>What to do about a row with more cells than the header, in the words of the file's format.</summary>
    public string ExtraCellsHint { get; init; } = "check for a stray comma, or a comma in a note that is not in quotes";

    /// <summary>How many data rows were read, whether kept here or given away.</summary>
    public int RecordCount { get; private set; }

    public bool HasHeader { get; private set; }

    /// <summary>Adds the header or a row; false when reading must stop.</summary>
    public bool Add(int row, IReadOnlyList<string> cells) => HasHeader ? AddRecord(row, cells) : AddHeader(row, cells);

    /// <summary>The column a cell belongs to, by its position; null past the header.</summary>
    public string? ColumnName(int position) =>
        HasHeader && position < _columnOf.Length && _columnOf[position] >= 0 ? ReturnColumns.All[_columnOf[position]] : null;

    private bool AddHeader(int row, IReadOnlyList<string> cells)
    {
        var names = cells.Select(c => c.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        if (names.Count == 1 && (names[0].Contains(';', StringComparison.Ordinal) || names[0].Contains('\t', StringComparison.Ordinal)))
        {
            var separator = names[0].Contains(';', StringComparison.Ordinal) ? "';'" : "tabs";
            problems.Error("wrong_delimiter", row, null, $"the columns are separated by {separator}, not by commas; save the file as CSV (comma delimited).");
            return false;
        }

        while (names.Count > 0 && names[^1].Length == 0)
        {
            names.RemoveAt(names.Count - 1);
        }

        _columnOf = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            _columnOf[i] = ReturnColumns.IndexOf(names[i]);
            if (_columnOf[i] < 0)
            {
                problems.Error("unknown_column", row, names[i].Length == 0 ? null : names[i], $"'{names[i]}' is not a column of a return; the columns are {ReturnColumns.Header}.");
            }
            else if (Array.IndexOf(_columnOf, _columnOf[i], 0, i) >= 0)
            {
                problems.Error("duplicate_column", row, names[i], "the column appears more than once.");
            }
        }

        foreach (var missing in ReturnColumns.Required.Where(r => !names.Contains(r)))
        {
            problems.Error("missing_column", row, missing, $"the header has no '{missing}' column; the columns are {ReturnColumns.Header}.");
        }

        HasHeader = true;
        return problems.Errors == 0;
    }

    private bool AddRecord(int row, IReadOnlyList<string> cells)
    {
        if (RecordCount >= limits.MaxRows)
        {
            problems.Error("too_many_rows", row, null, $"the file has more than {limits.MaxRows:N0} rows; a quarter's return has far fewer. Send one agency's quarter per file.");
            return false;
        }

        var count = cells.Count;
        while (count > _columnOf.Length && cells[count - 1].Length == 0)
        {
            count--;
        }

        if (count > _columnOf.Length)
        {
            problems.Error("wrong_cell_count", row, null, $"the row has {count} cells but the header has {_columnOf.Length}; {ExtraCellsHint}.");
            return true;
        }

        Array.Fill(_record, string.Empty);
        for (var i = 0; i < count; i++)
        {
            _record[_columnOf[i]] = cells[i];
        }

        var record = ReturnRecord.From(row, _record);
        RecordCount++;
        if (added is null)
        {
            Records.Add(record);
        }
        else
        {
            added(record);
        }

        return true;
    }
}
