using Safeguarding.Analytics.Dashboard.Indicators;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// Turns an overview tile into the pack's row for it, with disclosure control for every reader: a figure withheld (a
/// count of 1 to 5, or a figure withheld beside one so that no total gives it back) is shown without its numbers with
/// the reason, and so are its benchmarks and a change that would reveal it or the figure before it.
/// </summary>
public sealed class PackIndicators(
    HomeArea home,
    IReadOnlyDictionary<(string, string), Observation> series,
    ILookup<(string, string), AgencyCommentary> notes,
    IReadOnlyDictionary<string, WithheldFigures> withheldFigures)
{
    public PackIndicator Build(IndicatorTile tile, string? reportingAgency, string agencyName)
    {
        ArgumentNullException.ThrowIfNull(tile);
        var indicator = tile.Indicator;
        var latest = tile.Latest;
        var withheld = latest is null ? null : Withheld(indicator, latest.PeriodKey);
        var shown = withheld is null && latest?.Value is not null;
        var note = latest is null || reportingAgency is null
            ? null
            : notes[(indicator.Id, latest.PeriodKey)].Where(n => n.AgencyId == reportingAgency).MaxBy(n => n.Version);
        return new PackIndicator
        {
            Id = indicator.Id,
            Name = indicator.Name,
            LeadAgency = agencyName,
            Polarity = PolarityWords.Of(indicator.Polarity),
            Period = latest?.PeriodKey,
            Figure = shown ? ValueFormat.Format(indicator, latest!.Value) : null,
            NotShown = withheld is not null ? $"Figure {withheld}" : shown ? null : Missing(latest),
            Suppressed = withheld is not null,
            Travel = shown ? Travel(tile) : null,
            Comparisons =
            [
                Compare($"Average of {home.Neighbours.Count} statistical neighbours", tile.NeighbourAverage, indicator, shown),
                Compare(home.Region.Name, tile.Region, indicator, shown),
                Compare(home.England.Name, tile.England, indicator, shown),
            ],
            Variation = shown && tile.Variation is { } icon ? SpcWords.Variation(icon) : null,
            Attention = shown ? Attention.Reasons(tile) : tile.OpenExceptions > 0 ? [Attention.OpenExceptionWords(tile.OpenExceptions)] : [],
            OpenExceptions = tile.OpenExceptions,
            Commentary = note is null ? null : new PackNote(agencyName, note.Text, note.Version, note.CreatedAt),
            Link = $"/indicators/{Uri.EscapeDataString(indicator.Id)}",
        };
    }

    /// <summary>Whether the area's figure for an indicator and period is withheld, and why.</summary>
    public string? Withheld(Indicator indicator, string periodKey) =>
        series.TryGetValue((indicator.Id, periodKey), out var observation)
            ? (withheldFigures.TryGetValue(indicator.Id, out var decided) ? decided : new WithheldFigures(indicator, DisclosureRule.Standard, new Dictionary<(string, string), string>())).ReasonFor(observation)
            : null;

    private string? Travel(IndicatorTile tile)
    {
        if (tile.Travel is not { } travel)
        {
            return null;
        }

        return Withheld(tile.Indicator, travel.PreviousPeriod) is { } reason
            ? $"Change not shown: the {travel.PreviousPeriod} figure is {reason}"
            : travel.Words(tile.Indicator);
    }

    private static PackComparison Compare(string comparator, ComparatorValue value, Indicator indicator, bool shown) =>
        new(
            comparator,
            value.PeriodKey,
            value.Value is null ? null : ValueFormat.Format(indicator, value.Value),
            !shown ? "not compared: the area's figure is not shown" : value.Value is null ? "not compared" : BenchmarkWords.Of(value.Benchmark),
            value.Note);

    private static string Missing(Observation? latest) => latest switch
    {
        null => "No figure for this quarter yet",
        { Status: ObservationStatus.Suppressed } => $"Suppressed at source ({latest.StatusReason})",
        { Status: ObservationStatus.Invalid } => $"Not shown: {latest.StatusReason}",
        _ => $"Not available ({latest.StatusReason})",
    };
}
