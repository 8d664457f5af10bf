using Safeguarding.Analytics.Forecasting.Intervals;

namespace Safeguarding.Analytics.Forecasting.Tests.Intervals;

public class RateIntervalTests
{
    [Theory]
    // PHEindicatormethods tests/testthat/testdata_Rate.xlsx, sheet testdata_Rate, Area1–Area8 per 100,000:
    // numerator, denominator, value, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl, method.
    [InlineData(1, 100, 1000, 25.317807984289896, 5571.6433909388979, 1.0005003335835343, 9233.4134764515857, "exact")]
    [InlineData(5, 100, 5000, 1623.4863901184199, 11668.332079322669, 739.37173191783893, 16454.745203680104, "exact")]
    [InlineData(20, 100, 20000, 12211.428834875936, 30889.880369197064, 8922.8023651441927, 38085.035625041914, "byar")]
    [InlineData(65, 100, 65000, 50163.187710459453, 82849.138545939844, 42880.261471480204, 94000.290844318006, "byar")]
    [InlineData(9856, 12345, 79837.991089509916, 78269.490589767578, 81430.016542721409, 77375.905432710526, 82354.472770954308, "byar")]
    [InlineData(7776456, 7564336677, 102.80420256339154, 102.73196005302074, 102.87648334092832, 102.690317308454, 102.91817639509068, "byar")]
    [InlineData(222, 3215, 6905.1321928460338, 6026.5748776526743, 7875.7293708718507, 5560.7376952598534, 8461.0466817334109, "byar")]
    [InlineData(999, 3456, 28906.25, 27141.304936090521, 30755.833237378414, 26162.147596445768, 31845.604819822653, "byar")]
    public void Calculate_matches_phe_rate(double x, double n, double value, double lower95, double upper95, double lower998,
        double upper998, string method)
    {
        var at95 = RateInterval.Calculate(x, n, ConfidenceLevel.NinetyFive, 100_000)!;
        var at998 = RateInterval.Calculate(x, n, ConfidenceLevel.NinetyNinePointEight, 100_000)!;

        Close.Equal(value, at95.Value);
        Close.Equal(lower95, at95.Lower);
        Close.Equal(upper95, at95.Upper);
        Close.Equal(lower998, at998.Lower);
        Close.Equal(upper998, at998.Upper);
        Assert.Equal(method, at95.Method);
        Assert.Equal(method, at998.Method);
    }

    [Theory]
    // PHEindicatormethods testdata_Rate.xlsx, sheet testdata_Rate, Area1–Area3 and Area8 per 100 (multiplier test).
    [InlineData(1, 100, 1, 2.5317807984289897E-2, 5.571643390938898, 1.0005003335835344E-3, 9.2334134764515845)]
    [InlineData(5, 100, 5, 1.62348639011842, 11.668332079322669, 0.739371731917839, 16.454745203680105)]
    [InlineData(20, 100, 20, 12.211428834875937, 30.889880369197066, 8.922802365144193, 38.085035625041911)]
    [InlineData(999, 3456, 28.90625, 27.141304936090521, 30.755833237378415, 26.162147596445767, 31.845604819822654)]
    public void Multiplier_scales_value_and_limits(double x, double n, double value, double lower95, double upper95,
        double lower998, double upper998)
    {
        var at95 = RateInterval.Calculate(x, n, 0.95, 100)!;
        var at998 = RateInterval.Calculate(x, n, 0.998, 100)!;

        Close.Equal(value, at95.Value);
        Close.Equal(lower95, at95.Lower);
        Close.Equal(upper95, at95.Upper);
        Close.Equal(lower998, at998.Lower);
        Close.Equal(upper998, at998.Upper);
    }

    [Fact]
    public void A_count_above_its_denominator_is_a_valid_rate()
    {
        // PHEindicatormethods testdata_Rate.xlsx, sheet testdata_Rate, Area12 ("test num > denom"): 250 per 220.
        var interval = RateInterval.Calculate(250, 220)!;

        Close.Equal(113636.36363636365, interval.Value);
        Close.Equal(99984.947385328764, interval.Lower);
        Close.Equal(128631.14487455782, interval.Upper);
        Assert.Equal(IntervalMethod.Byar, interval.Method);
    }

    [Fact]
    public void Grouped_totals_match_phe_rate()
    {
        // PHEindicatormethods testdata_Rate.xlsx, sheet testdata_Rate_g: Area1 (2 per 200, exact) and Area2
        // (10 per 200, the first count that uses Byar's method).
        var exact = RateInterval.Calculate(2, 200)!;
        Close.Equal(121.10463927198258, exact.Lower);
        Close.Equal(3612.3438338619794, exact.Upper);
        Assert.Equal(IntervalMethod.Exact, exact.Method);

        var byar = RateInterval.Calculate(10, 200)!;
        Close.Equal(2393.7249569837822, byar.Lower);
        Close.Equal(9195.7293028782369, byar.Upper);
        Assert.Equal(IntervalMethod.Byar, byar.Method);
    }

