namespace Safeguarding.Analytics.Ingest.Submissions;

/// <summary>
/// A file as it arrived, with what the sender said about it: the agency and quarter are optional (a template carries
/// them, and a plain file's rows show them). <see cref="Via"/> is <c>upload</c>, <c>api</c> or <c>inbox</c>.
/// </summary>
public sealed record ReceivedReturn(string FileName, byte[] Content, string? AgencyId, string? PeriodKey, string Via, string By);
