using Safeguarding.Analytics.Forecasting.Benchmarking;
using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Dashboard.Comparison;

/// <summary>
/// A stored figure benchmarked as Fingertips does: against a comparator's value on its 95% interval, and, where the
/// interval can be worked out at 99.8% too, on both (best and worst). A figure with no interval is not compared.
/// </summary>
public sealed class FigureBenchmark
{
    private readonly Observation? _figure;
    private readonly Indicator _indicator;

    public FigureBenchmark(Observation? figure, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        _figure = figure;
        _indicator = indicator;
        At95 = figure is null ? null : ObservationIntervals.Of(figure, indicator, ConfidenceLevel.NinetyFive);
        At998 = figure is null ? null : ObservationIntervals.Of(figure, indicator, ConfidenceLevel.NinetyNinePointEight);
    }

    public FigureInterval? At95 { get; }

    public FigureInterval? At998 { get; }

    /// <summary>The outcome's name against <paramref name="benchmark"/>: better, similar, worse, best, worst, higher, lower or none.</summary>
    public string Against(double? benchmark) => (At998 is null
        ? Benchmark.Compare(_figure?.Value, At95?.Lower, At95?.Upper, benchmark, _indicator.Polarity)
        : Benchmark.Compare(_figure?.Value, At95?.Lower, At95?.Upper, At998.Lower, At998.Upper, benchmark, _indicator.Polarity)).Name();
}
