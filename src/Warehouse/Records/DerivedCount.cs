namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>
/// The warehouse's count for one derived indicator, area and financial quarter: the numerator and denominator the
/// figure is made of. The denominator is null when there is nothing to divide by (no population estimate).
/// </summary>
public sealed record DerivedCount(string IndicatorId, string AreaCode, string PeriodKey, long Numerator, long? Denominator);
