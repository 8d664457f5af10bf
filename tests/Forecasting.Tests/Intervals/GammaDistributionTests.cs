using Safeguarding.Analytics.Forecasting.Intervals;

namespace Safeguarding.Analytics.Forecasting.Tests.Intervals;

public class GammaDistributionTests
{
    [Theory]
    // Exact values: ln Γ(n) = ln((n − 1)!), Γ(1/2) = √π, Γ(3/2) = √π / 2.
    [InlineData(1.0, 0.0)]
    [InlineData(5.0, 3.1780538303479458)] // ln 24
    [InlineData(11.0, 15.104412573075516)] // ln 3628800
    [InlineData(0.5, 0.57236494292470008)] // ln √π
    [InlineData(1.5, -0.12078223763524522)] // ln(√π / 2)
    [InlineData(100.0, 359.13420536957540)] // ln 99!
    public void LogGamma_matches_exact_values(double x, double expected)
    {
        if (expected == 0)
        {
            Assert.Equal(0.0, GammaFunction.LogGamma(x), 15);
        }
        else
        {
            Close.Equal(expected, GammaFunction.LogGamma(x), 1e-13);
        }
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(3.0, 2.0)]
    [InlineData(5.0, 9.0)]
    [InlineData(9.0, 3.0)]
    [InlineData(25.0, 30.0)]
    public void Lower_regularised_gamma_of_a_whole_shape_matches_the_Poisson_sum(double a, double x)
    {
        // P(a, x) = 1 − Σ_{k < a} e^(−x) x^k / k! for whole a: the chance of at least a events when x are expected.
        var sum = 0.0;
        var term = Math.Exp(-x);
        for (var k = 0; k < a; k++)
        {
            sum += term;
            term *= x / (k + 1);
        }

        Close.Equal(1 - sum, GammaFunction.LowerRegularised(a, x), 1e-13);
        Close.Equal(sum, GammaFunction.UpperRegularised(a, x), 1e-13);
    }

    [Theory]
    // Shape 1 is the exponential distribution: qgamma(p, 1) = −ln(1 − p) exactly.
    [InlineData(0.025)]
    [InlineData(0.001)]
    [InlineData(0.5)]
    [InlineData(0.975)]
    [InlineData(0.999)]
    public void Quantile_of_shape_one_is_the_exponential_quantile(double p)
    {
        Close.Equal(-Math.Log(1 - p), GammaDistribution.Quantile(p, 1));
    }

    [Theory]
    // Shape 1/2 is half a chi-square on one degree of freedom: qgamma(p, 1/2) = z²/2 with z = qnorm((1 + p) / 2).
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    [InlineData(0.998)]
    public void Quantile_of_shape_one_half_is_half_a_squared_normal_quantile(double p)
    {
        var z = NormalDistribution.Quantile((1 + p) / 2);
        Close.Equal(z * z / 2, GammaDistribution.Quantile(p, 0.5), 1e-12);
    }

    [Theory]
    // R 4.x: print(qchisq(p, df), digits = 17).
    [InlineData(0.95, 1.0, 3.8414588206941236)]
    [InlineData(0.975, 1.0, 5.0238861873148863)]
    [InlineData(0.95, 10.0, 18.307038053275146)]
    [InlineData(0.05, 10.0, 3.9402991361190609)]
    [InlineData(0.99, 2.0, 9.2103403719761836)]
    public void ChiSquare_quantile_matches_R_qchisq(double p, double df, double expected)
    {
        Close.Equal(expected, ChiSquareDistribution.Quantile(p, df));
    }

    [Theory]
    [InlineData(0.001, 0.3)]
    [InlineData(0.3, 0.3)]
    [InlineData(0.999, 0.3)]
    [InlineData(1e-9, 2.0)]
    [InlineData(0.025, 7.0)]
    [InlineData(0.975, 10.0)]
    [InlineData(0.5, 250.0)]
    [InlineData(0.999, 5000.0)]
    public void Quantile_inverts_the_distribution_function(double p, double shape)
    {
        var x = GammaDistribution.Quantile(p, shape);
        var back = p <= 0.5 ? GammaFunction.LowerRegularised(shape, x) : 1 - GammaFunction.UpperRegularised(shape, x);
        Close.Equal(p, back, 1e-11);
    }

    [Fact]
    public void Quantile_handles_the_ends_and_shape_zero_as_R_does()
    {
        Assert.Equal(0.0, GammaDistribution.Quantile(0, 3));
        Assert.Equal(double.PositiveInfinity, GammaDistribution.Quantile(1, 3));
        Assert.Equal(0.0, ChiSquareDistribution.Quantile(0.025, 0)); // qchisq(0.025, 0) = 0
    }

    [Fact]
    public void Quantile_rejects_bad_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaDistribution.Quantile(1.2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaDistribution.Quantile(0.5, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaFunction.LogGamma(0));
    }
}
