using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>
/// The comparators of one area's series, period by period: the statistical-neighbour average (as LAIT: unweighted,
/// over the neighbours with a value), the region and England. Comparators are mostly published yearly, so a quarter
/// with no figures of its own is read against the year that holds it (<see cref="For"/>).
/// </summary>
public sealed class ComparatorSeries
{
    private readonly Dictionary<string, ComparatorFigures> _byPeriod;

    private ComparatorSeries(IEnumerable<ComparatorFigures> figures)
    {
        Periods = [.. figures.OrderBy(f => f.Period)];
        _byPeriod = Periods.ToDictionary(f => f.Period.Key, StringComparer.Ordinal);
    }

    public static ComparatorSeries None { get; } = new([]);

    /// <summary>Every period with at least one comparator figure, in time order.</summary>
    public IReadOnlyList<ComparatorFigures> Periods { get; }

    /// <summary>The comparators in <paramref name="observations"/> (the area's own rows among them are ignored).</summary>
    public static ComparatorSeries Of(
        IEnumerable<Observation> observations, IReadOnlyCollection<string> neighbourCodes, string? regionCode, string englandCode)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(neighbourCodes);
        var neighbours = neighbourCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ComparatorSeries(observations
            .GroupBy(o => o.PeriodKey, StringComparer.Ordinal)
            .Select(period =>
            {
                var average = StatisticalNeighbourAverage.Of(period.Where(o => neighbours.Contains(o.AreaCode)).Select(o => o.Value));
                double? ValueOf(string? code) => code is null ? null : period.FirstOrDefault(o => string.Equals(o.AreaCode, code, StringComparison.OrdinalIgnoreCase))?.Value;
                return new ComparatorFigures(Period.Parse(period.Key), average.Value, average.NeighboursWithValue, ValueOf(regionCode), ValueOf(englandCode));
            })
            .Where(f => f.NeighbourAverage is not null || f.Region is not null || f.England is not null));
    }

    /// <summary>
    /// The comparators for <paramref name="period"/>: its own figures, else those of the financial or calendar year
    /// that holds it (a quarter read against its year); null when there are none.
    /// </summary>
    public ComparatorFigures? For(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (_byPeriod.TryGetValue(period.Key, out var own))
        {
            return own;
        }

        return period.Kind != PeriodKind.FinancialQuarter
            ? null
            : Periods.Where(f => f.Period.Kind != PeriodKind.FinancialQuarter && f.Period.Start <= period.Start && period.End <= f.Period.End)
                .OrderBy(f => f.Period.Kind == PeriodKind.FinancialYear ? 0 : 1)
                .FirstOrDefault();
    }
}

/// <summary>One period's comparators: the neighbour average with how many neighbours it rests on, the region and England.</summary>
public sealed record ComparatorFigures(Period Period, double? NeighbourAverage, int NeighboursWithValue, double? Region, double? England);
