using System.Text;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Reads the long CSV layout from a stream in one pass (RFC 4180 quoting, CRLF or LF, a UTF-8 BOM tolerated), holding
/// one row at a time: a cell past the length limit is not buffered whole, and reading stops past the row limit.
/// Bytes that are not UTF-8 stop it with the row where they were found.
/// </summary>
internal sealed class ReturnCsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _fileName;
    private readonly ReturnLimits _limits;
    private readonly ProblemList _problems;
    private readonly ReturnTable _table;
    private readonly List<string> _cells = [];
    private readonly CellTextPool _pool = new();
    private readonly char[] _cell;
    private int _cellLength;
    private bool _cellTooLong;
    private int _row;

    private ReturnCsvReader(string fileName, ReturnLimits limits)
    {
        _fileName = fileName;
        _limits = limits;
        _problems = new ProblemList(fileName, limits.MaxProblems);
        _table = new ReturnTable(limits, _problems);
        _cell = new char[limits.MaxCellChars];
    }

    public static ReturnReadResult Read(string fileName, Stream content, ReturnLimits limits)
    {
        var reader = new ReturnCsvReader(fileName, limits);
        reader.ReadAll(content);
        return new ReturnReadResult(fileName, "csv", reader._table.Records, reader._problems.ToList());
    }

    private void ReadAll(Stream content)
    {
        using var text = new StreamReader(content, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 16];
        var quoted = false;
        var quoteSeen = false; // a quote inside a quoted cell: either an escaped quote or the cell's end
        var rowHasContent = false;
        _row = 1;
        try
        {
            int read;
            while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    var c = buffer[i];
                    if (quoted)
                    {
                        if (quoteSeen)
                        {
                            quoteSeen = false;
                            if (c == '"')
                            {
                                Append(c);
                                continue;
                            }

                            quoted = false;
                        }
                        else if (c == '"')
                        {
                            quoteSeen = true;
                            continue;
                        }
                        else
                        {
                            Append(c);
                            continue;
                        }
                    }

                    switch (c)
                    {
                        case '"' when _cellLength == 0 && !_cellTooLong:
                            quoted = true;
                            rowHasContent = true;
                            break;
                        case ',':
                            EndCell();
                            rowHasContent = true;
                            break;
                        case '\n':
                            if (!EndRow(rowHasContent))
                            {
                                return;
                            }

                            rowHasContent = false;
                            break;
                        case '\r':
                            break;
                        default:
                            Append(c);
                            rowHasContent = true;
                            break;
                    }
                }
            }
        }
        catch (DecoderFallbackException)
        {
            _problems.Error("not_utf8", _row, null, "the file is not UTF-8 text (it looks like Windows-1252 or another code page); save it as \"CSV UTF-8\" and send it again.");
            return;
        }

        if (quoted && !quoteSeen)
        {
            _problems.Error("truncated", _row, null, "the file ends inside a quoted cell: it was cut short, or a quote is missing.");
            return;
        }

        EndRow(rowHasContent);
        if (!_table.HasHeader && _problems.Errors == 0)
        {
            _problems.Error("empty_file", null, null, $"the file is empty; expected the header {ReturnColumns.Header} and one row per figure.");
        }
        else if (_table.Records.Count == 0 && _problems.Errors == 0)
        {
            _problems.Error("no_rows", null, null, "the file has a header but no rows of figures.");
        }
    }

    private void Append(char c)
    {
        if (_cellLength < _cell.Length)
        {
            _cell[_cellLength++] = c;
        }
        else
        {
            _cellTooLong = true;
        }
    }

    private void EndCell()
    {
        if (_cellTooLong)
        {
            _problems.Error("cell_too_long", _row, CurrentColumnName(), $"the cell is longer than {_limits.MaxCellChars:N0} characters.");
            _cellTooLong = false;
        }

        _cells.Add(_pool.Get(_cell.AsSpan(0, _cellLength).Trim()));
        _cellLength = 0;
    }

    /// <summary>Ends a row; false when reading must stop.</summary>
    private bool EndRow(bool hasContent)
    {
        if (!hasContent)
        {
            _cellLength = 0;
            _cells.Clear();
            _row++;
            return true;
        }

        EndCell();
        var keepGoing = _table.Add(_row, _cells);
        _cells.Clear();
        _row++;
        return keepGoing;
    }

    private string? CurrentColumnName() => _table.ColumnName(_cells.Count);
}
