using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>
/// The counts one reader was shown, from every output, and the sums they can be put in: a count is a figure's numerator,
/// or the count its value implies (value × denominator ÷ multiplier, and ÷ 4 for a quarter sent as a yearly rate) when
/// that is a whole number; a denominator caps a proportion's numerator. Where outputs disagree on a cell (two
/// versions, two sources), the count most outputs gave is taken.
/// </summary>
public sealed class AttackerTable
{
    private readonly ReferenceDataSet _reference;

    public AttackerTable(IEnumerable<ShownFigure> figures, ReferenceDataSet reference, IReadOnlySet<string> indicators)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _reference = reference;
        var counts = new Dictionary<Cell, List<long>>();
        var implied = new Dictionary<Cell, (double Low, double High)>();
        var ceilings = new Dictionary<Cell, long>();
        foreach (var figure in figures.Where(f => indicators.Contains(f.Cell.Indicator)))
        {
            if (figure.Numerator is { } numerator)
            {
                (counts.TryGetValue(figure.Cell, out var list) ? list : counts[figure.Cell] = []).Add((long)Math.Round(numerator));
            }
            else if (ImpliedBy(figure) is { } range)
            {
                implied[figure.Cell] = implied.TryGetValue(figure.Cell, out var before)
                    ? (Math.Max(before.Low, range.Low), Math.Min(before.High, range.High))
                    : range;
            }

            if (figure.Denominator is { } denominator && reference.Indicator(figure.Cell.Indicator).ValueType == IndicatorValueType.Proportion)
            {
                ceilings[figure.Cell] = (long)denominator;
            }
        }

        var known = counts.ToDictionary(c => c.Key, c => c.Value.GroupBy(v => v).OrderByDescending(g => g.Count()).First().Key);
        foreach (var (cell, (low, high)) in implied.Where(i => i.Value.Low == i.Value.High && !known.ContainsKey(i.Key)))
        {
            known[cell] = (long)low;
            WorkedOutFromValue.Add(cell);
        }

        Known = known;
        Implied = implied.Where(i => !known.ContainsKey(i.Key)).ToDictionary(i => i.Key, i => i.Value);
        Ceilings = ceilings;
    }

    /// <summary>Counts given, or worked out exactly from a value and its denominator.</summary>
    public IReadOnlyDictionary<Cell, long> Known { get; }

    /// <summary>The cells whose count was not given but follows from the value and denominator shown.</summary>
    public HashSet<Cell> WorkedOutFromValue { get; } = [];

    /// <summary>Where a value and its denominator, rounded as shown, put a count not given.</summary>
    public IReadOnlyDictionary<Cell, (double Low, double High)> Implied { get; }

    public IReadOnlyDictionary<Cell, long> Ceilings { get; }

    /// <summary>The same table without one cell's count: what an attacker has if that one figure is withheld.</summary>
    public FeasibleRange Without(Cell cell) =>
        new(Known.Where(k => k.Key != cell).ToDictionary(k => k.Key, k => k.Value), Ceilings, Implied.Where(k => k.Key != cell).ToDictionary(k => k.Key, k => k.Value));

    public FeasibleRange Range() => new(Known, Ceilings, Implied);

    /// <summary>Every sum that holds the cell: its region (and sub-region) of authorities, England of regions, its year of its quarters (or its last quarter, for a count at the period's end).</summary>
    public IEnumerable<CountSum> SumsAround(Cell cell)
    {
        var areas = _reference.Areas;
        var area = areas.Resolve(cell.Area);
        var authorities = areas.LocalAuthorities.Where(a => a.IsCurrent).ToList();
        Cell At(string code, string period) => cell with { Area = code, Period = period };
        var periods = new List<string> { cell.Period };
        var year = cell.Period.Split(' ')[0];
        periods.Add(year);
        foreach (var period in periods.Distinct(StringComparer.Ordinal))
        {
            foreach (var region in areas.Regions)
            {
                yield return new CountSum($"{region.Name} of its authorities in {period}", At(region.Code, period),
                    [.. authorities.Where(a => a.RegionCode == region.Code).Select(a => At(a.Code, period))]);
            }

            foreach (var subRegion in areas.SubRegions)
            {
                yield return new CountSum($"{subRegion.Name} of its authorities in {period}", At(subRegion.Code, period),
                    [.. authorities.Where(a => a.SubRegionCode == subRegion.Code).Select(a => At(a.Code, period))]);
            }

            yield return new CountSum($"England of its regions in {period}", At(areas.England.Code, period), [.. areas.Regions.Select(r => At(r.Code, period))]);
        }

        var quarters = Enumerable.Range(1, 4).Select(q => $"{year} Q{q}").ToList();
        var stock = IsCountAtTheEnd(_reference.Indicator(cell.Indicator));
        foreach (var code in new[] { area.Code, area.RegionCode, areas.England.Code }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return stock
                ? new CountSum($"{code}'s year as its last quarter (a count at the year's end)", At(code, year), [At(code, quarters[3])])
                : new CountSum($"{code}'s year of its quarters", At(code, year), [.. quarters.Select(q => At(code, q))]);
        }
    }

    /// <summary>
    /// A count of those open at the period's end (children on a plan at 31 March) rather than of events in it, as the
    /// catalogue's definition says: its year is its last quarter, not the sum of its quarters.
    /// </summary>
    private static bool IsCountAtTheEnd(Indicator indicator) =>
        indicator.Definition.Contains("at the end of the period", StringComparison.OrdinalIgnoreCase)
        || indicator.Definition.Contains("at 31 March", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The counts a value and its denominator allow, the value taken as rounded to the indicator's decimal places
    /// (1.4 per 10,000 of 21,000 children is 3 children): value × denominator ÷ multiplier (÷ 4 for a quarter sent as a
    /// yearly rate), give or take half the last decimal place's worth.
    /// </summary>
    private (double Low, double High)? ImpliedBy(ShownFigure figure)
    {
        if (figure.Value is not { } value || figure.Denominator is not { } denominator)
        {
            return null;
        }

        var indicator = _reference.Indicator(figure.Cell.Indicator);
        var annualised = indicator.QuarterAnnualisation == QuarterAnnualisation.Times4 && figure.Cell.Period.Contains(" Q", StringComparison.Ordinal) ? 4 : 1;
        var scale = denominator / indicator.Multiplier / annualised;
        var halfStep = 0.5 * Math.Pow(10, -indicator.DecimalPlaces);
        return (Math.Max(0, Math.Ceiling(((value - halfStep) * scale) - 1e-9)), Math.Floor(((value + halfStep) * scale) + 1e-9));
    }
}
