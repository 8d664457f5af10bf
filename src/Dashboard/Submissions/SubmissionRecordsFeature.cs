using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Dashboard.Submissions;

/// <summary>One submission as a reader may see it: the record, its problems, the agency's other versions of the quarter, and whether the reader may take the file as received.</summary>
public sealed record SubmissionRecord(Submission Submission, IReadOnlyList<SubmissionProblem> Problems, IReadOnlyList<Submission> History, bool MayTakeFile);

/// <summary>The file as received, or why not: <see cref="Submission"/> null when there is none the reader can see, <see cref="Content"/> null when they may not take it.</summary>
public sealed record ReceivedFile(Submission? Submission, byte[]? Content);

/// <summary>
/// Partners' returns for one reader: the submissions list and page, <c>/api/submissions</c>, one submission with its
/// problems, the file as received, the data-quality scores and <c>/api/loads</c>. An agency lead is held to their own
/// agency's, whatever they ask for: another agency's submission, file or load is not there for them. Problems reach
/// every reader but the analyst through <see cref="SubmissionProblemDisclosure"/>.
/// </summary>
public sealed class SubmissionRecords(IAppStore store, IAnalyticStore warehouse, SubmissionProblemDisclosure disclosure)
{
    /// <summary>The most of an agency's submissions read to tell its loads.</summary>
    private const int AgencyHistory = 100_000;

    /// <summary>
    /// Whether the reader may take a partner's file as it was received, which holds its figures before disclosure
    /// control: the analyst and the administrator, and the lead of the agency that sent it; not the QA sub-group or
    /// board members, who read the submission's checks and figures in the service.
    /// </summary>
    public static bool MayTakeReceivedFile(Reader reader, string? agencyId)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Role is BoardRoles.Analyst or BoardRoles.Admin
            || (reader.IsAgencyLead && agencyId is not null && reader.MaySee(agencyId));
    }

    /// <summary>Submissions, newest first; an agency lead's own only (none when they ask for another agency's).</summary>
    public async Task<IReadOnlyList<Submission>> ListAsync(Reader reader, SubmissionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        if (!TryAgencyFor(reader, filter.AgencyId, out var agency))
        {
            return [];
        }

        var submissions = await store.GetSubmissionsAsync(filter with { AgencyId = agency }, cancellationToken);
        return [.. submissions.Where(s => Sees(reader, s))];
    }

    /// <summary>The data-quality scores; an agency lead's own agency's only.</summary>
    public async Task<IReadOnlyList<DataQualityScore>> DataQualityAsync(Reader reader, string? agencyId = null, string? periodKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!TryAgencyFor(reader, agencyId, out var agency))
        {
            return [];
        }

        var scores = await store.GetDataQualityAsync(agency, periodKey, cancellationToken);
        return [.. scores.Where(s => reader.MaySee(s.AgencyId))];
    }

    /// <summary>The submission alone (what the page polls while a return is checked), or null when the reader cannot see it.</summary>
    public async Task<Submission?> FindSubmissionAsync(Reader reader, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return await store.FindSubmissionAsync(id, cancellationToken) is { } submission && Sees(reader, submission) ? submission : null;
    }

    /// <summary>The problems kept for a submission as the reader may see them; empty when they cannot see it.</summary>
    public async Task<IReadOnlyList<SubmissionProblem>> ProblemsAsync(Reader reader, long id, CancellationToken cancellationToken = default)
    {
        if (await FindSubmissionAsync(reader, id, cancellationToken) is null)
        {
            return [];
        }

        return await disclosure.ShowAsync(reader, await store.GetSubmissionProblemsAsync(id, cancellationToken), cancellationToken);
    }

    /// <summary>One submission with its problems and the agency's other versions of the quarter, or null when the reader cannot see it.</summary>
    public async Task<SubmissionRecord?> FindAsync(Reader reader, long id, CancellationToken cancellationToken = default)
    {
        if (await FindSubmissionAsync(reader, id, cancellationToken) is not { } submission)
        {
            return null;
        }

        var problems = await disclosure.ShowAsync(reader, await store.GetSubmissionProblemsAsync(id, cancellationToken), cancellationToken);
        var history = submission.AgencyId is { } agency && submission.PeriodKey is { } quarter
            ? await store.GetSubmissionsAsync(new SubmissionFilter { AgencyId = agency, PeriodKey = quarter, Limit = 1000 }, cancellationToken)
            : [];
        return new SubmissionRecord(submission, problems, history, MayTakeReceivedFile(reader, submission.AgencyId));
    }

    /// <summary>The file exactly as received, when the reader may take it.</summary>
    public async Task<ReceivedFile> FileAsync(Reader reader, long id, CancellationToken cancellationToken = default)
    {
        if (await FindSubmissionAsync(reader, id, cancellationToken) is not { } submission)
        {
            return new ReceivedFile(null, null);
        }

        return MayTakeReceivedFile(reader, submission.AgencyId)
            ? new ReceivedFile(submission, await store.GetSubmissionContentAsync(id, cancellationToken))
            : new ReceivedFile(submission, null);
    }

    /// <summary>
    /// What has been loaded into the warehouse. An agency lead sees the loads of their own agency's returns only (a
    /// load's description names the file it came from); everyone else sees every load.
    /// </summary>
    public async Task<IReadOnlyList<LoadRecord>> LoadsAsync(Reader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var loads = await warehouse.GetLoadsAsync(cancellationToken);
        if (reader.HeldToAgency is not { } own)
        {
            return loads;
        }

        var theirs = own.Length == 0
            ? []
            : (await store.GetSubmissionsAsync(new SubmissionFilter { AgencyId = own, Limit = AgencyHistory }, cancellationToken))
                .Where(s => s.AgencyId == own && s.LoadId is not null)
                .Select(s => s.LoadId!)
                .ToHashSet(StringComparer.Ordinal);
        return [.. loads.Where(l => theirs.Contains(l.LoadId))];
    }

    /// <summary>
    /// The submission behind each load that the reader may open, load id → submission id: what a figure's "came from
    /// submission N" link may point at. Loads no submission produced, and for an agency lead those of other agencies'
    /// returns, are absent, so a page names no submission the reader cannot open.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> SubmissionsBehindLoadsAsync(Reader reader, IReadOnlyCollection<string> loadIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(loadIds);
        var behind = await store.FindSubmissionIdsByLoadAsync(loadIds, cancellationToken);
        if (reader.HeldToAgency is not { } own)
        {
            return behind;
        }

        var theirs = own.Length == 0
            ? []
            : (await store.GetSubmissionsAsync(new SubmissionFilter { AgencyId = own, Limit = AgencyHistory }, cancellationToken))
                .Where(s => s.AgencyId == own)
                .Select(s => s.Id)
                .ToHashSet();
        return behind.Where(b => theirs.Contains(b.Value)).ToDictionary(b => b.Key, b => b.Value, StringComparer.Ordinal);
    }

    private static bool Sees(Reader reader, Submission submission) => reader.MaySee(submission.AgencyId);

    /// <summary>
    /// The agency a list is for: an agency lead's own whatever they ask (false when they ask for another's, which they
    /// are answered with nothing), else the one asked for, if any.
    /// </summary>
    private static bool TryAgencyFor(Reader reader, string? asked, out string? agency)
    {
        if (reader.HeldToAgency is not { } own)
        {
            agency = asked;
            return true;
        }

        agency = own;
        return own.Length > 0 && (asked is null || asked == own);
    }
}
