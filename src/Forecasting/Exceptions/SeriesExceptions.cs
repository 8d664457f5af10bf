using System.Globalization;
using System.Text.Json;
using Safeguarding.Analytics.Forecasting.Benchmarking;
using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Forecasting.Spc;
using Safeguarding.Analytics.Forecasting.Trend;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Forecasting.Exceptions;

/// <summary>
/// The exceptions one area's series raises in its latest <see cref="RecentPeriods"/> periods of each kind (a year of
/// quarters, four years of annual figures) — what a board can still act on; older points are history, and a flag
/// that ages out of that window is cleared. Each comes with the numbers and method behind it:
/// <list type="bullet">
/// <item>significantly worse than comparators — in any period, the statistical-neighbour average or England lies outside
/// the area's interval on the worse side (95%: medium; beyond 99.8%: high);</item>
/// <item>SPC concern — a special-cause point of concern on the XmR chart of the latest kind of period (outside the
/// limits: high; a run, trend or two of three: medium);</item>
/// <item>worsening trend — Mann-Kendall over the last <see cref="TrendPoints"/> points of that chart significant at 5%,
/// in the worse direction (medium), flagged at the latest period.</item>
/// </list>
/// Neutral indicators raise none of these: neither direction is worse.
/// </summary>
public static class SeriesExceptions
{
    public const int RecentPeriods = 4;
    public const int TrendPoints = 8;
    public const double TrendAlpha = 0.05;

    /// <param name="series">The area's latest figures for the indicator, oldest first.</param>
    /// <param name="neighbourAverage">The statistical-neighbour average by period key, where there is one.</param>
    /// <param name="england">England's value by period key, where there is one.</param>
    public static IReadOnlyList<ExceptionFinding> Evaluate(
        Indicator indicator,
        string areaCode,
        IReadOnlyList<Observation> series,
        IReadOnlyDictionary<string, double> neighbourAverage,
        IReadOnlyDictionary<string, double> england)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(neighbourAverage);
        ArgumentNullException.ThrowIfNull(england);
        if (indicator.Polarity == Polarity.Neutral)
        {
            return [];
        }

        var recent = RecentPeriodKeys(series);
        var findings = new List<ExceptionFinding>();
        foreach (var observation in series.Where(o => recent.Contains(o.PeriodKey)))
        {
            if (WorseThanComparators(indicator, areaCode, observation, neighbourAverage, england) is { } worse)
            {
                findings.Add(worse);
            }
        }

        if (SeriesChart.Of(series, indicator) is { } chart)
        {
            findings.AddRange(SpcConcerns(indicator, areaCode, series, chart).Where(f => recent.Contains(f.PeriodKey)));
            if (WorseningTrend(indicator, areaCode, series, chart) is { } trend)
            {
                findings.Add(trend);
            }
        }

