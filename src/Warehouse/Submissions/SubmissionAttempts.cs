using System.Globalization;

namespace Safeguarding.Analytics.Warehouse.Submissions;

/// <summary>
/// How many times a return's job may try it (the first attempt and five retries), and where a submission stands in
/// words, as the Submissions page and the API both say it: "retrying (attempt 2 of 6), last error: …", "failed after
/// 6 attempts: …".
/// </summary>
public static class SubmissionAttempts
{
    /// <summary>The first attempt and every retry.</summary>
    public const int Allowed = 6;

    public static string Words(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var attempts = submission.Attempts.ToString(CultureInfo.InvariantCulture);
        return submission.Status switch
        {
            SubmissionStatus.Received => "received, waiting to be checked",
            SubmissionStatus.Processing => "processing",
            SubmissionStatus.Retrying => $"retrying (attempt {attempts} of {Allowed}), last error: {submission.FailureMessage ?? "not recorded"}",
            SubmissionStatus.Failed => $"failed after {attempts} attempt{(submission.Attempts == 1 ? "" : "s")}: {submission.FailureMessage ?? "no reason was recorded"}",
            SubmissionStatus.Loaded => submission.Attempts > 1 ? $"loaded on attempt {attempts} of {Allowed}" : "loaded",
            SubmissionStatus.Rejected => "rejected",
            SubmissionStatus.Unchanged => "unchanged",
            _ => submission.Status.ToString().ToLowerInvariant(),
        };
    }
}
