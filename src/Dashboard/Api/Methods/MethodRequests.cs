namespace Safeguarding.Analytics.Dashboard.Api.Methods;

/// <summary>
/// <c>POST /api/methods/ci</c>: a count over a denominator, as a proportion (Wilson) or a rate (Byar, or exact under 10);
/// a rate's optional annualisation factor (4 for a quarter's count read as a yearly rate) scales the value and its limits.
/// </summary>
internal sealed record IntervalRequest(double? Numerator, double? Denominator, string? Kind, double? Multiplier, double? Confidence, double? AnnualisationFactor = null);

/// <summary><c>POST /api/methods/benchmark</c>: an area's value and intervals against a comparator's value.</summary>
internal sealed record BenchmarkRequest(
    double? Value, double? Lower95, double? Upper95, double? Lower998, double? Upper998, double? Benchmark, string? Polarity);

/// <summary><c>POST /api/methods/spc</c>: a series in time order for an XmR chart.</summary>
internal sealed record SpcRequest(double[]? Values, string? Improvement, bool? ScreenOutliers, int? RunLength, double? Target);

/// <summary><c>POST /api/methods/trend</c>: a series in time order for the Mann-Kendall test and Sen's slope.</summary>
internal sealed record TrendRequest(double[]? Values);

/// <summary><c>POST /api/methods/disclosure</c>: a table of counts, one array per row, for small-number suppression.</summary>
internal sealed record DisclosureRequest(long[][]? Counts);
