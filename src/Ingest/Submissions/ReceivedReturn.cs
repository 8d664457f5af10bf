namespace Safeguarding.Analytics.Ingest.Submissions;

/// <summary>
/// A file as it arrived, with what the sender said about it: the agency and quarter are optional (a template carries
/// them, and a plain file's rows show them). <see cref="Via"/> is <c>upload</c>, <c>api</c> or <c>inbox</c>; <see cref="By"/>
/// is who sent it, also the audit trail's actor (<c>anonymous</c> until sign-in, <c>system</c> for the inbox).
/// </summary>
public sealed record ReceivedReturn(string FileName, byte[] Content, string? AgencyId, string? PeriodKey, string Via, string By)
{
    /// <summary>The sender's network address when the file came by a web request; null from the inbox.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>When it was received, UTC, if not now: the demo's returns, received over the years they cover.</summary>
    public DateTime? ReceivedAt { get; init; }
}
