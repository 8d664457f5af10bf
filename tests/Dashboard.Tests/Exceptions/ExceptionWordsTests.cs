using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Dashboard.Tests.Exceptions;

public class ExceptionWordsTests
{
    private static readonly DateOnly Today = new(2025, 7, 10);

    [Fact]
    public void Evidence_reads_as_labelled_figures_in_the_order_written()
    {
        var facts = ExceptionWords.Evidence("{\"value\":91.7,\"upperLimit\":40.1,\"rule\":\"outside_limits\",\"benchmark\":{\"name\":\"England\",\"value\":12},\"points\":[1,2,3],\"final\":true}");

        Assert.Equal(
            [("Value", "91.7"), ("Upper limit", "40.1"), ("Rule", "outside_limits"), ("Benchmark: name", "England"), ("Benchmark: value", "12"), ("Points", "1, 2, 3"), ("Final", "yes")],
            facts);
        Assert.Equal([("Evidence", "not json")], ExceptionWords.Evidence("not json"));
    }

    [Fact]
    public void A_due_date_passed_while_the_agency_owes_a_response_says_so_in_words()
    {
        Assert.Equal("8 Jul 2025 — overdue by 2 days", ExceptionWords.Due(new ExceptionQaPosition(ExceptionQaStates.Assigned, "police", new DateOnly(2025, 7, 8), 1), Today));
        Assert.Equal("9 Jul 2025 — overdue by 1 day", ExceptionWords.Due(new ExceptionQaPosition(ExceptionQaStates.Assigned, "police", new DateOnly(2025, 7, 9), 1), Today));
        Assert.Equal("8 Jul 2025", ExceptionWords.Due(new ExceptionQaPosition(ExceptionQaStates.Responded, "police", new DateOnly(2025, 7, 8), 2), Today));
        Assert.Equal("10 Jul 2025", ExceptionWords.Due(new ExceptionQaPosition(ExceptionQaStates.Assigned, "police", Today, 1), Today));
        Assert.Equal("", ExceptionWords.Due(ExceptionQaPosition.New, Today));
    }
}
