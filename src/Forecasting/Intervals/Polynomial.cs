namespace Safeguarding.Analytics.Forecasting.Intervals;

/// <summary>Horner evaluation of a polynomial whose coefficients are given lowest order first.</summary>
internal static class Polynomial
{
    public static double Evaluate(ReadOnlySpan<double> coefficients, double x)
    {
        var sum = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            sum = (sum * x) + coefficients[i];
        }

        return sum;
    }
}
