using System.Globalization;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// The range checks of a row's figures, kept apart from the unit's consistency rules: the value within its indicator's
/// <see cref="PlausibleRange"/>, a numerator and denominator no larger than England's population, and a count no
/// larger than its denominator. Each figure out of range is an error on its column; the rules that compare the figures
/// with one another are only worth running when all of them are in range.
/// </summary>
internal static class ReturnValueRange
{
    /// <summary>Reports each figure out of range on its column; true when every figure given is in range.</summary>
    public static bool Check(ProblemList problems, int row, Indicator indicator, double? value, double? numerator, double? denominator)
    {
        var errorsBefore = problems.Errors;
        foreach (var (column, count) in new[] { (ReturnColumns.Numerator, numerator), (ReturnColumns.Denominator, denominator) })
        {
            if (count is { } c && c > PlausibleRange.PopulationCeiling)
            {
                problems.Error("out_of_range", row, column, $"{Format(c)} is more than England's population ({Format(PlausibleRange.PopulationCeiling)}); a count of people or events in one area cannot be.");
            }
        }

        if (value is { } v)
        {
            var range = PlausibleRange.Of(indicator);
            if (!range.Holds(v))
            {
                problems.Error("out_of_range", row, ReturnColumns.Value, $"{Format(v)} is outside {Format(range.Lowest)}–{Format(range.Highest)}: {range.Why}.");
            }
            else if (indicator.ValueType == IndicatorValueType.Count && denominator is { } d && v > d)
            {
                problems.Error("out_of_range", row, ReturnColumns.Value, $"the count {Format(v)} is larger than its denominator {Format(d)}, the population it is counted in.");
            }
        }

        return problems.Errors == errorsBefore;
    }

    /// <summary>A figure as written back to the sender: plainly when it is modest, in scientific notation when it is huge.</summary>
    private static string Format(double value) =>
        Math.Abs(value) >= 1e15 ? value.ToString("0.###e+0", CultureInfo.InvariantCulture) : value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
