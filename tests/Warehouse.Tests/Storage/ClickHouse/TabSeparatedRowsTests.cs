using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

public sealed class TabSeparatedRowsTests
{
    [Fact]
    public void Rows_split_on_newline_and_fields_on_tab()
    {
        var rows = TabSeparatedRows.Parse("a\tb\nc\td\n").ToList();

        Assert.Equal([["a", "b"], ["c", "d"]], rows);
    }

    [Fact]
    public void Escapes_are_undone_and_bare_backslash_n_is_null()
    {
        var row = TabSeparatedRows.ParseRow(@"x\ty\nz	\N	\\N	O\'Brien	a\\b	nul\0	".AsSpan());

        Assert.Equal(new string?[] { "x\ty\nz", null, @"\N", "O'Brien", @"a\b", "nul\0", "" }, row);
    }

    [Theory]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("0.30000000000000004", 0.30000000000000004)]
    [InlineData("1e-300", 1e-300)]
    public void Floats_parse_as_clickhouse_prints_them(string text, double expected) =>
        Assert.Equal(expected, TabSeparatedRows.NullableDouble(text));

    [Fact]
    public void Nan_and_null_are_told_apart()
    {
        Assert.True(double.IsNaN(TabSeparatedRows.NullableDouble("nan")!.Value));
        Assert.Null(TabSeparatedRows.NullableDouble(null));
    }
}
