namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>
/// One row of <c>data/demo/local_baselines.csv</c>: the demo level of an indicator with no published comparator (or a
/// fallback when the comparator has no value for the area), and for proportions the usual quarterly denominator.
/// </summary>
public sealed record LocalBaseline(string IndicatorId, double Level, double? DenominatorHint, string Note);