        return findings;
    }

    private static ExceptionFinding? WorseThanComparators(
        Indicator indicator, string areaCode, Observation o, IReadOnlyDictionary<string, double> neighbourAverage, IReadOnlyDictionary<string, double> england)
    {
        var at95 = ObservationIntervals.Of(o, indicator, ConfidenceLevel.NinetyFive);
        if (at95 is null)
        {
            return null;
        }

        var at998 = ObservationIntervals.Of(o, indicator, ConfidenceLevel.NinetyNinePointEight);
        var against = new List<(string Comparator, double Value, BenchmarkOutcome Outcome)>();
        foreach (var (name, values) in new[] { ("statistical neighbours", neighbourAverage), ("England", england) })
        {
            if (values.TryGetValue(o.PeriodKey, out var comparator))
            {
                var outcome = at998 is null
                    ? Benchmark.Compare(o.Value, at95.Lower, at95.Upper, comparator, indicator.Polarity)
                    : Benchmark.Compare(o.Value, at95.Lower, at95.Upper, at998.Lower, at998.Upper, comparator, indicator.Polarity);
                against.Add((name, comparator, outcome));
            }
        }

        var worse = against.Where(a => a.Outcome is BenchmarkOutcome.Worse or BenchmarkOutcome.Worst).ToList();
        if (worse.Count == 0)
        {
            return null;
        }

        return new ExceptionFinding
        {
            Kind = ExceptionKinds.WorseThanComparators,
            IndicatorId = indicator.Id,
            AreaCode = areaCode,
            PeriodKey = o.PeriodKey,
            Severity = worse.Any(a => a.Outcome == BenchmarkOutcome.Worst) ? ExceptionSeverities.High : ExceptionSeverities.Medium,
            Method = $"{at95.Method} interval, 95% and 99.8%, against the comparator (Fingertips benchmarking)",
            Summary = $"{indicator.Name} in {o.PeriodKey} ({Number(o.Value)}) is significantly worse than {string.Join(" and ", worse.Select(w => $"{w.Comparator} ({Number(w.Value)})"))}.",
            EvidenceJson = JsonSerializer.Serialize(new
            {
                value = o.Value,
                numerator = o.Numerator,
                denominator = o.Denominator,
                lower95 = at95.Lower,
                upper95 = at95.Upper,
                lower998 = at998?.Lower,
                upper998 = at998?.Upper,
                interval = at95.Method,
                comparators = against.Select(a => new { comparator = a.Comparator, value = a.Value, result = a.Outcome.Name() }),
                source = o.Source,
                loadId = o.LoadId,
                version = o.Version,
            }),
        };
    }

    private static IEnumerable<ExceptionFinding> SpcConcerns(Indicator indicator, string areaCode, IReadOnlyList<Observation> series, SeriesChart chart)
    {
        for (var position = 0; position < series.Count; position++)
        {
            if (chart.PointAt(position) is not { PointType: SpcPointTypes.SpecialCauseConcern } point)
            {
                continue;
            }

            var o = series[position];
            yield return new ExceptionFinding
            {
                Kind = ExceptionKinds.SpcConcern,
                IndicatorId = indicator.Id,
                AreaCode = areaCode,
                PeriodKey = o.PeriodKey,
                Severity = point.Rule == SpcRules.OutsideLimits ? ExceptionSeverities.High : ExceptionSeverities.Medium,
                Method = "XmR chart (NHS Making Data Count): mean ± 2.66 × average moving range, runs of 7",
                Summary = $"{indicator.Name} in {o.PeriodKey} ({Number(o.Value)}) is a special cause of concern: {Words(point.Rule)}.",
                EvidenceJson = JsonSerializer.Serialize(new
                {
                    value = o.Value,
                    rule = point.Rule,
                    mean = chart.Chart.Mean,
                    lowerLimit = chart.Chart.LowerProcessLimit,
                    upperLimit = chart.Chart.UpperProcessLimit,
                    points = chart.Chart.Points.Count,
                    trialLimits = chart.Chart.TrialLimits,
                    source = o.Source,
                    loadId = o.LoadId,
                    version = o.Version,
                }),
            };
        }
    }

    private static ExceptionFinding? WorseningTrend(Indicator indicator, string areaCode, IReadOnlyList<Observation> series, SeriesChart chart)
    {
        var onChart = Enumerable.Range(0, series.Count).Where(i => chart.PointAt(i) is not null).TakeLast(TrendPoints).ToList();
        if (onChart.Count < 4)
        {
            return null;
        }

        var values = onChart.Select(i => series[i].Value!.Value).ToList();
        var test = MannKendall.Test(values, TrendAlpha);
        var p = test.ExactP ?? test.P;
        var worsening = test.Slope is { } slope && (indicator.Polarity == Polarity.HighIsGood ? slope < 0 : slope > 0);
        if (p >= TrendAlpha || !worsening)
        {
            return null;
        }

        var latest = series[onChart[^1]];
        return new ExceptionFinding
        {
            Kind = ExceptionKinds.WorseningTrend,
            IndicatorId = indicator.Id,
            AreaCode = areaCode,
            PeriodKey = latest.PeriodKey,
            Severity = ExceptionSeverities.Medium,
            Method = $"Mann-Kendall trend test over the last {values.Count} periods, two-sided, 5%; Sen's slope",
            Summary = $"{indicator.Name} has worsened over the {values.Count} periods to {latest.PeriodKey}: Sen's slope {Number(test.Slope)} a period ({(p < 0.0001 ? "p < 0.0001" : "p = " + p.ToString("0.####", CultureInfo.InvariantCulture))}).",
            EvidenceJson = JsonSerializer.Serialize(new
            {
                periods = onChart.Select(i => series[i].PeriodKey),
                values,
                s = test.S,
                variance = test.VarianceS,
                z = test.Z,
                pNormal = test.P,
                pExact = test.ExactP,
                senSlope = test.Slope,
            }),
        };
    }

    /// <summary>The latest <see cref="RecentPeriods"/> period keys with a value, of each kind of period in the series.</summary>
    private static HashSet<string> RecentPeriodKeys(IReadOnlyList<Observation> series) =>
        series.Where(o => o.Value is not null)
            .GroupBy(o => Period.Parse(o.PeriodKey).Kind)
            .SelectMany(g => g.TakeLast(RecentPeriods))
            .Select(o => o.PeriodKey)
            .ToHashSet(StringComparer.Ordinal);

    private static string Words(string rule) => rule switch
    {
        SpcRules.OutsideLimits => "outside the process limits",
        SpcRules.Shift => "part of a run on the worse side of the mean",
        SpcRules.Trend => "part of a run of rises or falls the wrong way",
        SpcRules.TwoOfThree => "two of three points near the worse limit",
        _ => rule,
    };

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "no value";
}
