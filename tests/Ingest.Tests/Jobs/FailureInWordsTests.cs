using System.Reflection;
using Safeguarding.Analytics.Ingest.Jobs;

namespace Safeguarding.Analytics.Ingest.Tests.Jobs;

public class FailureInWordsTests
{
    [Fact]
    public void A_failure_reads_as_its_own_message_without_its_type_or_stack_trace()
    {
        var failure = Thrown(() => throw new IOException("The warehouse did not answer"));

        Assert.NotNull(failure.StackTrace);
        Assert.Equal("The warehouse did not answer", FailureInWords.Of(failure));
    }

    [Theory]
    [InlineData("Cannot write 91.6 for contacts_24h_pct", "Cannot write # for contacts_#h_pct")]
    [InlineData("Value 1,842 of 2010 is out of range", "Value # of # is out of range")]
    [InlineData("Value 1e308 is infinite", "Value # is infinite")]
    [InlineData("Connection refused (127.0.0.1:8123)", "Connection refused (#:#)")]
    public void Every_number_in_the_message_is_left_out_so_no_figure_of_a_return_is_told(string message, string words) =>
        Assert.Equal(words, FailureInWords.Of(new InvalidOperationException(message)));

    [Fact]
    public void Only_the_first_line_of_a_message_is_kept()
    {
        var words = FailureInWords.Of(new InvalidOperationException("Code: 241, the server ran out of memory\n   at DB::Exception::Exception(...) line 12"));

        Assert.Equal("Code: #, the server ran out of memory", words);
    }

    [Fact]
    public void The_message_of_the_failure_inside_a_wrapper_is_the_one_told()
    {
        var inner = new TimeoutException("The warehouse took too long");

        Assert.Equal("The warehouse took too long", FailureInWords.Of(new AggregateException(inner)));
        Assert.Equal("The warehouse took too long", FailureInWords.Of(new TargetInvocationException(inner)));
    }

    [Fact]
    public void A_long_message_is_cut_and_an_empty_one_named_by_its_kind()
    {
        var words = FailureInWords.Of(new InvalidOperationException(new string('x', 5000)));

        Assert.Equal(FailureInWords.MaxLength, words.Length);
        Assert.EndsWith("…", words, StringComparison.Ordinal);
        Assert.Equal("IOException with no message", FailureInWords.Of(new IOException(" ")));
    }

    private static Exception Thrown(Action action)
    {
        try
        {
            action();
        }
        catch (Exception caught)
        {
            return caught;
        }

        throw new InvalidOperationException("Nothing was thrown.");
    }
}
