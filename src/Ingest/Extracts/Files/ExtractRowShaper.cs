using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Extracts.Files;

/// <summary>
/// Turns each observation of an extract into the row the file prints, applying disclosure control
/// (<see cref="ExtractHeader.Withheld"/>) to every one, and counts what it shaped. Rows of an indicator or area the extract
/// did not ask for are refused: they would mean the wrong query fed the file.
/// </summary>
internal sealed class ExtractRowShaper
{
    private readonly ExtractHeader header;
    private readonly Dictionary<string, Indicator> indicators;
    private readonly Dictionary<string, ExtractArea> areas;

    public ExtractRowShaper(ExtractHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        this.header = header;
        indicators = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in header.Indicators)
        {
            indicators.TryAdd(indicator.Id, indicator);
        }

        areas = new Dictionary<string, ExtractArea>(StringComparer.Ordinal);
        foreach (var area in header.Areas)
        {
            areas.TryAdd(area.Area.Code, area);
        }
    }

    public long Rows { get; private set; }

    /// <summary>How many rows had their figures withheld by disclosure control.</summary>
    public long SuppressedFigures { get; private set; }

    public ExtractFileSummary Summary => new(Rows, SuppressedFigures);

    public ExtractRow Shape(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var indicator = indicators.TryGetValue(observation.IndicatorId, out var i) ? i
            : throw new InvalidOperationException(
                $"Extract {header.RunId} was sent a figure of indicator '{observation.IndicatorId}', which it did not ask for.");
        var area = areas.TryGetValue(observation.AreaCode, out var a) ? a
            : throw new InvalidOperationException(
                $"Extract {header.RunId} was sent a figure for area '{observation.AreaCode}', which it did not ask for.");
        var reason = header.Withheld.TryGetValue(indicator.Id, out var withheld)
            ? withheld.ReasonFor(observation)
            : FigureDisclosure.Reason(observation, indicator, DisclosureRule.Standard);
        Rows++;
        if (reason is not null)
        {
            SuppressedFigures++;
        }

        return new ExtractRow(observation, indicator, area, reason);
    }
}
