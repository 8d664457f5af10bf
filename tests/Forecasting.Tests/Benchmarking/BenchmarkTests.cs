using Safeguarding.Analytics.Forecasting.Benchmarking;
using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Forecasting.Tests.Benchmarking;

public class BenchmarkTests
{
    // Fingertips (fingertips-open) PholioVisualisationWS/AnalysisTest/SingleOverlappingCIsForOneCILevelComparatorTest.cs:
    // polarity 0 is "RAG – low is good", 1 is "RAG – high is good".

    [Fact]
    public void Benchmark_equal_to_the_value_is_similar()
    {
        // TestSameExactly: value 11, CI 10–12, benchmark 11.
        Assert.Equal(BenchmarkOutcome.Similar, Benchmark.Compare(11, 10, 12, 11, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.Similar, Benchmark.Compare(11, 10, 12, 11, Polarity.HighIsGood));
    }

    [Fact]
    public void Benchmark_inside_the_interval_is_similar()
    {
        // TestSame: value 3.05, CI 2.7–3.1, benchmark 3.0.
        Assert.Equal(BenchmarkOutcome.Similar, Benchmark.Compare(3.05, 2.7, 3.1, 3.0, Polarity.LowIsGood));
    }

    [Fact]
    public void Area_significantly_higher_is_better_or_worse_by_polarity()
    {
        // TestHigher: value 3.3, CI 3.2–3.5, benchmark 3.0.
        Assert.Equal(BenchmarkOutcome.Worse, Benchmark.Compare(3.3, 3.2, 3.5, 3.0, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.Better, Benchmark.Compare(3.3, 3.2, 3.5, 3.0, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.Higher, Benchmark.Compare(3.3, 3.2, 3.5, 3.0, Polarity.Neutral));
    }

    [Fact]
    public void Area_significantly_lower_is_better_or_worse_by_polarity()
    {
        // TestLower: value 2.5, CI 2.2–2.8, benchmark 3.0.
        Assert.Equal(BenchmarkOutcome.Better, Benchmark.Compare(2.5, 2.2, 2.8, 3.0, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.Worse, Benchmark.Compare(2.5, 2.2, 2.8, 3.0, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.Lower, Benchmark.Compare(2.5, 2.2, 2.8, 3.0, Polarity.Neutral));
    }

    [Fact]
    public void Benchmark_on_either_edge_of_the_interval_is_similar()
    {
        // Fingertips tests val <= UpperCI95 && val >= LowerCI95: both edges count as inside.
        Assert.Equal(BenchmarkOutcome.Similar, Benchmark.Compare(2.5, 2.2, 2.8, 2.8, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.Similar, Benchmark.Compare(2.5, 2.2, 2.8, 2.2, Polarity.HighIsGood));
    }

    [Fact]
    public void Missing_figure_benchmark_or_limits_give_none()
    {
        // TestMinusOneData, TestMinusOneParent, TestMinusOneBoth, TestNoCIsOnLocalDataReturnNoneSignificance.
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare(null, null, null, 3.0, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare(2.5, 2.2, 2.8, null, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare(null, null, null, null, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare(4.0, null, 5.0, 3.0, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare(4.0, 3.0, null, 3.0, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare(4.0, double.NaN, 5.0, 3.0, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare((ConfidenceInterval?)null, 3.0, Polarity.Neutral));
    }

    // Fingertips PholioVisualisationWS/AnalysisTest/SingleOverlappingCIsForTwoCILevelsComparerTest.cs:
    // the area's value is 2.6 with 95% limits 2.5–2.7 and 99.8% limits 2.3–2.9.

    [Theory]
    [InlineData(3.0, BenchmarkOutcome.Best, BenchmarkOutcome.Worst)] // Test_Benchmark_Value_Higher_Than_Upper_99_8
    [InlineData(2.8, BenchmarkOutcome.Better, BenchmarkOutcome.Worse)] // Test_Benchmark_Value_Between_Upper_CIs
    [InlineData(2.6, BenchmarkOutcome.Similar, BenchmarkOutcome.Similar)] // TestSame
    [InlineData(2.4, BenchmarkOutcome.Worse, BenchmarkOutcome.Better)] // Test_Benchmark_Value_Between_Lower_CIs
    [InlineData(2.2, BenchmarkOutcome.Worst, BenchmarkOutcome.Best)] // Test_Benchmark_Value_Lower_Than_Upper_99_8
    public void Two_levels_give_best_and_worst_beyond_99_8(double benchmark, BenchmarkOutcome lowIsGood,
        BenchmarkOutcome highIsGood)
    {
        Assert.Equal(lowIsGood, Benchmark.Compare(2.6, 2.5, 2.7, 2.3, 2.9, benchmark, Polarity.LowIsGood));
        Assert.Equal(highIsGood, Benchmark.Compare(2.6, 2.5, 2.7, 2.3, 2.9, benchmark, Polarity.HighIsGood));
    }

    [Theory]
    [InlineData(2.9, BenchmarkOutcome.Better)] // on the 99.8% edge: still only significant at 95%
    [InlineData(2.7, BenchmarkOutcome.Similar)] // on the 95% edge: inside
    [InlineData(2.5, BenchmarkOutcome.Similar)]
    [InlineData(2.3, BenchmarkOutcome.Worse)]
    public void Two_level_edges_follow_Fingertips(double benchmark, BenchmarkOutcome lowIsGood)
    {
        Assert.Equal(lowIsGood, Benchmark.Compare(2.6, 2.5, 2.7, 2.3, 2.9, benchmark, Polarity.LowIsGood));
    }

    [Theory]
    [InlineData(3.0, BenchmarkOutcome.Lower)]
    [InlineData(2.8, BenchmarkOutcome.Lower)]
    [InlineData(2.6, BenchmarkOutcome.Similar)]
    [InlineData(2.4, BenchmarkOutcome.Higher)]
    [InlineData(2.2, BenchmarkOutcome.Higher)]
    public void Neutral_polarity_never_gets_a_RAG_result(double benchmark, BenchmarkOutcome expected)
    {
        Assert.Equal(expected, Benchmark.Compare(2.6, 2.5, 2.7, 2.3, 2.9, benchmark, Polarity.Neutral));
    }

    [Fact]
    public void Two_levels_without_the_99_8_limits_give_none()
    {
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare(2.6, 2.5, 2.7, null, 2.9, 2.2, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.None, Benchmark.Compare(2.6, 2.5, 2.7, 2.3, double.NaN, 2.2, Polarity.HighIsGood));
    }

    [Fact]
    public void Intervals_from_the_interval_calculators_can_be_compared_directly()
    {
        // 65 of 100 (Wilson 95%: 55.3%–73.6%, 99.8%: 49.5%–77.8%, from PHEindicatormethods' test data) against
        // England at 52%: outside 95% but inside 99.8% → better when high is good; at 45% → best.
        var at95 = ProportionInterval.Wilson(65, 100, 0.95, 100);
        var at998 = ProportionInterval.Wilson(65, 100, 0.998, 100);

        Assert.Equal(BenchmarkOutcome.Better, Benchmark.Compare(at95, at998, 52, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.Best, Benchmark.Compare(at95, at998, 45, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.Similar, Benchmark.Compare(at95, 60, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.Worse, Benchmark.Compare(at95, 52, Polarity.LowIsGood));
    }

    [Theory]
    [InlineData(BenchmarkOutcome.Better, "better")]
    [InlineData(BenchmarkOutcome.Similar, "similar")]
    [InlineData(BenchmarkOutcome.Worse, "worse")]
    [InlineData(BenchmarkOutcome.Best, "best")]
    [InlineData(BenchmarkOutcome.Worst, "worst")]
    [InlineData(BenchmarkOutcome.Higher, "higher")]
    [InlineData(BenchmarkOutcome.Lower, "lower")]
    [InlineData(BenchmarkOutcome.None, "none")]
    public void Outcomes_have_their_published_names(BenchmarkOutcome outcome, string name)
    {
        Assert.Equal(name, outcome.Name());
    }
}
