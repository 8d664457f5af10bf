using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Forecasting.Tests.Position;

public class NationalRankTests
{
    // DfE LAIT (local-authority-interactive-tool) tests/testthat/test-fn_analysis.R, calculate_rank().

    [Fact]
    public void Low_is_good_ranks_the_smallest_value_first()
    {
        // Test 1: values 10, 20, 30, 40, 50 with "Low" rank 1, 2, 3, 4, 5.
        Assert.Equal([1, 2, 3, 4, 5], NationalRank.All([10.0, 20.0, 30.0, 40.0, 50.0], Polarity.LowIsGood));
    }

    [Fact]
    public void Ties_share_the_best_rank_and_the_next_rank_is_skipped()
    {
        // Test 2: values 10, 20, 20, 30, 40 with "High" rank 5, 3, 3, 2, 1.
        Assert.Equal([5, 3, 3, 2, 1], NationalRank.All([10.0, 20.0, 20.0, 30.0, 40.0], Polarity.HighIsGood));
    }

    [Fact]
    public void Missing_values_are_not_ranked_and_do_not_count()
    {
        // Test 3: values 10, NA, 30, 20, NA with "Low" rank 1, NA, 3, 2, NA.
        Assert.Equal([1, null, 3, 2, null], NationalRank.All([10.0, null, 30.0, 20.0, null], Polarity.LowIsGood));

        // Test 5: all missing gives all NA.
        Assert.Equal([null, null, null], NationalRank.All([null, null, null], Polarity.LowIsGood));
    }

    [Fact]
    public void Neutral_indicators_are_not_ranked()
    {
        // LAIT shows "-" for an indicator with no polarity.
        Assert.Null(NationalRank.Of(20, [10.0, 20.0, 30.0], Polarity.Neutral));
        Assert.Equal([null, null], NationalRank.All([10.0, 20.0], Polarity.Neutral));
    }

    [Fact]
    public void Of_ranks_one_authority_among_all()
    {
        double?[] all = [12.5, 40.1, 33.0, 33.0, null, 18.2, 51.7];

        Assert.Equal(3, NationalRank.Of(33.0, all, Polarity.HighIsGood));
        Assert.Equal(3, NationalRank.Of(33.0, all, Polarity.LowIsGood));
        Assert.Equal(1, NationalRank.Of(51.7, all, Polarity.HighIsGood));
        Assert.Equal(6, NationalRank.Of(51.7, all, Polarity.LowIsGood));
        Assert.Null(NationalRank.Of(null, all, Polarity.LowIsGood));
    }
}
