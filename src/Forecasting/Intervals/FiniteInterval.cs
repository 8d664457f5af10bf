namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>
/// The last check of every interval worked out from counts: its value and limits must be numbers a double holds.
/// Counts or a multiplier so large (a careless 1e308) that the arithmetic overflows are refused in words, as an
/// impossible count is, rather than answered with infinity.
/// </summary>
internal static class FiniteInterval
{
    /// <summary><paramref name="interval"/> itself, or an <see cref="ArgumentException"/> when a figure of it is infinite or not a number.</summary>
    /// <remarks>A lower limit of NaN is the methods' own "no limit" (Byar's below zero), and is let through.</remarks>
    public static ConfidenceInterval? Checked(ConfidenceInterval? interval, double numerator, double denominator, double multiplier)
    {
        if (interval is null
            || (double.IsFinite(interval.Value) && double.IsFinite(interval.Upper) && (double.IsFinite(interval.Lower) || (double.IsNaN(interval.Lower) && interval.Method == IntervalMethod.Byar))))
        {
            return interval;
        }

        throw new ArgumentException(
            $"The figures are too large to work out an interval (numerator {numerator:G4}, denominator {denominator:G4}, multiplier {multiplier:G4}): the result is past the largest number the method can hold.");
    }
}
