using Safeguarding.Analytics.Dashboard.Api.Methods;

namespace Safeguarding.Analytics.Dashboard.Tests.Api.Methods;

/// <summary>The methods API takes only finite numbers, and names the field that is not one.</summary>
public sealed class FiniteInputTests
{
    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "infinite")]
    [InlineData(double.NegativeInfinity, "minus infinity")]
    public void A_field_that_is_not_a_finite_number_is_refused_by_name(double value, string says)
    {
        var refused = Assert.Throws<ArgumentException>(() => FiniteInput.Check(("numerator", 1), ("denominator", value)));

        Assert.StartsWith($"denominator is {says}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_not_given_and_the_largest_finite_numbers_pass()
    {
        FiniteInput.Check(("numerator", null), ("denominator", double.MaxValue), ("multiplier", -double.MaxValue), ("confidence", double.Epsilon));

        Assert.Equal([1e308, -1e308], FiniteInput.Series([1e308, -1e308]));
    }

    [Fact]
    public void A_series_value_that_is_not_finite_is_refused_by_its_position()
    {
        var refused = Assert.Throws<ArgumentException>(() => FiniteInput.Series([1, 2, double.PositiveInfinity]));

        Assert.StartsWith("values[2] is infinite", refused.Message, StringComparison.Ordinal);
    }
}
