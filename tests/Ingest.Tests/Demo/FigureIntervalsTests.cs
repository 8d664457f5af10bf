using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

/// <summary>
/// Every figure the service starts with — the demo's quarterly returns and DfE's LAIT file, read as the start-up load
/// reads them, and the DfE EES files with their published counts — has an interval, worked out as the service shows it,
/// that contains the figure.
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
        var withInterval = AssertIntervalsContainFigures(lait, confidence);

        // LAIT publishes values without their counts, so its figures get no interval of their own to miss (they are
        // benchmarks, not benchmarked); should it ever carry counts or limits, this checks them.
        Assert.Equal(lait.Count(o => o.LowerCi is not null || (o.Numerator is not null && o.Denominator is not null)), withInterval.Count);
    }

    [Theory]
    [InlineData("dfe_c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", "c1")]
    [InlineData("dfe_d5_cpps_at31march_by_duration_2013_to_2025.csv", "d5")]
    [InlineData("dfe_cla_number_and_rate_per_10k_children_2021_to_2025.csv", "cla")]
    public void Every_ees_figures_interval_contains_the_figure(string fileName, string dataset)
    {
        var folder = ReferenceDataFolder.Locate();
        var measures = Ingest.Comparators.Ees.EesMeasuresFile.Read(folder.ReferenceFile(Ingest.Comparators.Ees.EesMeasuresFile.FileName), Reference.Indicators);
        using var text = new StreamReader(folder.ComparatorFile(fileName));
        var figures = new Ingest.Comparators.Ees.EesComparatorReader(Reference.Areas, Reference.Indicators)
            .Read(text, fileName, [.. measures.Where(m => m.Dataset == dataset)]);

        Assert.NotEmpty(AssertIntervalsContainFigures(figures, ConfidenceLevel.NinetyFive));
    }

    [Fact]
    public void Referrals_in_the_demos_second_quarter_of_2025_26_are_inside_their_interval()
    {
        var figure = DemoTestData.Returns.Single(o => o.IndicatorId == "referrals_rate_per_10k" && o.PeriodKey == "2025-26 Q2");

        var shown = ObservationIntervals.Of(figure, DemoTestData.Indicator(figure.IndicatorId), ConfidenceLevel.NinetyFive)!;

        Assert.InRange(figure.Value!.Value, shown.Lower, shown.Upper);
        Assert.Equal(figure.Value!.Value, Math.Round(figure.Numerator!.Value / figure.Denominator!.Value * 10000 * 4, 1));
    }

    // Half a unit of the last decimal place the figure is written with: DfE publishes England's rate of children
    // starting to be looked after as a whole number (26 for 26.49), so it may sit up to 0.5 from its own counts.
    private static double RoundingAsWritten(double value)
    {
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return 0.5 * Math.Pow(10, -(point < 0 ? 0 : text.Length - point - 1));
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
            var rounding = Math.Max(0.5 * Math.Pow(10, -indicator.DecimalPlaces), RoundingAsWritten(o.Value!.Value));
            if (o.Value < interval.Lower - rounding || o.Value > interval.Upper + rounding)
            {
                outside.Add($"{o.IndicatorId} {o.AreaCode} {o.PeriodKey}: {o.Value} outside {interval.Lower:0.###}–{interval.Upper:0.###} ({interval.Method})");
            }
        }

        Assert.True(outside.Count == 0, $"{outside.Count} figures outside their interval:\n" + string.Join('\n', outside.Take(20)));
        return withInterval;
    }
}
