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
        var ceilings = new Dictionary<Cell, long>();
        foreach (var figure in figures.Where(f => indicators.Contains(f.Cell.Indicator)))
        {
            if (CountOf(figure) is { } count)
            {
                (counts.TryGetValue(figure.Cell, out var list) ? list : counts[figure.Cell] = []).Add(count);
            }

            if (figure.Denominator is { } denominator && reference.Indicator(figure.Cell.Indicator).ValueType == IndicatorValueType.Proportion)
            {
                ceilings[figure.Cell] = (long)denominator;
            }
        }

        Known = counts.ToDictionary(c => c.Key, c => c.Value.GroupBy(v => v).OrderByDescending(g => g.Count()).First().Key);
        Ceilings = ceilings;
    }

    public IReadOnlyDictionary<Cell, long> Known { get; }

    public IReadOnlyDictionary<Cell, long> Ceilings { get; }

    /// <summary>The same table without one cell's count: what an attacker has if that one figure is withheld.</summary>
    public FeasibleRange Without(Cell cell) =>
        new(Known.Where(k => k.Key != cell).ToDictionary(k => k.Key, k => k.Value), Ceilings);

    public FeasibleRange Range() => new(Known, Ceilings);

    /// <summary>Every sum that holds the cell: its region of authorities, England of regions, its year of quarters and of its last quarter.</summary>
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

            yield return new CountSum($"England of its regions in {period}", At(areas.England.Code, period), [.. areas.Regions.Select(r => At(r.Code, period))]);
        }

        var quarters = Enumerable.Range(1, 4).Select(q => $"{year} Q{q}").ToList();
        foreach (var code in new[] { area.Code, area.RegionCode, areas.England.Code }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return new CountSum($"{code}'s year of its quarters", At(code, year), [.. quarters.Select(q => At(code, q))]);
            yield return new CountSum($"{code}'s year as its last quarter (a count at the year's end)", At(code, year), [At(code, quarters[3])]);
        }
    }

    private long? CountOf(ShownFigure figure)
    {
        if (figure.Numerator is { } numerator)
        {
            return (long)Math.Round(numerator);
        }

        if (figure.Value is not { } value || figure.Denominator is not { } denominator)
        {
            return null;
        }

        var indicator = _reference.Indicator(figure.Cell.Indicator);
        var annualised = indicator.QuarterAnnualisation == QuarterAnnualisation.Times4 && figure.Cell.Period.Contains(" Q", StringComparison.Ordinal) ? 4 : 1;
        var implied = value * denominator / indicator.Multiplier / annualised;
        return Math.Abs(implied - Math.Round(implied)) < 1e-6 ? (long)Math.Round(implied) : null;
    }
}
