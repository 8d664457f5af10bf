namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>One period of a proportion: the number with the characteristic and the number it is out of.</summary>
public readonly record struct ProportionObservation(double Numerator, double Denominator)
{
    internal bool IsUsable =>
        double.IsFinite(Numerator) && double.IsFinite(Denominator)
        && Numerator >= 0 && Denominator > 0 && Numerator <= Denominator;
}

/// <summary>One period of a rate or other value, with its 95% confidence interval.</summary>
public readonly record struct RateObservation(double Value, double Lower95, double Upper95)
{
    internal bool IsUsable =>
        double.IsFinite(Value) && double.IsFinite(Lower95) && double.IsFinite(Upper95) && Upper95 > Lower95;
}
