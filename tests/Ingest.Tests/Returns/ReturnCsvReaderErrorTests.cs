using System.Text;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.Submissions;
using static Safeguarding.Analytics.Ingest.Tests.Returns.ReturnFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

public sealed class ReturnCsvReaderErrorTests
{
    private const string Header = "indicator_id,area_code,period,value,numerator,denominator,status,note";

    [Fact]
    public void An_empty_file_is_empty_file()
    {
        var problem = SingleProblem(ReadCsv(string.Empty, "q1.csv"), "empty_file");

        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.StartsWith("q1.csv: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_blank_lines_is_empty_file()
    {
        var read = ReadCsv("\r\n\n\n");

        Assert.Equal("empty_file", Assert.Single(read.Problems).Code);
    }

    [Fact]
    public void A_header_alone_is_no_rows()
    {
        var read = ReadCsv(Header + "\r\n");

        Assert.Equal("no_rows", Assert.Single(read.Problems).Code);
        Assert.Empty(read.Records);
    }

    [Fact]
    public void An_unknown_column_is_named_with_the_file_and_row()
    {
        var problem = SingleProblem(ReadCsv("indicator_id,area_code,period,value,comment\na,b,c,1,x\n", "q1.csv"), "unknown_column");

        Assert.Equal((1, "comment"), (problem.Row, problem.Column));
        Assert.StartsWith("q1.csv, row 1, column comment: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_missing_required_column_is_named()
    {
        var read = ReadCsv("indicator_id,period\na,2024-25 Q1\n");

        var missing = read.Problems.Where(p => p.Code == "missing_column").Select(p => p.Column).Order();
        Assert.Equal(["area_code", "value"], missing);
        Assert.Empty(read.Records);
    }

    [Fact]
    public void A_column_given_twice_is_duplicate_column()
    {
        var problem = SingleProblem(ReadCsv("indicator_id,area_code,period,value,Value\na,b,c,1,2\n"), "duplicate_column");

        Assert.Equal((1, "value"), (problem.Row, problem.Column));
    }

    [Theory]
    [InlineData(";", "';'")]
    [InlineData("\t", "tabs")]
    public void Semicolons_or_tabs_between_columns_are_wrong_delimiter(string separator, string named)
    {
        var text = string.Join(separator, "indicator_id", "area_code", "period", "value") + "\na" + separator + "b\n";

        var read = ReadCsv(text);

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("wrong_delimiter", 1), (problem.Code, problem.Row));
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_is_wrong_cell_count_on_its_row()
    {
        var read = ReadCsv("indicator_id,area_code,period,value\na,E06000019,2024-25 Q1,1\nb,E06000019,2024-25 Q1,1,234\nc,E06000019,2024-25 Q1,5\n", "q1.csv");

        var problem = SingleProblem(read, "wrong_cell_count");
        Assert.Equal(3, problem.Row);
        Assert.StartsWith("q1.csv, row 3: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "c"], read.Records.Select(r => r.IndicatorId));
    }

    [Fact]
    public void A_file_ending_inside_a_quoted_cell_is_truncated()
    {
        var read = ReadCsv(Header + "\na,E06000019,2024-25 Q1,,,,missing,\"the note goes on");

        var problem = SingleProblem(read, "truncated");
        Assert.Equal(2, problem.Row);
    }

    [Fact]
    public void Windows_1252_bytes_are_not_utf8()
    {
        // "£" and "é" as Windows-1252 writes them.
        var bytes = Encoding.ASCII.GetBytes(Header + "\na,E06000019,2024-25 Q1,,,,missing,caf")
            .Concat(new byte[] { 0xE9, 0x20, 0xA3, 0x35, 0x0A })
            .ToArray();

        var read = Read(bytes, "ansi.csv");

        var problem = SingleProblem(read, "not_utf8");
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.StartsWith("ansi.csv", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Row);
    }

    [Fact]
    public void A_byte_that_is_not_utf8_is_reported_on_its_own_row_after_good_rows()
    {
        var good = string.Concat(Enumerable.Range(0, 2_000).Select(_ => "a,E06000019,2024-25 Q1,1,ok\n"));
        var bytes = Encoding.ASCII.GetBytes(Header + "\n" + good + "b,E06000019,2024-25 Q1,1,caf").Concat(new byte[] { 0xE9, 0x0A }).ToArray();

        var problem = SingleProblem(Read(bytes, "late.csv"), "not_utf8");

        Assert.Equal(2_002, problem.Row);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_still_held_to_the_byte_limit()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\na,E06000019,2024-25 Q1,1\nb,E06000019,2024-25 Q1,1\n");
        using var stream = new ForwardOnlyStream(bytes);

        var read = QuarterlyReturnReader.Read("piped.csv", stream, new ReturnLimits { MaxBytes = 20 });

        Assert.Equal("file_too_large", Assert.Single(read.Problems).Code);
        Assert.Empty(read.Records);
    }

    [Fact]
    public void A_cell_past_the_limit_is_cell_too_long_on_its_row_and_column()
    {
        var text = Header + "\na,E06000019,2024-25 Q1,,,,missing," + new string('n', 4_001) + "\n";

        var problem = SingleProblem(ReadCsv(text, "long.csv"), "cell_too_long");

        Assert.Equal((2, "note"), (problem.Row, problem.Column));
        Assert.StartsWith("long.csv, row 2, column note: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_at_the_limit_is_read_whole()
    {
        var note = new string('n', 4_000);

        var read = ReadCsv(Header + "\na,E06000019,2024-25 Q1,,,,missing," + note + "\n");

        Assert.Empty(read.Problems);
        Assert.Equal(note, Assert.Single(read.Records).Note);
    }

    [Fact]
    public void A_50_mb_cell_is_refused_without_holding_it_in_memory()
    {
        const int size = 50 * 1024 * 1024;
        var prefix = Encoding.ASCII.GetBytes(Header + "\na,E06000019,2024-25 Q1,1,,,,");
        var bytes = new byte[prefix.Length + size + 1];
        prefix.CopyTo(bytes, 0);
        bytes.AsSpan(prefix.Length, size).Fill((byte)'x');
        bytes[^1] = (byte)'\n';
        using var stream = new MemoryStream(bytes, writable: false);
        var limits = new ReturnLimits { MaxBytes = 100L * 1024 * 1024 };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = QuarterlyReturnReader.Read("huge.csv", stream, limits);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var problem = SingleProblem(read, "cell_too_long");
        Assert.Equal((2, "note"), (problem.Row, problem.Column));
        Assert.True(allocated < size / 10, $"reading allocated {allocated:N0} bytes for a {size:N0}-byte cell");
    }

    [Fact]
    public void A_million_rows_stop_at_the_default_row_limit()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("a,E06000019,2024-25 Q1,1\n");
        }

        var read = ReadCsv(text.ToString(), "big.csv", new ReturnLimits { MaxBytes = 100L * 1024 * 1024 });

        var problem = SingleProblem(read, "too_many_rows");
        Assert.Equal(100_002, problem.Row);
        Assert.Equal(100_000, read.Records.Count);
    }

    [Fact]
    public void A_file_over_the_byte_limit_is_file_too_large_unread()
    {
        var read = ReadCsv(Header + "\na,E06000019,2024-25 Q1,1\n", "q1.csv", new ReturnLimits { MaxBytes = 20 });

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("file_too_large", null, null), (problem.Code, problem.Row, problem.Column));
        Assert.StartsWith("q1.csv: ", problem.Message, StringComparison.Ordinal);
        Assert.Empty(read.Records);
    }

    [Fact]
    public void A_text_file_named_xlsx_is_not_xlsx()
    {
        var read = ReadCsv(Header + "\na,E06000019,2024-25 Q1,1\n", "return.xlsx");

        Assert.Equal("not_xlsx", Assert.Single(read.Problems).Code);
    }

    /// <summary>A stream that only reads forward, as a network body does.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
