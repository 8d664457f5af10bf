using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Forecasting.Benchmarking;

/// <summary>
/// Compares an area's figure with a benchmark the way Fingertips does ("single overlapping confidence intervals"):
/// the area is similar to the benchmark when the benchmark value lies inside the area's 95% confidence interval,
/// edges included; otherwise it is significantly higher or lower, which the indicator's polarity turns into better
/// or worse. With 99.8% limits as well, a difference that survives the stricter test is best or worst.
/// </summary>
public static class Benchmark
{
    /// <summary>
    /// One-level comparison at 95%: better, similar or worse (higher, similar or lower for a neutral indicator);
    /// none when any input is missing (null or NaN).
    /// </summary>
    /// <param name="value">The area's figure.</param>
    /// <param name="lower95">The lower 95% confidence limit of the area's figure.</param>
    /// <param name="upper95">The upper 95% confidence limit of the area's figure.</param>
    /// <param name="benchmark">The comparator's figure (England, region …).</param>
    /// <param name="polarity">Whether high or low is good, or neither.</param>
    public static BenchmarkOutcome Compare(double? value, double? lower95, double? upper95, double? benchmark,
        Polarity polarity)
    {
        if (!Has(value, out var v) || !Has(lower95, out var l95) || !Has(upper95, out var u95) || !Has(benchmark, out var b))
        {
            return BenchmarkOutcome.None;
        }

        if (b >= l95 && b <= u95)
        {
            return BenchmarkOutcome.Similar;
        }

        return ForPolarity(v < b ? Direction.Lower : Direction.Higher, polarity);
    }

    /// <summary>
    /// Two-level comparison at 95% and 99.8%: similar when the benchmark is inside the 95% interval; better or worse
    /// when it is outside the 95% interval but inside (or on the edge of) the 99.8% one; best or worst when it is
    /// outside both. A neutral indicator gets higher or lower for either level. None when any input is missing.
    /// </summary>
    public static BenchmarkOutcome Compare(double? value, double? lower95, double? upper95, double? lower998,
        double? upper998, double? benchmark, Polarity polarity)
    {
        if (!Has(value, out var v) || !Has(lower95, out var l95) || !Has(upper95, out var u95)
            || !Has(lower998, out var l998) || !Has(upper998, out var u998) || !Has(benchmark, out var b))
        {
            return BenchmarkOutcome.None;
        }

        if (b >= l95 && b <= u95)
        {
            return BenchmarkOutcome.Similar;
        }

        Direction direction;
        if (b <= l95 && b >= l998)
        {
            direction = Direction.Higher;
        }
        else if (b >= u95 && b <= u998)
        {
            direction = Direction.Lower;
        }
        else
        {
            direction = v < b ? Direction.Lowest : Direction.Highest;
        }

        return ForPolarity(direction, polarity);
    }

    /// <summary>One-level comparison of an interval from <see cref="ProportionInterval"/> or <see cref="RateInterval"/>.</summary>
    public static BenchmarkOutcome Compare(ConfidenceInterval? at95, double? benchmark, Polarity polarity) =>
        Compare(at95?.Value, at95?.Lower, at95?.Upper, benchmark, polarity);

    /// <summary>Two-level comparison of a 95% and a 99.8% interval for the same figure.</summary>
    public static BenchmarkOutcome Compare(ConfidenceInterval? at95, ConfidenceInterval? at998, double? benchmark,
        Polarity polarity) =>
        Compare(at95?.Value, at95?.Lower, at95?.Upper, at998?.Lower, at998?.Upper, benchmark, polarity);

    // A value counts as present when it is neither null nor NaN.
    private static bool Has(double? candidate, out double value)
    {
        value = candidate ?? double.NaN;
        return !double.IsNaN(value);
    }

    private static BenchmarkOutcome ForPolarity(Direction direction, Polarity polarity) => (polarity, direction) switch
    {
        (Polarity.HighIsGood, Direction.Higher) => BenchmarkOutcome.Better,
        (Polarity.HighIsGood, Direction.Lower) => BenchmarkOutcome.Worse,
        (Polarity.HighIsGood, Direction.Highest) => BenchmarkOutcome.Best,
        (Polarity.HighIsGood, Direction.Lowest) => BenchmarkOutcome.Worst,
        (Polarity.LowIsGood, Direction.Higher) => BenchmarkOutcome.Worse,
        (Polarity.LowIsGood, Direction.Lower) => BenchmarkOutcome.Better,
        (Polarity.LowIsGood, Direction.Highest) => BenchmarkOutcome.Worst,
        (Polarity.LowIsGood, Direction.Lowest) => BenchmarkOutcome.Best,
        (_, Direction.Higher or Direction.Highest) => BenchmarkOutcome.Higher,
        _ => BenchmarkOutcome.Lower,
    };

    // Where the area sits relative to the benchmark; "-est" means the difference holds at 99.8% as well.
    private enum Direction
    {
        Higher,
        Lower,
        Highest,
        Lowest,
    }
}
