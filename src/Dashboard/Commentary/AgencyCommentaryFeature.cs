using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Commentary;

namespace Safeguarding.Analytics.Dashboard.Commentary;

/// <summary>
/// What agencies say is behind their figures, for one reader: <c>GET /api/commentary</c> and the indicator page's
/// commentary. Commentary is written for the board and read by every role, each agency's beside the others'; what is
/// an agency's own business is the return a note came with, so an agency lead is not told which submission another
/// agency's note came from.
/// </summary>
public sealed class AgencyCommentaryReads(IAppStore store)
{
    /// <summary>The notes matching the filter, by period then agency.</summary>
    public async Task<IReadOnlyList<AgencyCommentary>> ForAsync(Reader reader, CommentaryFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        var notes = await store.GetCommentaryAsync(filter, cancellationToken);
        return reader.IsAgencyLead
            ? [.. notes.Select(n => reader.MaySee(n.AgencyId) ? n : n with { SubmissionId = null })]
            : notes;
    }

    /// <summary>The latest note of each agency on one indicator in one area, every period: what the indicator page lists.</summary>
    public Task<IReadOnlyList<AgencyCommentary>> OfIndicatorAsync(Reader reader, string indicatorId, string areaCode, CancellationToken cancellationToken = default) =>
        ForAsync(reader, new CommentaryFilter { IndicatorId = indicatorId, AreaCode = areaCode }, cancellationToken);
}
