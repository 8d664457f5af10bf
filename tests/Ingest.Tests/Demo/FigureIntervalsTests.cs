using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Warehouse.Catalogue;
using Safeguarding.Analytics.Warehouse.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

/// <summary>
/// Every figure the service starts with — the demo's quarterly returns and DfE's LAIT file, read as the start-up load
/// reads them — has an interval, worked out as the service shows it, that contains the figure.
/// </summary>
public sealed class FigureIntervalsTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());

    public static TheoryData<double> Confidences => [ConfidenceLevel.NinetyFive, ConfidenceLevel.NinetyNinePointEight];

    [Theory]
    [MemberData(nameof(Confidences))]
    public void Every_demo_figures_interval_contains_the_figure(double confidence)
    {
        // The planted data-quality slip is a value that disagrees with its own counts; no interval can hold it.
        var misreported = DemoTestData.Events
            .Where(e => e.Kind == PlantedEventKind.InconsistentValue)
            .Select(e => (e.IndicatorId, e.FirstPeriod.Key))
            .ToHashSet();
        var figures = DemoTestData.Returns.Where(o => !misreported.Contains((o.IndicatorId, o.PeriodKey))).ToList();

        var checkedFigures = AssertIntervalsContainFigures(figures, confidence);

        // Not vacuous: every annualised flow has intervals, and they were checked.
        var annualised = Reference.Indicators.Where(i => i.QuarterAnnualisation == QuarterAnnualisation.Times4).Select(i => i.Id).ToList();
        Assert.NotEmpty(annualised);
        Assert.All(annualised, id => Assert.Contains(checkedFigures, o => o.IndicatorId == id));
        Assert.True(checkedFigures.Count > 500, $"only {checkedFigures.Count} demo figures have an interval");
    }

    [Theory]
    [MemberData(nameof(Confidences))]
    public void Every_lait_figures_interval_contains_the_figure(double confidence)
    {
        var lait = new LaitComparatorReader(Reference).ReadChecked(DemoTestData.PathOf("comparators", LaitComparatorReader.FileName));

        Assert.NotEmpty(lait);
        AssertIntervalsContainFigures(lait, confidence);
    }

    [Fact]
    public void Referrals_in_the_demos_second_quarter_of_2025_26_are_inside_their_interval()
    {
        var figure = DemoTestData.Returns.Single(o => o.IndicatorId == "referrals_rate_per_10k" && o.PeriodKey == "2025-26 Q2");

        var shown = ObservationIntervals.Of(figure, DemoTestData.Indicator(figure.IndicatorId), ConfidenceLevel.NinetyFive)!;

        Assert.InRange(figure.Value!.Value, shown.Lower, shown.Upper);
        Assert.Equal(figure.Value!.Value, Math.Round(figure.Numerator!.Value / figure.Denominator!.Value * 10000 * 4, 1));
    }

    /// <summary>The figures that have an interval, each asserted to lie inside it (a value rounded as published may sit on an edge).</summary>
    private static List<Observation> AssertIntervalsContainFigures(IReadOnlyList<Observation> figures, double confidence)
    {
        var indicators = Reference.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var withInterval = new List<Observation>();
        var outside = new List<string>();
        foreach (var o in figures.Where(o => o.Value is not null && indicators.ContainsKey(o.IndicatorId)))
        {
            var indicator = indicators[o.IndicatorId];
            if (ObservationIntervals.Of(o, indicator, confidence) is not { } interval)
            {
                continue;
            }

            withInterval.Add(o);
            var rounding = 0.5 * Math.Pow(10, -indicator.DecimalPlaces);
            if (o.Value < interval.Lower - rounding || o.Value > interval.Upper + rounding)
            {
                outside.Add($"{o.IndicatorId} {o.AreaCode} {o.PeriodKey}: {o.Value} outside {interval.Lower:0.###}–{interval.Upper:0.###} ({interval.Method})");
            }
        }

        Assert.True(outside.Count == 0, $"{outside.Count} figures outside their interval:\n" + string.Join('\n', outside.Take(20)));
        return withInterval;
    }
}