    [Theory]
    // PHEindicatormethods testdata_Byars_Wilson.xlsx rows 2–7: byars_lower / byars_upper on counts (denominator 1).
    [InlineData(65, 0.95, 50.163187710459454, 82.849138545939837)]
    [InlineData(1045, 0.95, 982.59320180733255, 1110.3312129856499)]
    [InlineData(1, 0.95, 1.3072132901504351E-2, 5.5637555824752605)]
    [InlineData(65, 0.998, 42.880261471480203, 94.000290844318016)]
    [InlineData(1045, 0.998, 947.94070356103737, 1148.8061609880331)]
    [InlineData(10, 0.998, 2.916318374695686, 24.193724927880535)]
    public void Byar_matches_byars_lower_and_upper(double count, double confidence, double lower, double upper)
    {
        var interval = RateInterval.Byar(count, 1, confidence, 1)!;

        Close.Equal(lower, interval.Lower);
        Close.Equal(upper, interval.Upper);
    }

    [Fact]
    public void Byar_lower_limit_that_would_be_negative_is_reported_as_no_limit()
    {
        // PHEindicatormethods testdata_Byars_Wilson.xlsx row 14: byars_lower(1, 99.8%) is NA, byars_upper is 9.362….
        var interval = RateInterval.Byar(1, 1, 0.998, 1)!;

        Assert.True(double.IsNaN(interval.Lower));
        Close.Equal(9.362180217908362, interval.Upper);
    }

    [Fact]
    public void A_count_of_zero_has_an_exact_lower_limit_of_zero()
    {
        var interval = RateInterval.Calculate(0, 5000, 0.95, 10_000)!;

        Assert.Equal(0.0, interval.Value);
        Assert.Equal(0.0, interval.Lower);
        // qchisq(0.975, 2) / 2 = −ln(0.025) events: 3.6889 per 5,000, i.e. 7.3778 per 10,000.
        Close.Equal(-Math.Log(0.025) / 5000 * 10_000, interval.Upper);
        Assert.Equal(IntervalMethod.Exact, interval.Method);
    }

    [Fact]
    public void Nine_events_use_the_exact_method_and_ten_use_Byar()
    {
        Assert.Equal(IntervalMethod.Exact, RateInterval.Calculate(9, 1000)!.Method);
        Assert.Equal(IntervalMethod.Byar, RateInterval.Calculate(10, 1000)!.Method);
        Assert.Equal(IntervalMethod.Exact, RateInterval.Calculate(9.99, 1000)!.Method);
    }

    [Fact]
    public void A_denominator_of_zero_or_a_missing_value_gives_no_interval()
    {
        Assert.Null(RateInterval.Calculate(5, 0));
        Assert.Null(RateInterval.Calculate(0, 0));
        Assert.Null(RateInterval.Calculate(double.NaN, 100));
        Assert.Null(RateInterval.Calculate(10, double.NaN));
    }

    [Fact]
    public void Invalid_inputs_are_refused_with_a_clear_message()
    {
        Assert.Contains("zero or more", Assert.Throws<ArgumentException>(() => RateInterval.Calculate(-4, 100)).Message,
            StringComparison.Ordinal);
        Assert.Contains("zero or more", Assert.Throws<ArgumentException>(() => RateInterval.Calculate(4, -100)).Message,
            StringComparison.Ordinal);
        Assert.Contains("between 0 and 1", Assert.Throws<ArgumentException>(() => RateInterval.Calculate(4, 100, 99.8)).Message,
            StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RateInterval.Calculate(4, 100, -0.5));
        Assert.Throws<ArgumentException>(() => RateInterval.Calculate(4, 100, 0.95, -1));
        Assert.Throws<ArgumentException>(() => RateInterval.Calculate(double.PositiveInfinity, 100));
    }

    [Theory]
    [InlineData(447, 34439, 519.2)] // referrals in a quarter, read as a yearly rate per 10,000
    [InlineData(20, 34439, 23.2)] // children starting to be looked after
    [InlineData(3, 34439, 3.5)] // a count under 10: the exact method
    [InlineData(0, 34439, 0)]
    public void An_annualised_rate_is_the_counted_interval_scaled_by_the_factor_and_contains_its_figure(double count, double denominator, double figure)
    {
        var counted = RateInterval.Calculate(count, denominator, ConfidenceLevel.NinetyFive, 10000)!;

        var annualised = RateInterval.Annualised(count, denominator, ConfidenceLevel.NinetyFive, 10000, 4)!;

        Assert.Equal(4 * counted.Value, annualised.Value, 9);
        Assert.Equal(4 * counted.Lower, annualised.Lower, 9);
        Assert.Equal(4 * counted.Upper, annualised.Upper, 9);
        Assert.Equal(counted.Method, annualised.Method);
        Assert.InRange(figure, annualised.Lower, annualised.Upper);
        Assert.Equal(figure, Math.Round(annualised.Value, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void An_annualisation_factor_that_is_not_a_positive_number_is_refused(double factor)
    {
        var refused = Assert.Throws<ArgumentException>(() => RateInterval.Annualised(447, 34439, ConfidenceLevel.NinetyFive, 10000, factor));

        Assert.Equal("annualisationFactor", refused.ParamName);
    }
}
