using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>
/// Builds the home area's quarterly returns for the embedded demo: every quarterly indicator, level-consistent with the
/// published annual figures, with counts behind every value, count-like noise and the planted events applied. Pure and
/// deterministic: the same inputs give identical observations.
/// </summary>
public static class DemoReturnsGenerator
{
    public const string Source = "demo";
    public const string NotSubmittedReason = "not submitted by the agency";

    /// <summary>
    /// The factor a quarter of this indicator is annualised by, as the catalogue says (its <c>quarter_annualisation</c>
    /// column): 4 for the flow rates read against DfE's yearly rates, otherwise 1. The demo's quarters scale by
    /// <see cref="FigureScale"/>, which also knows that a year is never annualised.
    /// </summary>
    public static int AnnualisationFactor(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return FigureScale.FactorOf(indicator.QuarterAnnualisation);
    }

    /// <summary>The population a rate is per: adults 16+, children 10-17 or children 0-17, read from its unit.</summary>
    public static int PopulationFor(Indicator indicator, DemoPopulation population)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(population);
        return indicator.Unit.Contains("adults", StringComparison.OrdinalIgnoreCase) ? population.Adults16Plus
            : indicator.Unit.Contains("10-17", StringComparison.Ordinal) ? population.Children10To17
            : population.Children0To17;
    }

    /// <summary>
    /// The figures as they stand once every return was accepted: a planted slip (a value that disagrees with its own
    /// counts) was refused and corrected by its agency, so no figure carries it.
    /// </summary>
    public static IReadOnlyList<Observation> Generate(DemoInputs inputs) => Generate(inputs, asFirstSent: false);

    /// <summary>The figures as the agencies first wrote them, planted slips and all: what the return checks must catch.</summary>
    public static IReadOnlyList<Observation> AsFirstSent(DemoInputs inputs) => Generate(inputs, asFirstSent: true);

    private static List<Observation> Generate(DemoInputs inputs, bool asFirstSent)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var quarters = Period.QuartersBetween(inputs.FirstQuarter, inputs.LastQuarter).ToList();
        var baselines = inputs.Baselines.ToDictionary(b => b.IndicatorId, StringComparer.Ordinal);
        var observations = new List<Observation>();
        foreach (var indicator in inputs.Indicators.Where(i => i.Frequency == Frequency.Quarterly))
        {
            var baseline = baselines.GetValueOrDefault(indicator.Id);
            var events = inputs.Events.Where(e => e.IndicatorId == indicator.Id).ToList();
            var expected = DemoLevels.For(indicator, quarters, inputs, baseline);
            ApplyShifts(expected, quarters, events);
            var quiet = Enumerable.Range(0, quarters.Count).Where(i => events.Any(e => IsQuiet(e, quarters[i]))).ToHashSet();
            var series = new DemoSeries(indicator, inputs, baseline, quarters, quiet);
            for (var i = 0; i < quarters.Count; i++)
            {
                observations.Add(Observe(series, i, expected[i], events, asFirstSent));
            }
        }

        return observations;
    }

    /// <summary>
    /// Quarters whose planted shift must show exactly as the file says get no noise: an outlier, an unusual profile,
    /// and a worsening trend, which must get slightly worse every quarter.
    /// </summary>
    private static bool IsQuiet(PlantedEvent planted, Period quarter) =>
        planted.Kind is PlantedEventKind.Outlier or PlantedEventKind.UnusualProfile or PlantedEventKind.WorseningTrend
        && planted.Covers(quarter);

    /// <summary>Step changes, trends, outliers and unusual profiles move the expected value before noise.</summary>
    private static void ApplyShifts(double[] expected, List<Period> quarters, List<PlantedEvent> events)
    {
        foreach (var planted in events)
        {
            var covered = quarters.Count(planted.Covers);
            var step = 0;
            for (var i = 0; i < quarters.Count; i++)
            {
                var inside = planted.Covers(quarters[i]);
                step += inside ? 1 : 0;
                expected[i] += planted.Kind switch
                {
                    PlantedEventKind.StepChange or PlantedEventKind.Outlier or PlantedEventKind.UnusualProfile when inside => planted.Magnitude,
                    PlantedEventKind.WorseningTrend when inside => planted.Magnitude * step / covered,
                    PlantedEventKind.WorseningTrend when quarters[i] > planted.LastPeriod => planted.Magnitude,
                    _ => 0,
                };
            }
        }
    }

    private static Observation Observe(DemoSeries series, int index, double expected, List<PlantedEvent> events, bool asFirstSent)
    {
        var quarter = series.Quarters[index];
        var observation = new Observation
        {
            IndicatorId = series.Indicator.Id,
            AreaCode = series.Inputs.AreaCode,
            PeriodKey = quarter.Key,
            Source = Source,
            Version = 1,
        };

        if (events.Any(e => e.Kind == PlantedEventKind.MissingReturn && e.Covers(quarter)))
        {
            return observation with { Status = ObservationStatus.Missing, StatusReason = NotSubmittedReason };
        }

        var (value, numerator, denominator) = series.Draw(index, expected);
        var misreported = asFirstSent
            ? events.Where(e => e.Kind == PlantedEventKind.InconsistentValue && e.Covers(quarter)).Sum(e => e.Magnitude)
            : 0;
        return observation with
        {
            Value = Math.Round(value + misreported, series.Indicator.DecimalPlaces, MidpointRounding.AwayFromZero),
            Numerator = numerator,
            Denominator = denominator,
        };
    }
}
