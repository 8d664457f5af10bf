using Safeguarding.Analytics.Forecasting.Intervals;

namespace Safeguarding.Analytics.Forecasting.Tests.Intervals;

public class ProportionIntervalTests
{
    [Theory]
    // PHEindicatormethods tests/testthat/testdata_Proportion.xlsx, sheet testdata_Prop, Area1–Area8 (multiplier 1):
    // numerator, denominator, value, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl.
    [InlineData(1, 100, 0.01, 1.7674320641406511E-3, 5.4486196178705294E-2, 8.73065697299977E-4, 0.10455445283705821)]
    [InlineData(5, 100, 0.05, 2.154367915436798E-2, 0.11175046923191911, 1.3865320725997183E-2, 0.16458852282596442)]
    [InlineData(20, 100, 0.2, 0.1333669333310325, 0.28882916559315885, 0.10519162066711432, 0.3471109417008601)]
    [InlineData(65, 100, 0.65, 0.55254443296887967, 0.73635751756902468, 0.49549465740704313, 0.77835406140896968)]
    [InlineData(9856, 12345, 0.79837991089509919, 0.79121017529090687, 0.80536400736149094, 0.7869924108419063, 0.80930614125896261)]
    [InlineData(7776456, 7564336677, 1.0280420256339154E-3, 1.0273201001641094E-3, 1.0287644578977231E-3, 1.0269040118442213E-3, 1.0291812992698397E-3)]
    [InlineData(222, 3215, 6.9051321928460335E-2, 6.0791690363636595E-2, 7.8339566813836331E-2, 5.647101964624248E-2, 8.4184141852701344E-2)]
    [InlineData(999, 3456, 0.2890625, 0.27418951080009873, 0.30440389662818057, 0.26583995768074953, 0.31344754492799848)]
    public void Wilson_matches_phe_proportion(double x, double n, double value, double lower95, double upper95,
        double lower998, double upper998)
    {
        var at95 = ProportionInterval.Wilson(x, n, ConfidenceLevel.NinetyFive)!;
        var at998 = ProportionInterval.Wilson(x, n, ConfidenceLevel.NinetyNinePointEight)!;

        Close.Equal(value, at95.Value);
        Close.Equal(lower95, at95.Lower);
        Close.Equal(upper95, at95.Upper);
        Close.Equal(lower998, at998.Lower);
        Close.Equal(upper998, at998.Upper);
        Assert.Equal(IntervalMethod.Wilson, at95.Method);
    }

    [Theory]
    // PHEindicatormethods testdata_Proportion.xlsx, sheet testdata_Prop, Area1–Area8 with multiplier 100 ("percentage").
    [InlineData(1, 100, 1, 0.1767432064140651, 5.4486196178705297, 8.7306569729997702E-2, 10.455445283705821)]
    [InlineData(9856, 12345, 79.837991089509913, 79.121017529090693, 80.536400736149091, 78.699241084190632, 80.930614125896255)]
    [InlineData(999, 3456, 28.90625, 27.418951080009872, 30.440389662818056, 26.583995768074953, 31.344754492799847)]
    public void Multiplier_of_100_gives_percentages(double x, double n, double value, double lower95, double upper95,
        double lower998, double upper998)
    {
        var at95 = ProportionInterval.Wilson(x, n, 0.95, 100)!;
        var at998 = ProportionInterval.Wilson(x, n, 0.998, 100)!;

        Close.Equal(value, at95.Value);
        Close.Equal(lower95, at95.Lower);
        Close.Equal(upper95, at95.Upper);
        Close.Equal(lower998, at998.Lower);
        Close.Equal(upper998, at998.Upper);
    }

