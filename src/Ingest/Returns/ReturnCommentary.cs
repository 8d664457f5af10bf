using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Commentary;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// The notes on a return's accepted rows, taken as the rows pass on their way to the warehouse: only rows with a note
/// are kept, and at most <see cref="Max"/> of them, so a large return costs little more than its notes. A note on a
/// suppressed or missing row is its reason and also the agency's commentary on the figure.
/// </summary>
public sealed class ReturnCommentary(int max = ReturnCommentary.DefaultMax)
{
    /// <summary>A real return has a few dozen rows; more notes than this are not commentary a board reads.</summary>
    public const int DefaultMax = 10_000;

    private readonly List<ReturnLine> _noted = [];

    public int Max { get; } = max > 0 ? max : throw new ArgumentOutOfRangeException(nameof(max), max, "At least one note must be kept.");

    /// <summary>Notes past <see cref="Max"/>, counted but not kept.</summary>
    public int NotKept { get; private set; }

    public int Count => _noted.Count;

    public void Take(ReturnLine line)
    {
        if (line.Note is null)
        {
            return;
        }

        if (_noted.Count < Max)
        {
            _noted.Add(line);
        }
        else
        {
            NotKept++;
        }
    }

    /// <summary>The notes kept, as the agency's commentary from this submission.</summary>
    public IReadOnlyList<AgencyCommentary> For(Agency agency, long submissionId)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return _noted.Select(line => new AgencyCommentary
        {
            IndicatorId = line.Observation.IndicatorId,
            AreaCode = line.Observation.AreaCode,
            PeriodKey = line.Observation.PeriodKey,
            AgencyId = agency.Id,
            Text = line.Note!,
            SubmissionId = submissionId,
            Author = CommentaryAuthors.Return,
        }).ToList();
    }
}
