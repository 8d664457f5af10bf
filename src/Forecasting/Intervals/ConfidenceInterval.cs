namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>
/// A published figure with the range it could plausibly take given chance variation alone: the value and its lower
/// and upper confidence limits, all on the same scale (per cent, per 10,000 children, per 100,000 …), and which
/// method produced the limits (<see cref="IntervalMethod"/>).
/// </summary>
/// <param name="Value">The figure itself: numerator ÷ denominator × multiplier.</param>
/// <param name="Lower">The lower confidence limit. NaN only where the method has no answer (see the method's notes).</param>
/// <param name="Upper">The upper confidence limit.</param>
/// <param name="Method">"wilson", "byar" or "exact".</param>
public sealed record ConfidenceInterval(double Value, double Lower, double Upper, string Method);
