using System.Text;
using Safeguarding.Analytics.Ingest.Returns;
using static Safeguarding.Analytics.Ingest.Tests.Returns.ReturnFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

public sealed class ReturnCsvReaderTests
{
    private const string Header = "indicator_id,area_code,period,value,numerator,denominator,status,note";

    [Fact]
    public void Columns_are_mapped_by_name_in_any_order_and_any_case()
    {
        var read = ReadCsv("Value,PERIOD,Area_Code,Indicator_ID\n12.5,2024-25 Q1,E06000019,cpp_rate_per_10k\n");

        Assert.Empty(read.Problems);
        Assert.Equal("csv", read.Format);
        var record = Assert.Single(read.Records);
        Assert.Equal(new ReturnRecord(2, "cpp_rate_per_10k", "E06000019", "2024-25 Q1", "12.5", "", "", "", ""), record);
    }

    [Fact]
    public void Optional_columns_may_be_left_out_and_read_as_empty()
    {
        var record = Assert.Single(ReadCsv("indicator_id,area_code,period,value\nx,E06000019,2024-25 Q1,3\n").Records);

        Assert.Equal(string.Empty, record.Numerator);
        Assert.Equal(string.Empty, record.Denominator);
        Assert.Equal(string.Empty, record.Status);
        Assert.Equal(string.Empty, record.Note);
    }

    [Fact]
    public void Quoted_cells_keep_commas_doubled_quotes_and_line_breaks()
    {
        var read = ReadCsv(Header + "\nx,E06000019,2024-25 Q1,,,,missing,\"late, \"\"as ever\"\"\nsee email\"\n");

        Assert.Empty(read.Problems);
        Assert.Equal("late, \"as ever\"\nsee email", Assert.Single(read.Records).Note);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Crlf_and_lf_line_ends_read_the_same(string newline)
    {
        var read = ReadCsv($"indicator_id,area_code,period,value{newline}a,E06000019,2024-25 Q1,1{newline}b,E06000019,2024-25 Q1,2{newline}");

        Assert.Empty(read.Problems);
        Assert.Equal(["a", "b"], read.Records.Select(r => r.IndicatorId));
        Assert.Equal(["1", "2"], read.Records.Select(r => r.Value));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("indicator_id,area_code,period,value\nx,E06000019,2024-25 Q1,1\n")).ToArray();

        var read = Read(bytes, "bom.csv");

        Assert.Empty(read.Problems);
        Assert.Equal("x", Assert.Single(read.Records).IndicatorId);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted_in_row_numbers()
    {
        var read = ReadCsv("indicator_id,area_code,period,value\n\na,E06000019,2024-25 Q1,1\r\n\r\nb,E06000019,2024-25 Q1,2\n\n");

        Assert.Empty(read.Problems);
        Assert.Equal([3, 5], read.Records.Select(r => r.Row));
    }

    [Fact]
    public void Row_numbers_count_the_header_as_row_1_and_a_multi_line_cell_as_one_row()
    {
        var read = ReadCsv(Header + "\na,E06000019,2024-25 Q1,,,,missing,\"one\ntwo\nthree\"\nb,E06000019,2024-25 Q1,2,,,,\n");

        Assert.Equal([2, 3], read.Records.Select(r => r.Row));
    }

    [Fact]
    public void Cells_are_trimmed()
    {
        var record = Assert.Single(ReadCsv(" indicator_id , area_code,period,value\n  a  , E06000019 ,2024-25 Q1, 7 \n").Records);

        Assert.Equal(("a", "E06000019", "7"), (record.IndicatorId, record.AreaCode, record.Value));
    }

    [Fact]
    public void Fewer_cells_than_the_header_leave_the_rest_empty()
    {
        var record = Assert.Single(ReadCsv(Header + "\na,E06000019\n").Records);

        Assert.Equal(("a", "E06000019", ""), (record.IndicatorId, record.AreaCode, record.Period));
    }

    [Fact]
    public void Trailing_empty_cells_past_the_header_are_not_a_wrong_cell_count()
    {
        var read = ReadCsv("indicator_id,area_code,period,value\na,E06000019,2024-25 Q1,1,,,\n");

        Assert.Empty(read.Problems);
        Assert.Single(read.Records);
    }
}
