namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// Reads a CSV file (RFC 4180: comma-separated, quoted fields with doubled quotes, CRLF or LF line ends, an optional
/// UTF-8 byte order mark) row by row as UTF-8 bytes, through one reused buffer, so a file of several gigabytes is
/// never held whole and no row allocates. A row's values are spans into the buffer, valid until the next row. The
/// caller owns the stream.
/// </summary>
internal sealed class RecordCsvRows(Stream stream)
{
    /// <summary>The longest row accepted; a longer one is not a record feed's row.</summary>
    public const int MaxRowBytes = 1 << 20;

    private const int BufferBytes = 1 << 20;
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private byte[] _buffer = new byte[BufferBytes];
    private int _start;
    private int _end;
    private bool _endOfFile;
    private bool _begun;
    private int[] _valueStart = new int[16];
    private int[] _valueLength = new int[16];

    /// <summary>The current row's number in the file: the header is row 1.</summary>
    public long Row { get; private set; }

    public int Count { get; private set; }

    /// <summary>The first of the blank lines skipped just before the current row, or null when there were none.</summary>
    public long? BlankBefore { get; private set; }

    public ReadOnlySpan<byte> this[int index] => _buffer.AsSpan(_valueStart[index], _valueLength[index]);

    /// <summary>Moves to the next row that is not blank; false at the end of the file.</summary>
    /// <exception cref="InvalidDataException">A row is longer than <see cref="MaxRowBytes"/> or a quoted value never closes.</exception>
    public bool Read()
    {
        if (!_begun)
        {
            _begun = true;
            Fill();
            if (_buffer.AsSpan(_start, _end - _start).StartsWith(Bom))
            {
                _start += Bom.Length;
            }
        }

        long? blank = null;
        while (true)
        {
            var rowEnd = FindRowEnd(out var next);
            if (rowEnd < 0)
            {
                if (_endOfFile)
                {
                    if (_start == _end)
                    {
                        return false;
                    }

                    throw new InvalidDataException("a quoted value is never closed.");
                }

                Fill();
                continue;
            }

            Row++;
            var rowStart = _start;
            _start = next;
            if (rowEnd > rowStart && _buffer[rowEnd - 1] == (byte)'\r')
            {
                rowEnd--;
            }

            if (rowEnd == rowStart)
            {
                blank ??= Row;
                continue;
            }

            BlankBefore = blank;
            Split(rowStart, rowEnd);
            return true;
        }
    }

    /// <summary>The end of the row starting at the unread data (its line feed, or the data's end at the file's end), or −1 when more must be read.</summary>
    private int FindRowEnd(out int next)
    {
        var position = _start;
        var quoted = false;
        while (true)
        {
            var rest = _buffer.AsSpan(position, _end - position);
            var found = quoted ? rest.IndexOf((byte)'"') : rest.IndexOfAny((byte)'"', (byte)'\n');
            if (found < 0)
            {
                next = _end;
                return _endOfFile && !quoted && _start < _end ? _end : -1;
            }

            position += found;
            if (_buffer[position] == (byte)'\n')
            {
                next = position + 1;
                return position;
            }

            quoted = !quoted;
            position++;
        }
    }

    /// <summary>Splits a whole row into values, removing quotes in place (a value only ever gets shorter).</summary>
    private void Split(int start, int end)
    {
        Count = 0;
        var position = start;
        while (true)
        {
            if (Count == _valueStart.Length)
            {
                Array.Resize(ref _valueStart, Count * 2);
                Array.Resize(ref _valueLength, Count * 2);
            }

            var write = position;
            var valueStart = position;
            while (position < end && _buffer[position] != (byte)',')
            {
                if (_buffer[position] != (byte)'"')
                {
                    var plain = _buffer.AsSpan(position, end - position).IndexOfAny((byte)',', (byte)'"');
                    var length = plain < 0 ? end - position : plain;
                    _buffer.AsSpan(position, length).CopyTo(_buffer.AsSpan(write));
                    write += length;
                    position += length;
                    continue;
                }

                // A quoted stretch: up to the closing quote, a doubled quote standing for one.
                position++;
                while (position < end)
                {
                    if (_buffer[position] == (byte)'"')
                    {
                        if (position + 1 < end && _buffer[position + 1] == (byte)'"')
                        {
                            _buffer[write++] = (byte)'"';
                            position += 2;
                            continue;
                        }

                        position++;
                        break;
                    }

                    _buffer[write++] = _buffer[position++];
                }
            }

            _valueStart[Count] = valueStart;
            _valueLength[Count] = write - valueStart;
            Count++;
            if (position >= end)
            {
                return;
            }

            position++;
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxRowBytes + BufferBytes)
            {
                throw new InvalidDataException($"the row is longer than {MaxRowBytes:N0} bytes; a record feed's rows are short.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        while (_end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfFile = true;
                return;
            }

            _end += read;
        }
    }
}
