namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>A benchmark outcome in the words a board member reads under a comparator's value.</summary>
public static class BenchmarkWords
{
    public static string Of(string outcome) => outcome switch
    {
        "better" => "significantly better",
        "best" => "significantly better (99.8%)",
        "worse" => "significantly worse",
        "worst" => "significantly worse (99.8%)",
        "higher" => "significantly higher",
        "lower" => "significantly lower",
        "similar" => "similar",
        _ => "not compared",
    };

    /// <summary>Why a figure was not compared: Fingertips compares only figures with a confidence interval.</summary>
    public const string NotComparedReason = "Not compared: the figure has no confidence interval (no numerator and denominator were given)";

    /// <summary>The colour class: better and best green, worse and worst red, the rest neutral.</summary>
    public static string CssClass(string outcome) => outcome switch
    {
        "better" or "best" => "bench-better",
        "worse" or "worst" => "bench-worse",
        _ => "bench-neutral",
    };
}
