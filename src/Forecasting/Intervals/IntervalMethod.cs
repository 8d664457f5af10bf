namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>The names of the methods behind a confidence interval, as they appear in results and exports.</summary>
public static class IntervalMethod
{
    /// <summary>Wilson score interval, for a proportion or percentage (PHE's standard for proportions).</summary>
    public const string Wilson = "wilson";

    /// <summary>Byar's approximation to the Poisson interval, for a rate whose count is 10 or more.</summary>
    public const string Byar = "byar";

    /// <summary>Exact Poisson interval from the chi-square distribution, for a rate whose count is under 10.</summary>
    public const string Exact = "exact";
}
