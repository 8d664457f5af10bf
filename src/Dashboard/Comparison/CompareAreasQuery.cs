using Safeguarding.Analytics.Dashboard.Submissions;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Comparison;

/// <summary>
/// The compare-areas view of an indicator: one cross-section read for the period asked for, or, without one, the
/// latest period England has a figure for (the latest national publication), else the area's own latest; and the
/// submission behind the area's figure. A quarter without comparators of its own also learns whether its year has them.
/// </summary>
internal sealed class CompareAreasQuery(IAppStore appStore, IAnalyticStore warehouse, AreaDirectory areas, FiguresForReaders figures, SubmissionRecords submissionRecords)
{
    /// <summary>The indicator as the catalogue defines it, or null when there is none by that id.</summary>
    public Task<Indicator?> FindIndicatorAsync(string indicatorId, CancellationToken cancellationToken = default) =>
        appStore.FindIndicatorAsync(indicatorId, cancellationToken);

    /// <summary>The comparison as the reader may see it; null when the indicator, area or period is unknown or has no figures.</summary>
    public async Task<CompareAreasModel?> LoadAsync(
        Reader reader, string indicatorId, string areaCode, string? periodKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (await appStore.FindIndicatorAsync(indicatorId, cancellationToken) is not { } indicator
            || !areas.TryResolve(areaCode, out var area) || area.Kind != AreaKind.LocalAuthority)
        {
            return null;
        }

        Period? period = null;
        if (periodKey is not null && !Period.TryParse(periodKey, out period))
        {
            return null;
        }

        var withheld = await figures.WithheldFromAsync(reader, indicator, cancellationToken: cancellationToken);
        if (period is null)
        {
            var series = withheld.Show(await warehouse.QueryAsync(ObservationQuery.Series(indicator.Id, [areas.England.Code, area.Code]), cancellationToken));
            var latest = series.Where(o => o.Value is not null && o.AreaCode == areas.England.Code).LastOrDefault()
                ?? series.LastOrDefault(o => o.Value is not null);
            if (latest is null)
            {
                return null;
            }

            period = Period.Parse(latest.PeriodKey);
        }

        var crossSection = await warehouse.QueryAsync(ObservationQuery.CrossSection(indicator.Id, period.Key), cancellationToken);
        var comparison = AreaComparison.Of(indicator, period.Key, area, areas, crossSection, withheld);
        var submissions = comparison.Area.LoadId is { } load
            ? await submissionRecords.SubmissionsBehindLoadsAsync(reader, [load], cancellationToken)
            : new Dictionary<string, long>();
        return new CompareAreasModel(indicator, comparison, comparison.Area.LoadId is { } id && submissions.TryGetValue(id, out var submission) ? submission : null)
        {
            YearWithComparators = await YearWithComparatorsAsync(indicator, period, comparison, withheld, cancellationToken),
        };
    }

    /// <summary>
    /// For a quarter with no comparator figures of its own (they are mostly published yearly), its financial year when
    /// that year has them; otherwise null.
    /// </summary>
    private async Task<Period?> YearWithComparatorsAsync(
        Indicator indicator, Period period, ComparisonResult comparison, WithheldFigures withheld, CancellationToken cancellationToken)
    {
        if (period.Kind != PeriodKind.FinancialQuarter || comparison.Neighbours.Average is not null || comparison.Region?.Value is not null || comparison.England.Value is not null)
        {
            return null;
        }

        var year = period.FinancialYearOf();
        var ofYear = withheld.Show(await warehouse.QueryAsync(ObservationQuery.CrossSection(indicator.Id, year.Key), cancellationToken));
        return ofYear.Any(o => o.AreaCode != comparison.Area.Code && o.Value is not null) ? year : null;
    }
}

/// <summary>The comparison, and the submission the area's figure came from (null for published figures).</summary>
internal sealed record CompareAreasModel(Indicator Indicator, ComparisonResult Comparison, long? SubmissionId)
{
    /// <summary>The year to compare instead when a quarter has no comparators and its year has.</summary>
    public Period? YearWithComparators { get; init; }
}
