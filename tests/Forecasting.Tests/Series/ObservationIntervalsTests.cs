using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Forecasting.Tests.Series;

/// <summary>A stored figure's interval as the service shows it, for a quarter's rate the catalogue annualises.</summary>
public sealed class ObservationIntervalsTests
{
    private static readonly Indicator Referrals = new()
    {
        Id = "referrals_rate_per_10k",
        Name = "Referrals to children's social care per 10,000 children",
        PriorityId = "early_help_thresholds",
        Domain = "Front door",
        LeadAgency = "Children's social care",
        Unit = "per 10,000 children",
        Multiplier = 10000,
        ValueType = IndicatorValueType.Rate,
        Polarity = Polarity.Neutral,
        Frequency = Frequency.Quarterly,
        QuarterAnnualisation = QuarterAnnualisation.Times4,
        Definition = "Referrals to children's social care in the period, per 10,000 children aged 0-17.",
    };

    private static Observation Figure(string period, double value, double numerator, double denominator) => new()
    {
        IndicatorId = Referrals.Id,
        AreaCode = "E06000019",
        PeriodKey = period,
        Value = value,
        Numerator = numerator,
        Denominator = denominator,
        Source = "demo",
    };

    [Fact]
    public void An_annualised_quarters_interval_contains_its_figure_at_both_levels()
    {
        // 447 referrals in the quarter among 34,439 children: 447 / 34439 × 10000 × 4 = 519.2 a year.
        var figure = Figure("2025-26 Q2", 519.2, 447, 34439);

        var at95 = ObservationIntervals.Of(figure, Referrals, ConfidenceLevel.NinetyFive)!;
        var at998 = ObservationIntervals.Of(figure, Referrals, ConfidenceLevel.NinetyNinePointEight)!;

        Assert.InRange(519.2, at95.Lower, at95.Upper);
        Assert.InRange(519.2, at998.Lower, at998.Upper);
        Assert.True(at998.Lower < at95.Lower && at95.Upper < at998.Upper);
        Assert.Equal(IntervalMethod.Byar, at95.Method);
    }

    [Fact]
    public void An_annualised_quarters_limits_are_the_quarters_own_count_interval_times_four()
    {
        var counted = RateInterval.Calculate(447, 34439, ConfidenceLevel.NinetyFive, 10000)!;

        var shown = ObservationIntervals.Of(Figure("2025-26 Q2", 519.2, 447, 34439), Referrals, ConfidenceLevel.NinetyFive)!;

        // The quarter's own count decides the width: 118.0–142.4 as counted, 472.0–569.6 as a yearly rate.
        Assert.Equal((Math.Round(counted.Lower, 1), Math.Round(counted.Upper, 1)), (118.0, 142.4));
        Assert.Equal(4 * counted.Lower, shown.Lower, 9);
        Assert.Equal(4 * counted.Upper, shown.Upper, 9);
    }

    [Fact]
    public void A_years_figure_of_the_same_indicator_is_not_annualised_again()
    {
        // A published yearly rate: 1,790 referrals in the year among 34,439 children = 519.8.
        var shown = ObservationIntervals.Of(Figure("2024-25", 519.8, 1790, 34439), Referrals, ConfidenceLevel.NinetyFive)!;

        Assert.InRange(519.8, shown.Lower, shown.Upper);
        Assert.True(shown.Upper - shown.Lower < 50, $"{shown.Lower}–{shown.Upper} is the width of a quarter's count, not a year's.");
    }

    [Fact]
    public void A_quarter_of_an_indicator_not_annualised_keeps_the_counted_scale()
    {
        var stock = Referrals with { Id = "cpp_rate_per_10k", QuarterAnnualisation = QuarterAnnualisation.None };

        var shown = ObservationIntervals.Of(Figure("2025-26 Q2", 129.8, 447, 34439) with { IndicatorId = stock.Id }, stock, ConfidenceLevel.NinetyFive)!;

        Assert.InRange(129.8, shown.Lower, shown.Upper);
        Assert.True(shown.Upper < 150);
    }
}
