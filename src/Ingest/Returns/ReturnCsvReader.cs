using System.Buffers;
using System.Text;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Reads the long CSV layout from a stream in one pass (RFC 4180 quoting, CRLF or LF — a CR alone is refused with a message saying so — a UTF-8 BOM tolerated), holding
/// one row at a time: a cell past the length limit is not buffered whole, and reading stops past the row limit.
/// Bytes that are not UTF-8 stop it with the row where they were found.
/// </summary>
internal sealed class ReturnCsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly SearchValues<char> Delimiters = SearchValues.Create("\",\r\n");

    private readonly string _fileName;
    private readonly ReturnLimits _limits;
    private readonly ProblemList _problems;
    private readonly ReturnTable _table;
    private readonly List<string> _cells = [];
    private readonly CellTextPool _pool = new();
    private readonly string[] _lastRow = [.. Enumerable.Repeat(string.Empty, 16)]; // a column's text is often the row above's
    private readonly char[] _cell;
    private int _cellLength;
    private bool _cellTooLong;
    private int _row;
    private bool _quoted;
    private bool _quoteSeen; // a quote inside a quoted cell: either an escaped quote or the cell's end
    private bool _rowHasContent;
    private bool _carriageReturn; // an unquoted CR just read, whose LF is to come

    private ReturnCsvReader(string fileName, ReturnLimits limits, Action<ReturnRecord>? added)
    {
        _fileName = fileName;
        _limits = limits;
        _problems = new ProblemList(fileName, limits.MaxProblems);
        _table = new ReturnTable(limits, _problems, added);
        _cell = new char[limits.MaxCellChars];
    }

    public static ReturnReadResult Read(string fileName, Stream content, ReturnLimits limits, Action<ReturnRecord>? added = null)
    {
        var reader = new ReturnCsvReader(fileName, limits, added);
        reader.ReadAll(content);
        return new ReturnReadResult(fileName, "csv", reader._table.Records, reader._problems.ToList()) { RecordCount = reader._table.RecordCount };
    }

    private void ReadAll(Stream content)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        var first = true;
        _row = 1;
        int read;
        while ((read = content.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false)) > 0)
        {
            var start = first && bytes.AsSpan(0, read).StartsWith("\uFEFF"u8) ? 3 : 0;
            first = false;
            if (!Decode(decoder, bytes.AsSpan(start, read - start), chars))
            {
                return;
            }
        }

        if (!Decode(decoder, [], chars, flush: true))
        {
            return;
        }

        if (_quoted && !_quoteSeen)
        {
            _problems.Error("truncated", _row, null, "the file ends inside a quoted cell: it was cut short, or a quote is missing.");
            return;
        }

        EndRow(_rowHasContent);
        if (!_table.HasHeader && _problems.Errors == 0)
        {
            _problems.Error("empty_file", null, null, $"the file is empty; expected the header {ReturnColumns.Header} and one row per figure.");
        }
        else if (_table.RecordCount == 0 && _problems.Errors == 0)
        {
            _problems.Error("no_rows", null, null, "the file has a header but no rows of figures.");
        }
    }

    /// <summary>
    /// Decodes a block and reads its characters; false when reading must stop. Bytes that are not UTF-8 are reported
    /// at the row they are in: the valid bytes before them are read first, so the row count is exact.
    /// </summary>
    private bool Decode(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, bool flush = false)
    {
        int count;
        try
        {
            count = decoder.GetChars(bytes, chars, flush);
        }
        catch (DecoderFallbackException invalid)
        {
            decoder.Reset();
            var valid = Math.Clamp(invalid.Index, 0, bytes.Length);
            var before = valid == 0 ? 0 : decoder.GetChars(bytes[..valid], chars, flush: true);
            if (Process(chars.AsSpan(0, before)))
            {
                _problems.Error("not_utf8", _row, null, "the file is not UTF-8 text (it looks like Windows-1252 or another code page); save it as \"CSV UTF-8\" and send it again.");
            }

            return false;
        }

        return Process(chars.AsSpan(0, count));
    }

    /// <summary>
    /// Reads characters into cells and rows; false when reading must stop. Runs of ordinary characters are copied
    /// whole; only quotes, commas and line ends are looked at one by one.
    /// </summary>
    private bool Process(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_carriageReturn)
            {
                _carriageReturn = false;
                if (text[0] is not ('\n' or '\r'))
                {
                    _problems.Error("carriage_return_line_ends", _row, null, "the lines end with a carriage return alone (as old Mac files do), not CRLF or LF, so the whole file reads as one line; save it again as \"CSV UTF-8\" (or with Windows or Unix line endings) and send it again.");
                    return false;
                }
            }

            var run = _quoted && !_quoteSeen ? text.IndexOf('"') : _quoted ? 0 : text.IndexOfAny(Delimiters);
            if (run != 0)
            {
                Append(run < 0 ? text : text[..run]);
                if (run < 0)
                {
                    return true;
                }

                text = text[run..];
            }

            if (!Step(text[0]))
            {
                return false;
            }

            text = text[1..];
        }

        return true;
    }

    /// <summary>Reads one quote, comma or line end (or, after a closing quote, any character); false when reading must stop.</summary>
    private bool Step(char c)
    {
        if (_quoted)
        {
            if (_quoteSeen)
            {
                _quoteSeen = false;
                if (c == '"')
                {
                    Append([c]);
                    return true;
                }

                _quoted = false;
            }
            else
            {
                _quoteSeen = true;
                return true;
            }
        }

        switch (c)
        {
            case '"' when _cellLength == 0 && !_cellTooLong:
                _quoted = true;
                _rowHasContent = true;
                break;
            case ',':
                EndCell();
                _rowHasContent = true;
                break;
            case '\n':
                if (!EndRow(_rowHasContent))
                {
                    return false;
                }

                _rowHasContent = false;
                break;
            case '\r':
                _carriageReturn = true; // a line end only with the LF after it
                break;
            default:
                Append([c]);
                break;
        }

        return true;
    }

    /// <summary>Adds characters to the cell, up to its length limit; what is past the limit only marks it too long.</summary>
    private void Append(ReadOnlySpan<char> characters)
    {
        _rowHasContent |= !_quoted;
        var room = _cell.Length - _cellLength;
        if (characters.Length > room)
        {
            _cellTooLong = true;
            characters = characters[..room];
        }

        characters.CopyTo(_cell.AsSpan(_cellLength));
        _cellLength += characters.Length;
    }

    private void EndCell()
    {
        if (_cellTooLong)
        {
            _problems.Error("cell_too_long", _row, CurrentColumnName(), $"the cell is longer than {_limits.MaxCellChars:N0} characters.");
            _cellTooLong = false;
        }

        var text = _cell.AsSpan(0, _cellLength).Trim();
        var column = _cells.Count;
        if (column >= _lastRow.Length)
        {
            _cells.Add(_pool.Get(text));
        }
        else if (text.SequenceEqual(_lastRow[column]))
        {
            _cells.Add(_lastRow[column]);
        }
        else
        {
            _cells.Add(_lastRow[column] = _pool.Get(text));
        }
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
