namespace Safeguarding.Analytics.Forecasting.Benchmarking;

/// <summary>The names outcomes go by in results and exports: better, similar, worse, best, worst, higher, lower, none.</summary>
public static class BenchmarkOutcomeNames
{
    /// <summary>The lower-case name of an outcome, for example "similar".</summary>
    public static string Name(this BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.Similar => "similar",
        BenchmarkOutcome.Better => "better",
        BenchmarkOutcome.Worse => "worse",
        BenchmarkOutcome.Best => "best",
        BenchmarkOutcome.Worst => "worst",
        BenchmarkOutcome.Higher => "higher",
        BenchmarkOutcome.Lower => "lower",
        _ => "none",
    };
}
