using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Forecasting.Tests.Series;

/// <summary>A stored figure whose counts or published limits are past what a double holds has no interval, rather than an infinite one.</summary>
public sealed class ObservationIntervalsExtremeTests
{
    [Theory]
    [InlineData(IndicatorValueType.Proportion, 1e308, 1e308, null, null)]
    [InlineData(IndicatorValueType.Rate, 5.0, 1e-308, null, null)]
    [InlineData(IndicatorValueType.Rate, 1e308, 1.0, null, null)]
    [InlineData(IndicatorValueType.Proportion, null, null, double.NegativeInfinity, 10.0)]
    [InlineData(IndicatorValueType.Proportion, null, null, 1.0, double.NaN)]
    public void Counts_or_limits_past_the_arithmetic_give_no_interval(IndicatorValueType kind, double? numerator, double? denominator, double? lower, double? upper)
    {
        var figure = new Observation
        {
            IndicatorId = TestCatalogue.RepeatDa.Id, AreaCode = "E06000019", PeriodKey = "2024-25 Q1", Value = 50,
            Numerator = numerator, Denominator = denominator, LowerCi = lower, UpperCi = upper, Source = "test",
        };

        Assert.Null(ObservationIntervals.Of(figure, TestCatalogue.RepeatDa with { ValueType = kind, Multiplier = 100_000 }, ConfidenceLevel.NinetyFive));
    }
}