    [Theory]
    // PHEindicatormethods testdata_Byars_Wilson.xlsx rows 8–13: wilson_lower / wilson_upper, including a
    // fractional numerator (0.445 of 1).
    [InlineData(65, 100, 0.95, 0.55254443296887967, 0.73635751756902468)]
    [InlineData(1045, 5000, 0.95, 0.19795549880013297, 0.22049130373189027)]
    [InlineData(0.445, 1, 0.95, 4.3817447720588223E-2, 0.93346212769791559)]
    [InlineData(65, 100, 0.998, 0.49549465740704313, 0.77835406140896968)]
    [InlineData(1045, 5000, 0.998, 0.19179381799015244, 0.22731562902525818)]
    [InlineData(0.445, 1, 0.998, 1.9347006132900975E-2, 0.97022599470195414)]
    public void Wilson_matches_the_wilson_lower_and_upper_test_data(double x, double n, double confidence, double lower,
        double upper)
    {
        var interval = ProportionInterval.Wilson(x, n, confidence)!;

        Close.Equal(lower, interval.Lower);
        Close.Equal(upper, interval.Upper);
    }

    [Fact]
    public void Grouped_totals_match_phe_proportion()
    {
        // PHEindicatormethods testdata_Proportion.xlsx, sheet testdata_Prop_g, Area1 and Area8 (two groups summed).
        var small = ProportionInterval.Wilson(2, 200)!;
        Close.Equal(2.746658133544438E-3, small.Lower);
        Close.Equal(3.5721761716176796E-2, small.Upper);

        var large = ProportionInterval.Wilson(1998, 6912)!;
        Close.Equal(0.27849494363237037, large.Lower);
        Close.Equal(0.29986439017207411, large.Upper);
    }

    [Fact]
    public void Nought_out_of_n_has_a_lower_limit_of_exactly_zero()
    {
        var interval = ProportionInterval.Wilson(0, 40, 0.95, 100)!;

        Assert.Equal(0.0, interval.Value);
        Assert.Equal(0.0, interval.Lower);
        // Wilson upper for 0 of n is z² / (n + z²): about 8.76% for 0 of 40.
        var z = NormalDistribution.Quantile(0.975);
        Close.Equal(100 * z * z / (40 + (z * z)), interval.Upper);
    }

    [Fact]
    public void All_of_n_has_an_upper_limit_of_exactly_one_and_mirrors_none_of_n()
    {
        var all = ProportionInterval.Wilson(40, 40)!;
        var none = ProportionInterval.Wilson(0, 40)!;

        Assert.Equal(1.0, all.Value);
        Assert.Equal(1.0, all.Upper);
        Close.Equal(1 - none.Upper, all.Lower);
    }

    [Fact]
    public void A_denominator_of_zero_or_a_missing_count_gives_no_interval()
    {
        Assert.Null(ProportionInterval.Wilson(0, 0));
        Assert.Null(ProportionInterval.Wilson(double.NaN, 10));
        Assert.Null(ProportionInterval.Wilson(3, double.NaN));
    }

    [Fact]
    public void Invalid_inputs_are_refused_with_a_clear_message()
    {
        Assert.Contains("zero or more", Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(-1, 10)).Message,
            StringComparison.Ordinal);
        Assert.Contains("zero or more", Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(1, -10)).Message,
            StringComparison.Ordinal);
        Assert.Contains("cannot be larger", Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(11, 10)).Message,
            StringComparison.Ordinal);
        Assert.Contains("cannot be larger", Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(1, 0)).Message,
            StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(1, 10, 0));
        Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(1, 10, 1));
        Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(1, 10, 95));
        Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(1, 10, double.NaN));
        Assert.Throws<ArgumentException>(() => ProportionInterval.Wilson(1, 10, 0.95, 0));
    }

    [Fact]
    public void Any_level_between_zero_and_one_works_and_wider_confidence_gives_wider_limits()
    {
        var at80 = ProportionInterval.Wilson(30, 120, 0.8)!;
        var at95 = ProportionInterval.Wilson(30, 120, 0.95)!;

        Assert.True(at80.Lower > at95.Lower && at80.Upper < at95.Upper);
        Assert.True(at80.Lower < at80.Value && at80.Value < at80.Upper);
    }
}
