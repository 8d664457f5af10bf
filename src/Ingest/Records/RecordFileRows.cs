using System.Globalization;
using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// A record feed file's rows with its columns found by name in the header: a column the feed does not have is refused
/// by name (record feeds carry pseudonymised ids, nothing else), a missing one is named, a row with the wrong number of
/// values is a problem. Cells come trimmed of spaces, as bytes.
/// </summary>
internal sealed class RecordFileRows
{
    private readonly RecordCsvRows _rows;
    private readonly int[] _index;
    private readonly int _width;

    private RecordFileRows(RecordCsvRows rows, int[] index, int width, IReadOnlyList<string> columns, RecordProblems problems)
    {
        _rows = rows;
        _index = index;
        _width = width;
        Columns = columns;
        Problems = problems;
    }

    public IReadOnlyList<string> Columns { get; }

    public RecordProblems Problems { get; }

    public long Row => _rows.Row;

    /// <summary>Reads the header; a header that cannot be read is thrown at once, as there are no rows to check.</summary>
    /// <exception cref="RecordFileException">The file is empty, or its header has a column missing, unknown or twice.</exception>
    public static RecordFileRows Open(string fileName, Stream stream, RecordFeed feed)
    {
        var problems = new RecordProblems(fileName);
        var columns = RecordFeedFormats.ColumnsOf(feed);
        var rows = new RecordCsvRows(stream);
        if (!ReadRow(rows, problems))
        {
            problems.Add(1, null, $"the file is empty; a header row naming the columns {string.Join(",", columns)} is expected.");
            problems.ThrowIfAny();
        }

        if (rows.BlankBefore is { } blank)
        {
            problems.Add(blank, null, "the line is blank: the header is the file's first line.");
            problems.ThrowIfAny();
        }

        var index = new int[columns.Count];
        Array.Fill(index, -1);
        for (var i = 0; i < rows.Count; i++)
        {
            var name = RecordFeedFormats.Name(System.Text.Encoding.UTF8.GetString(rows[i]));
            var column = IndexOf(columns, name);
            if (column < 0)
            {
                problems.Add(1, name, $"column '{name}' is not part of the {RecordFeedFormats.Describe(feed)} feed; its columns are {string.Join(",", columns)} (record feeds carry pseudonymised ids only, never names or dates of birth).");
            }
            else if (index[column] >= 0)
            {
                problems.Add(1, name, $"column '{name}' appears twice in the header.");
            }
            else
            {
                index[column] = i;
            }
        }

        for (var column = 0; column < columns.Count; column++)
        {
            if (index[column] < 0)
            {
                problems.Add(1, columns[column], $"column '{columns[column]}' is missing from the header.");
            }
        }

        problems.ThrowIfAny();
        return new RecordFileRows(rows, index, rows.Count, columns, problems);
    }

    /// <summary>Moves to the next row with a value for every column; false at the end of the file or of what can be read.</summary>
    public bool Next()
    {
        while (ReadRow(_rows, Problems))
        {
            if (_rows.BlankBefore is { } blank)
            {
                // The store numbers a load's records from row 2 on; a blank line between them would shift every later one.
                Problems.Add(blank, null, "the line is blank: a record feed has no blank lines between its rows (only at its end).");
            }

            if (_rows.Count == _width)
            {
                return true;
            }

            Problems.Add(_rows.Row, null, string.Create(CultureInfo.InvariantCulture, $"the row has {_rows.Count} values; the header has {_width} columns."));
        }

        return false;
    }

    public ReadOnlySpan<byte> Cell(int column) => _rows[_index[column]].Trim((byte)' ');

    public void Problem(int column, string message) => Problems.Add(_rows.Row, Columns[column], message);

    private static bool ReadRow(RecordCsvRows rows, RecordProblems problems)
    {
        try
        {
            return rows.Read();
        }
        catch (InvalidDataException unreadable)
        {
            problems.Add(rows.Row + 1, null, unreadable.Message + " Reading stopped here.");
            return false;
        }
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
