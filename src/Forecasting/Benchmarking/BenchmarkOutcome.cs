namespace Safeguarding.Analytics.Forecasting.Benchmarking;

/// <summary>
/// How an area's figure compares with a benchmark (England, the region, statistical neighbours), in Fingertips'
/// terms. Better, similar and worse (and, with the stricter 99.8% test, best and worst) only for indicators where one
/// direction is good; higher, lower and similar for neutral indicators; none when there is nothing to compare.
/// </summary>
public enum BenchmarkOutcome
{
    /// <summary>Not compared: the figure, its confidence limits or the benchmark is missing.</summary>
    None,

    /// <summary>The benchmark lies within the area's 95% confidence interval: no significant difference.</summary>
    Similar,

    /// <summary>Significantly better than the benchmark at 95% (but, in a two-level comparison, not at 99.8%).</summary>
    Better,

    /// <summary>Significantly worse than the benchmark at 95% (but, in a two-level comparison, not at 99.8%).</summary>
    Worse,

    /// <summary>Significantly better than the benchmark even at 99.8% (two-level comparison only).</summary>
    Best,

    /// <summary>Significantly worse than the benchmark even at 99.8% (two-level comparison only).</summary>
    Worst,

    /// <summary>Neutral indicator: significantly higher than the benchmark.</summary>
    Higher,

    /// <summary>Neutral indicator: significantly lower than the benchmark.</summary>
    Lower,
}
