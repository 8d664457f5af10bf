using Safeguarding.Analytics.Ingest.Returns;
using static Safeguarding.Analytics.Ingest.Tests.Returns.Validation;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>A figure outside what its indicator's unit can carry is refused on its row and column, whatever its size.</summary>
public sealed class ReturnValueRangeTests
{
    private static void AssertOutOfRange(string row, string column, string says)
    {
        var validated = Validate(row);

        var error = SingleError(validated);
        Assert.Equal(("out_of_range", 2, column), (error.Code, error.Row, error.Column));
        Assert.StartsWith($"q1.csv, row 2, column {column}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Empty(validated.Lines);
    }

    [Theory]
    [InlineData("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,1e308,,,,", "outside 0–10,000")]
    [InlineData("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,1.7976931348623157e308,,,,", "outside 0–10,000")]
    [InlineData("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,10000.1,,,,", "per 10,000 children is between 0 and 10,000")]
    [InlineData("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,-1e308,,,,", "outside 0–10,000")]
    [InlineData("repeat_da_pct,E06000019,2024-25 Q1,1e308,,,,", "% of MARAC cases is between 0 and 100")]
    [InlineData("repeat_da_pct,E06000019,2024-25 Q1,100.01,,,,", "outside 0–100")]
    public void A_value_past_its_units_range_is_refused_on_the_value_column(string row, string says) =>
        AssertOutOfRange(row + "\n", "value", says);

    [Theory]
    [InlineData("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,20,1e308,34439,,", "numerator")]
    [InlineData("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,20,20,1e308,,", "denominator")]
    [InlineData("marac_cases_rate_per_10k,E06000019,2024-25 Q1,20,60000001,59999999,,", "numerator")]
    public void A_numerator_or_denominator_larger_than_Englands_population_is_refused(string row, string column) =>
        AssertOutOfRange(row + "\n", column, "more than England's population");

    [Fact]
    public void The_largest_plausible_figures_of_each_unit_are_taken()
    {
        var validated = Validate(
            "repeat_da_pct,E06000019,2024-25 Q1,100,500,500,,\n" +
            "da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,10000,,,,\n" +
            "marac_cases_rate_per_10k,E06000019,2024-25 Q1,0,,,,\n");

        Assert.Empty(Errors(validated));
        Assert.Equal(3, validated.Lines.Count);
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void A_value_that_is_not_a_finite_number_says_so(string value)
    {
        var error = SingleError(Validate($"repeat_da_pct,E06000019,2024-25 Q1,{value},,,,\n"));

        Assert.Equal(("not_a_number", 2, "value"), (error.Code, error.Row, error.Column));
        Assert.Contains("finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mean_is_refused_past_its_ceiling_on_its_row_and_column()
    {
        var error = SingleError(Validate("sw_caseload_avg,E06000019,2024-25,12000,,,,\n", "childrens_social_care", "2024-25 Q4"));

        Assert.Equal(("out_of_range", 2, "value"), (error.Code, error.Row, error.Column));
        Assert.Contains("cases per social worker is between 0 and 10,000", error.Message, StringComparison.Ordinal);
    }
}
