using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

public sealed class RowBinaryWriterTests
{
    [Fact]
    public void String_is_leb128_byte_length_then_utf8()
    {
        var writer = new RowBinaryWriter();
        writer.WriteString("Môn");

        Assert.Equal([4, 0x4D, 0xC3, 0xB4, 0x6E], Bytes(writer));
    }

    [Theory]
    [InlineData(127, new byte[] { 0x7F })]
    [InlineData(128, new byte[] { 0x80, 0x01 })]
    [InlineData(300, new byte[] { 0xAC, 0x02 })]
    [InlineData(16384, new byte[] { 0x80, 0x80, 0x01 })]
    public void Long_string_length_uses_several_leb128_bytes(int length, byte[] prefix)
    {
        var writer = new RowBinaryWriter();
        writer.WriteString(new string('a', length));

        Assert.Equal(prefix, Bytes(writer)[..prefix.Length]);
        Assert.Equal(prefix.Length + length, writer.Length);
    }

    [Fact]
    public void Nullable_takes_a_one_byte_prefix_where_one_means_null()
    {
        var writer = new RowBinaryWriter();
        writer.WriteNullableFloat64(null);
        writer.WriteNullableFloat64(1.0);
        writer.WriteNullableString(null);
        writer.WriteNullableString("");

        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 1, 0, 0], Bytes(writer));
    }

    [Fact]
    public void Float64_is_little_endian_ieee754()
    {
        var writer = new RowBinaryWriter();
        writer.WriteFloat64(-2.5);

        Assert.Equal(BitConverter.GetBytes(-2.5), Bytes(writer));
        Assert.Equal(0xC0, Bytes(writer)[7]);
    }

    [Fact]
    public void Date_is_uint16_days_since_1970()
    {
        var writer = new RowBinaryWriter();
        writer.WriteDate(new DateOnly(1970, 1, 2));
        writer.WriteDate(new DateOnly(2024, 4, 1)); // day 19814 = 0x4D66

        Assert.Equal([1, 0, 0x66, 0x4D], Bytes(writer));
    }

    [Fact]
    public void Date_outside_clickhouse_range_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RowBinaryWriter().WriteDate(new DateOnly(1969, 12, 31)));

    [Fact]
    public void DateTime_is_uint32_unix_seconds()
    {
        var writer = new RowBinaryWriter();
        writer.WriteDateTime(new DateTime(2024, 4, 1, 0, 0, 1, DateTimeKind.Utc)); // 1711929601 = 0x6609F901

        Assert.Equal([0x01, 0xF9, 0x09, 0x66], Bytes(writer));
    }

    [Fact]
    public void Int32_is_little_endian()
    {
        var writer = new RowBinaryWriter();
        writer.WriteInt32(-2);

        Assert.Equal([0xFE, 0xFF, 0xFF, 0xFF], Bytes(writer));
    }

    [Fact]
    public void Observation_block_holds_every_column_in_order_with_its_name_and_type()
    {
        var block = new ObservationNativeBlock("L");
        block.Add(new Observation { IndicatorId = "i", AreaCode = "a", PeriodKey = "2024", Value = null, Source = "s", Version = 3 });
        block.Add(new Observation { IndicatorId = "j", AreaCode = "b", PeriodKey = "2024", Value = 0.5, Source = "s", StatusReason = "r", Version = 1 });
        var writer = new RowBinaryWriter();
        block.WriteTo(writer);

        byte[] expected =
        [
            16, 2,
            .. Column("indicator_id", "String"), 1, (byte)'i', 1, (byte)'j',
            .. Column("area_code", "String"), 1, (byte)'a', 1, (byte)'b',
            .. Column("period_key", "String"), 4, .. "2024"u8, 4, .. "2024"u8,
            .. Column("period_kind", "String"), 12, .. "CalendarYear"u8, 12, .. "CalendarYear"u8,
            .. Column("period_start", "Date"), 0x0B, 0x4D, 0x0B, 0x4D, // 2024-01-01 = day 19723 (0x4D0B)
            .. Column("period_end", "Date"), 0x78, 0x4E, 0x78, 0x4E, // 2024-12-31 = day 20088 (0x4E78)
            .. Column("value", "Nullable(Float64)"), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xE0, 0x3F,
            .. Column("numerator", "Nullable(Float64)"), 1, 1, .. new byte[16],
            .. Column("denominator", "Nullable(Float64)"), 1, 1, .. new byte[16],
            .. Column("lower_ci", "Nullable(Float64)"), 1, 1, .. new byte[16],
            .. Column("upper_ci", "Nullable(Float64)"), 1, 1, .. new byte[16],
            .. Column("status", "String"), 5, .. "Final"u8, 5, .. "Final"u8,
            .. Column("status_reason", "Nullable(String)"), 1, 0, 0, 1, (byte)'r',
            .. Column("source", "String"), 1, (byte)'s', 1, (byte)'s',
            .. Column("version", "Int32"), 3, 0, 0, 0, 1, 0, 0, 0,
            .. Column("load_id", "String"), 1, (byte)'L', 1, (byte)'L',
        ];
        Assert.Equal(expected, Bytes(writer));
        Assert.Equal(0, block.Count);
    }

    private static byte[] Column(string name, string type) =>
        [(byte)name.Length, .. System.Text.Encoding.ASCII.GetBytes(name), (byte)type.Length, .. System.Text.Encoding.ASCII.GetBytes(type)];

    private static byte[] Bytes(RowBinaryWriter writer) => writer.Written.ToArray();
}
