using Safeguarding.Analytics.Forecasting.Intervals;

namespace Safeguarding.Analytics.Forecasting.Tests.Intervals;

/// <summary>Counts so large that an interval's arithmetic overflows are refused in words, never answered with infinity or NaN.</summary>
public sealed class IntervalOverflowTests
{
    [Theory]
    [InlineData(1e308, 1e308, 100)]
    [InlineData(double.MaxValue, double.MaxValue, 1)]
    public void A_proportion_past_the_arithmetic_is_refused(double numerator, double denominator, double multiplier)
    {
        var refused = Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(numerator, denominator, ConfidenceLevel.NinetyFive, multiplier));

        Assert.Contains("too large to work out an interval", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e308, 1, 100_000)]
    [InlineData(50, 1e-308, 10_000)]
    [InlineData(5, 1e-308, 10_000)]
    public void A_rate_past_the_arithmetic_is_refused(double count, double denominator, double multiplier)
    {
        var refused = Assert.Throws<ArgumentException>(() => RateInterval.Calculate(count, denominator, ConfidenceLevel.NinetyFive, multiplier));

        Assert.Contains("too large to work out an interval", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_counts_the_arithmetic_holds_keep_their_interval_around_the_figure()
    {
        var proportion = ProportionInterval.Wilson(3e15, 6e15, ConfidenceLevel.NinetyFive, 100)!;
        var rate = RateInterval.Calculate(1e12, 1e15, ConfidenceLevel.NinetyFive, 10_000)!;

        Assert.InRange(proportion.Value, proportion.Lower, proportion.Upper);
        Assert.InRange(rate.Value, rate.Lower, rate.Upper);
    }
}
