using System.Text;
using static Safeguarding.Analytics.Ingest.Tests.Returns.ReturnFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>Line endings: CRLF and LF are read alike; a carriage return alone gets one message that says so, not a heap of unknown columns.</summary>
public sealed class ReturnCsvLineEndingTests
{
    private const string Header = "indicator_id,area_code,period,value,numerator,denominator,status,note";

    private static readonly string[] Lines =
    [
        Header,
        "repeat_da_pct,E06000019,2024-25 Q1,20,1,5,final,",
        "repeat_da_pct,E06000064,2024-25 Q1,25,1,4,final,",
    ];

    [Fact]
    public void A_file_whose_lines_end_with_a_carriage_return_alone_is_refused_with_a_message_saying_so()
    {
        var read = ReadCsv(string.Join('\r', Lines) + "\r", "mac.csv");

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("carriage_return_line_ends", 1), (problem.Code, problem.Row));
        Assert.StartsWith("mac.csv, row 1: the lines end with a carriage return alone", problem.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Empty(read.Records);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r\r\n")]
    public void Lines_ending_in_LF_CRLF_or_a_doubled_CR_before_LF_are_read(string end)
    {
        var read = ReadCsv(string.Join(end, Lines) + end);

        Assert.Empty(read.Problems);
        Assert.Equal(2, read.RecordCount);
    }

    [Fact]
    public void A_carriage_return_inside_a_quoted_note_stays_in_the_note()
    {
        var read = ReadCsv(Header + "\nrepeat_da_pct,E06000019,2024-25 Q1,20,1,5,final,\"first\rsecond\"\n");

        Assert.Empty(read.Problems);
        Assert.Equal("first\rsecond", Assert.Single(read.Records).Note);
    }

    [Fact]
    public void A_carriage_return_alone_at_a_block_boundary_is_still_found()
    {
        var padding = new StringBuilder(Header + "\n");
        while (padding.Length < (1 << 16) - 60)
        {
            padding.Append("repeat_da_pct,E06000019,2024-25 Q1,20,1,5,final,\n");
        }

        var read = ReadCsv(padding + new string('x', (1 << 16) - padding.Length - 1) + "\rrepeat_da_pct,E06000064,2024-25 Q1,25,1,4,final,\n");

        Assert.Contains(read.Problems, p => p.Code == "carriage_return_line_ends");
    }
}
