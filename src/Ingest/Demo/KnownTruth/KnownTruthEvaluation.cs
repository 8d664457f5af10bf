using Safeguarding.Analytics.Forecasting.Anomalies;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Forecasting.Spc;
using Safeguarding.Analytics.Forecasting.Trend;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Demo.KnownTruth;

/// <summary>
/// Runs each detector over the demo returns as a board would see them, quarter by quarter, and scores it against the
/// planted events (data/demo/planted_events.csv): an event is found when the detector flags its indicator (or, for a
/// profile, its quarter) inside the event's periods; a flag is explained when some planted event covers its indicator
/// and quarter. Precision is explained flags over all flags; recall is events found over the events of the kinds the
/// detector is meant to find.
/// </summary>
public static class KnownTruthEvaluation
{
    public const int TrendWindow = 8;
    public const int UnusualQuarters = 2;

    public static IReadOnlyList<DetectorResult> Evaluate(
        IReadOnlyList<Observation> demo, IReadOnlyList<Indicator> catalogue, IReadOnlyList<PlantedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(events);
        var series = demo.GroupBy(o => o.IndicatorId, StringComparer.Ordinal)
            .Select(g => (Indicator: catalogue.Single(i => i.Id == g.Key), Series: g.OrderBy(o => Period.Parse(o.PeriodKey)).ToList()))
            .ToList();
        return
        [
            Score("SPC special cause", "XmR chart (NHS Making Data Count) of the whole series: points of concern, and any special cause where neither direction is better",
                [PlantedEventKind.StepChange, PlantedEventKind.Outlier, PlantedEventKind.WorseningTrend], SpcFlags(series), events),
            Score("Worsening trend", $"Mann-Kendall over the last {TrendWindow} quarters at each quarter, 5%, in the worse direction",
                [PlantedEventKind.WorseningTrend], TrendFlags(series), events),
            Score("Unusual profile", $"ML.NET randomized PCA over the area's quarterly profiles (every quarterly indicator, normalised): the {UnusualQuarters} most unusual quarters",
                [PlantedEventKind.UnusualProfile], ProfileFlags(series), events),
            Score("Return checks", "a quarter's expected figure not received; a value that does not match its numerator and denominator",
                [PlantedEventKind.MissingReturn, PlantedEventKind.InconsistentValue], ReturnCheckFlags(series), events),
        ];
    }

    private static List<DetectorFlag> SpcFlags(List<(Indicator Indicator, List<Observation> Series)> all)
    {
        var flags = new List<DetectorFlag>();
        foreach (var (indicator, series) in all)
        {
            if (SeriesChart.Of(series, indicator) is not { } chart)
            {
                continue;
            }

            for (var i = 0; i < series.Count; i++)
            {
                if (chart.PointAt(i) is { } point && point.PointType is SpcPointTypes.SpecialCauseConcern or SpcPointTypes.SpecialCauseNeutralHigh or SpcPointTypes.SpecialCauseNeutralLow)
                {
                    flags.Add(new DetectorFlag(indicator.Id, series[i].PeriodKey, $"{point.PointType} ({point.Rule})"));
                }
            }
        }

        return flags;
    }

    private static List<DetectorFlag> TrendFlags(List<(Indicator Indicator, List<Observation> Series)> all)
    {
        var flags = new List<DetectorFlag>();
        foreach (var (indicator, series) in all.Where(s => s.Indicator.Polarity != Polarity.Neutral))
        {
            var points = series.Where(o => o.Value is not null).ToList();
            for (var end = TrendWindow; end <= points.Count; end++)
            {
                var window = points.Skip(end - TrendWindow).Take(TrendWindow).Select(o => o.Value!.Value).ToList();
                var test = MannKendall.Test(window);
                var worse = test.Slope is { } slope && (indicator.Polarity == Polarity.HighIsGood ? slope < 0 : slope > 0);
                if (worse && (test.ExactP ?? test.P) < 0.05)
                {
                    flags.Add(new DetectorFlag(indicator.Id, points[end - 1].PeriodKey, $"S = {test.S}, p = {test.ExactP ?? test.P:0.####}"));
                }
            }
        }

        return flags;
    }

    private static List<DetectorFlag> ProfileFlags(List<(Indicator Indicator, List<Observation> Series)> all)
    {
        // Each quarter is one profile of the area: the quarters are compared with each other.
        var profiles = all.SelectMany(s => s.Series)
            .Where(o => o.Value is not null)
            .GroupBy(o => o.PeriodKey, StringComparer.Ordinal)
            .Select(q => new AreaProfile(q.Key, "quarters", q.ToDictionary(o => o.IndicatorId, o => o.Value!.Value, StringComparer.Ordinal)))
            .ToList();
        return ProfileModel.Train(profiles) is { } model
            ? model.Score(profiles).Where(s => s.Rank <= UnusualQuarters)
                .Select(s => new DetectorFlag(string.Empty, s.AreaCode, $"rank {s.Rank}, driven by {string.Join(", ", s.Drivers.Select(d => d.IndicatorId))}"))
                .ToList()
            : [];
    }

    private static List<DetectorFlag> ReturnCheckFlags(List<(Indicator Indicator, List<Observation> Series)> all)
    {
        var flags = new List<DetectorFlag>();
        foreach (var (indicator, series) in all)
        {
            foreach (var o in series)
            {
                if (o.Status == ObservationStatus.Missing)
                {
                    flags.Add(new DetectorFlag(indicator.Id, o.PeriodKey, "expected figure missing"));
                }
                else if (o.Value is { } value && o.Numerator is { } n && o.Denominator is { } d && d > 0
                         && indicator.ValueType is IndicatorValueType.Proportion or IndicatorValueType.Rate
                         && Math.Abs(value - FigureScale.ValueOf(indicator, o.PeriodKey, n, d)) > 0.5 * Math.Pow(10, -indicator.DecimalPlaces) + 1e-9)
                {
                    flags.Add(new DetectorFlag(indicator.Id, o.PeriodKey, $"{value} against {n} / {d}"));
                }
            }
        }

        return flags;
    }

    private static DetectorResult Score(
        string detector, string method, PlantedEventKind[] finds, List<DetectorFlag> flags, IReadOnlyList<PlantedEvent> events)
    {
        bool Explains(PlantedEvent e, DetectorFlag f) =>
            (f.IndicatorId.Length == 0 || f.IndicatorId == e.IndicatorId) && e.Covers(Period.Parse(f.PeriodKey));

        var targets = events.Where(e => finds.Contains(e.Kind)).GroupBy(e => e.Id, StringComparer.Ordinal).ToList();
        var found = targets.Where(t => t.Any(e => flags.Any(f => Explains(e, f)))).Select(t => t.Key).ToList();
        return new DetectorResult(
            detector,
            method,
            finds,
            found,
            targets.Select(t => t.Key).Except(found, StringComparer.Ordinal).ToList(),
            flags.Select(f => (f, events.FirstOrDefault(e => Explains(e, f))?.Id)).ToList());
    }
}
