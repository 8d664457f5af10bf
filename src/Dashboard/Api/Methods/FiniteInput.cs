namespace Safeguarding.Analytics.Dashboard.Api.Methods;

/// <summary>
/// The methods API's inputs are numbers a double holds: the web's JSON reading takes <c>"NaN"</c>, <c>"Infinity"</c>
/// and an overflowing <c>1e309</c> (read as infinity), none of which any method can compute with.
/// </summary>
internal static class FiniteInput
{
    /// <summary>Refuses, naming it, the first field given that is not a finite number; fields not given pass.</summary>
    /// <exception cref="ArgumentException">A field is NaN or infinite.</exception>
    public static void Check(params ReadOnlySpan<(string Name, double? Value)> fields)
    {
        foreach (var (name, value) in fields)
        {
            if (value is { } v && !double.IsFinite(v))
            {
                throw new ArgumentException($"{name} is {Describe(v)}, not a finite number: give a number between -1.7976931348623157e308 and 1.7976931348623157e308.");
            }
        }
    }

    /// <summary>The series itself, or an <see cref="ArgumentException"/> naming the first value that is not a finite number.</summary>
    public static double[] Series(double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"values[{i}] is {Describe(values[i])}, not a finite number: give every value as a number between -1.7976931348623157e308 and 1.7976931348623157e308.");
            }
        }

        return values;
    }

    private static string Describe(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "infinite (or too large for a double)" : "minus infinity (or too large for a double)";
}
