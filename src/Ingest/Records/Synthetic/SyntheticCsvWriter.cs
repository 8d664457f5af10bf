using System.Text;

namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>
/// Writes a CSV file row by row into one buffer of bytes and hands full buffers to the file, so tens of millions of
/// rows are written without a string per value. Counts the rows and bytes it wrote.
/// </summary>
internal sealed class SyntheticCsvWriter : IDisposable
{
    private const int BufferBytes = 1 << 20;
    private static readonly byte[] Hex = "0123456789abcdef"u8.ToArray();

    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[BufferBytes];
    private int _used;
    private long _flushed;

    public SyntheticCsvWriter(string path, string header)
    {
        Path = path;
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        Text(header);
        EndRow();
        Rows = 0;
    }

    public string Path { get; }

    public long Rows { get; private set; }

    public long Bytes => _flushed + _used;

    public SyntheticCsvWriter Id(ulong id)
    {
        var span = Room(16);
        for (var i = 15; i >= 0; i--)
        {
            span[i] = Hex[(int)(id & 0xF)];
            id >>= 4;
        }

        _used += 16;
        return this;
    }

    public SyntheticCsvWriter Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        _used += bytes.Length;
        return this;
    }

    public SyntheticCsvWriter Number(long number)
    {
        number.TryFormat(Room(20), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        _used += written;
        return this;
    }

    public SyntheticCsvWriter Text(string text) => Raw(Encoding.UTF8.GetBytes(text));

    public SyntheticCsvWriter Comma()
    {
        Room(1)[0] = (byte)',';
        _used++;
        return this;
    }

    public void EndRow()
    {
        Room(1)[0] = (byte)'\n';
        _used++;
        Rows++;
    }

    private Span<byte> Room(int length)
    {
        if (_used + length > _buffer.Length)
        {
            _file.Write(_buffer, 0, _used);
            _flushed += _used;
            _used = 0;
        }

        return _buffer.AsSpan(_used);
    }

    public void Dispose()
    {
        _file.Write(_buffer, 0, _used);
        _flushed += _used;
        _used = 0;
        _file.Dispose();
    }
}
