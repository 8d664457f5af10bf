using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>
/// Record rows gathered into a block of ClickHouse's Native format, as <see cref="ObservationNativeBlock"/> does for
/// observations: a row's values are given in column order (as DuckDB's appender takes them) and spread over the
/// columns, so the server takes whole columns rather than parsing rows.
/// </summary>
internal sealed class RecordNativeBlock : INativeBlock
{
    /// <summary>Rows per block: large enough to send few blocks, small enough to keep a block in memory.</summary>
    public const int BlockRows = 65_536;

    private readonly (string Name, string Type, RowBinaryWriter Values)[] columns;
    private int next;

    public RecordNativeBlock(params (string Name, string Type)[] columns) =>
        this.columns = [.. columns.Select(c => (c.Name, c.Type, new RowBinaryWriter()))];

    /// <summary>The column list of the INSERT, in block order.</summary>
    public string ColumnList => string.Join(", ", columns.Select(c => c.Name));

    public int Count { get; private set; }

    public bool IsFull => Count >= BlockRows;

    public RecordNativeBlock String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Next("String").WriteString(value);
        return this;
    }

    public RecordNativeBlock Date(DateOnly value)
    {
        Next("Date").WriteDate(value);
        return this;
    }

    public RecordNativeBlock UInt8(byte value)
    {
        Next("UInt8").WriteByte(value);
        return this;
    }

    public RecordNativeBlock UInt16(ushort value)
    {
        var writer = Next("UInt16");
        writer.WriteByte((byte)value);
        writer.WriteByte((byte)(value >> 8));
        return this;
    }

    public RecordNativeBlock UInt32(uint value)
    {
        Next("UInt32").WriteInt32(unchecked((int)value));
        return this;
    }

    public RecordNativeBlock UInt64(ulong value)
    {
        Next("UInt64").WriteUInt64(value);
        return this;
    }

    public RecordNativeBlock Int64(long value)
    {
        Next("Int64").WriteInt64(value);
        return this;
    }

    /// <summary>Ends a row once every column has its value.</summary>
    public void EndRow()
    {
        if (next != columns.Length)
        {
            throw new InvalidOperationException($"A record row gave {next} of its {columns.Length} columns.");
        }

        next = 0;
        Count++;
    }

    /// <summary>Writes the gathered rows as one block and starts a new one.</summary>
    public void WriteTo(RowBinaryWriter writer)
    {
        writer.WriteVarUInt((ulong)columns.Length);
        writer.WriteVarUInt((ulong)Count);
        foreach (var (name, type, values) in columns)
        {
            writer.WriteString(name);
            writer.WriteString(type);
            writer.WriteBytes(values.Written.Span);
            values.Clear();
        }

        Count = 0;
    }

    private RowBinaryWriter Next(string type)
    {
        var column = columns[next++];
        return column.Type == type
            ? column.Values
            : throw new InvalidOperationException($"Column {column.Name} is {column.Type}, not {type}.");
    }
}
