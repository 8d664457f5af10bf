using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Warehouse.Tests.Submissions;

public class SubmissionAttemptsTests
{
    private static readonly Submission Sent = new()
    {
        FileName = "police.csv",
        Format = "csv",
        ContentSha256 = "00",
        ReceivedVia = "api",
        ReceivedBy = "analyst",
    };

    [Fact]
    public void A_retrying_return_says_which_attempt_of_six_it_is_on_and_its_last_error()
    {
        var retrying = Sent with { Status = SubmissionStatus.Retrying, Attempts = 2, FailureMessage = "The warehouse did not answer" };

        Assert.Equal("retrying (attempt 2 of 6), last error: The warehouse did not answer", SubmissionAttempts.Words(retrying));
    }

    [Fact]
    public void A_failed_return_says_how_many_attempts_were_made_and_why_the_last_failed()
    {
        var failed = Sent with { Status = SubmissionStatus.Failed, Attempts = 6, FailureMessage = "The warehouse did not answer" };

        Assert.Equal("failed after 6 attempts: The warehouse did not answer", SubmissionAttempts.Words(failed));
    }

    [Fact]
    public void A_return_loaded_after_failed_attempts_says_on_which_attempt()
    {
        Assert.Equal("loaded on attempt 3 of 6", SubmissionAttempts.Words(Sent with { Status = SubmissionStatus.Loaded, Attempts = 3 }));
        Assert.Equal("loaded", SubmissionAttempts.Words(Sent with { Status = SubmissionStatus.Loaded, Attempts = 1 }));
    }
}
