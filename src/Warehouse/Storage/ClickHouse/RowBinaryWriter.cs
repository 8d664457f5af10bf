using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>
/// ClickHouse's binary encoding of values into a growing buffer, as RowBinary and the columns of Native blocks use it:
/// strings as LEB128 byte length + UTF-8, Nullable as a 0/1 prefix byte (1 = null), numbers little-endian, Date as
/// UInt16 days and DateTime as UInt32 seconds since 1970.
/// </summary>
internal sealed class RowBinaryWriter
{
    private static readonly DateOnly Epoch = new(1970, 1, 1);
    private readonly ArrayBufferWriter<byte> buffer;

    public RowBinaryWriter(int initialCapacity = 1 << 16) => buffer = new ArrayBufferWriter<byte>(initialCapacity);

    public int Length => buffer.WrittenCount;

    public ReadOnlyMemory<byte> Written => buffer.WrittenMemory;

    public void Clear() => buffer.ResetWrittenCount();

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteLeb128((ulong)byteCount);
        var written = Encoding.UTF8.GetBytes(value, buffer.GetSpan(byteCount));
        buffer.Advance(written);
    }

    public void WriteNullableString(string? value)
    {
        WriteNullFlag(value is null);
        if (value is not null)
        {
            WriteString(value);
        }
    }

    public void WriteFloat64(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    public void WriteNullableFloat64(double? value)
    {
        WriteNullFlag(value is null);
        if (value is { } number)
        {
            WriteFloat64(number);
        }
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    public void WriteUInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    public void WriteDate(DateOnly date)
    {
        var days = date.DayNumber - Epoch.DayNumber;
        if (days is < 0 or > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "ClickHouse Date holds 1970-01-01 to 2149-06-06.");
        }

        BinaryPrimitives.WriteUInt16LittleEndian(buffer.GetSpan(2), (ushort)days);
        buffer.Advance(2);
    }

    public void WriteDateTime(DateTime utc)
    {
        var seconds = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds();
        if (seconds is < 0 or > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(utc), utc, "ClickHouse DateTime holds 1970 to 2106.");
        }

        BinaryPrimitives.WriteUInt32LittleEndian(buffer.GetSpan(4), (uint)seconds);
        buffer.Advance(4);
    }

    public void WriteByte(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }

    /// <summary>Writes again the bytes written at <paramref name="start"/>: a value repeated from an earlier row.</summary>
    public void Repeat(int start, int length)
    {
        var destination = buffer.GetSpan(length);
        buffer.WrittenSpan.Slice(start, length).CopyTo(destination);
        buffer.Advance(length);
    }

    /// <summary>An unsigned number in LEB128, as Native blocks give their column and row counts.</summary>
    public void WriteVarUInt(ulong value) => WriteLeb128(value);

    private void WriteNullFlag(bool isNull) => WriteByte(isNull ? (byte)1 : (byte)0);

    private void WriteLeb128(ulong value)
    {
        var span = buffer.GetSpan(10);
        var i = 0;
        do
        {
            var next = (byte)(value & 0x7F);
            value >>= 7;
            span[i++] = value == 0 ? next : (byte)(next | 0x80);
        }
        while (value != 0);

        buffer.Advance(i);
    }
}
