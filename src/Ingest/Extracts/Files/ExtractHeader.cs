using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Extracts.Files;

/// <summary>An area in an extract, with the part it plays for the board (home, a statistical neighbour, region, England).</summary>
public sealed record ExtractArea(Area Area, string Role);

/// <summary>What an extract file says about itself: its metadata sheet, and what its rows are checked against.</summary>
public sealed record ExtractHeader
{
    public required string Title { get; init; }
    public required string Theme { get; init; }

    /// <summary>The indicators asked for, in the order the file lists them; rows of other indicators are refused.</summary>
    public required IReadOnlyList<Indicator> Indicators { get; init; }

    /// <summary>The areas asked for; rows of other areas are refused.</summary>
    public required IReadOnlyList<ExtractArea> Areas { get; init; }

    public required Period From { get; init; }
    public required Period To { get; init; }

    /// <summary>The run this file belongs to, for tracing a file back to its run.</summary>
    public required string RunId { get; init; }

    public required string RequestedBy { get; init; }
    public required DateTime GeneratedAtUtc { get; init; }

    /// <summary>
    /// The figures withheld from the file, by indicator id: decided over each indicator's whole frame, so a withheld
    /// figure cannot come back from its region, England or its year in the same file. An indicator missing here is
    /// judged figure by figure on the standard rule.
    /// </summary>
    public IReadOnlyDictionary<string, WithheldFigures> Withheld { get; init; } = new Dictionary<string, WithheldFigures>();
}

/// <summary>What a written file holds.</summary>
public sealed record ExtractFileSummary(long Rows, long SuppressedFigures);
