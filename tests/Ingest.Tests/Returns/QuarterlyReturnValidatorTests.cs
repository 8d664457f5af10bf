using Safeguarding.Analytics.Ingest.Returns;
using static Safeguarding.Analytics.Ingest.Tests.Returns.Validation;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>Each rule for a row: the error's code, row and column.</summary>
public sealed class QuarterlyReturnValidatorTests
{
    private static void AssertError(string rows, string code, int row, string? column, string? agencyId = "police", string? quarter = "2024-25 Q1", IReadOnlySet<string>? allowed = null)
    {
        var validated = Validate(rows, agencyId, quarter, allowed);

        var error = SingleError(validated);
        Assert.Equal((code, row, column), (error.Code, error.Row, error.Column));
        Assert.StartsWith(column is null ? $"q1.csv, row {row}: " : $"q1.csv, row {row}, column {column}: ", error.Message, StringComparison.Ordinal);
        Assert.False(validated.IsValid);
        Assert.Empty(validated.Lines);
    }

    [Fact]
    public void An_indicator_not_in_the_catalogue_is_unknown_indicator() =>
        AssertError("repeat_da_pct,E06000019,2024-25 Q1,20,,,,\nrepeat_da_pc,E06000019,2024-25 Q1,20,,,,\n", "unknown_indicator", 3, "indicator_id");

    [Fact]
    public void Another_agencys_indicator_is_not_owned() =>
        AssertError("cpp_rate_per_10k,E06000019,2024-25 Q1,40,,,,\n", "not_owned", 2, "indicator_id");

    [Fact]
    public void A_code_of_no_area_is_unknown_area() =>
        AssertError("repeat_da_pct,E06999999,2024-25 Q1,20,,,,\n", "unknown_area", 2, "area_code");

    [Fact]
    public void A_blank_area_is_unknown_area() =>
        AssertError("repeat_da_pct,,2024-25 Q1,20,,,,\n", "unknown_area", 2, "area_code");

    [Theory]
    [InlineData("E12000005")] // West Midlands, a region
    [InlineData("E92000001")] // England
    [InlineData("E10000009")] // Dorset county council, abolished in 2019
    public void A_region_country_or_former_authority_is_not_local_authority(string code) =>
        AssertError($"repeat_da_pct,{code},2024-25 Q1,20,,,,\n", "not_local_authority", 2, "area_code");

    [Fact]
    public void An_authority_outside_the_board_is_not_board_area() =>
        AssertError("repeat_da_pct,E06000019,2024-25 Q1,20,,,,\nrepeat_da_pct,E08000025,2024-25 Q1,20,,,,\n", "not_board_area", 3, "area_code", allowed: new HashSet<string> { "E06000019" });

    [Fact]
    public void The_boards_own_area_given_by_its_dfe_code_is_in_the_board_area()
    {
        var validated = Validate("repeat_da_pct,884,2024-25 Q1,20,,,,\n", allowed: new HashSet<string> { "E06000019" });

        Assert.True(validated.IsValid);
    }

    [Theory]
    [InlineData("Q1 2024-25")]
    [InlineData("2024-26")]
    [InlineData("2024-25 Q5")]
    [InlineData("")]
    public void Text_that_is_no_period_is_bad_period(string period) =>
        AssertError($"repeat_da_pct,E06000019,{period},20,,,,\n", "bad_period", 2, "period");

    [Fact]
    public void A_quarterly_indicator_given_for_the_year_is_wrong_period() =>
        AssertError("repeat_da_pct,E06000019,2024-25,20,,,,\n", "wrong_period", 2, "period");

    [Fact]
    public void A_quarterly_indicator_given_for_another_quarter_is_wrong_period() =>
        AssertError("repeat_da_pct,E06000019,2024-25 Q2,20,,,,\n", "wrong_period", 2, "period");

    [Fact]
    public void An_annual_indicator_given_for_the_quarter_is_wrong_period() =>
        AssertError("sw_caseload_avg,E06000019,2024-25 Q4,17.5,,,,\n", "wrong_period", 2, "period", "childrens_social_care", "2024-25 Q4");

    [Fact]
    public void An_annual_indicator_is_expected_for_the_financial_year_of_the_quarter()
    {
        var validated = Validate("sw_caseload_avg,E06000019,2024-25,17.5,,,,\n", "childrens_social_care", "2024-25 Q4");

        Assert.Empty(Errors(validated));
        Assert.Equal("2024-25", Assert.Single(validated.Lines).Observation.PeriodKey);
    }

    [Fact]
    public void A_status_outside_the_list_is_unknown_status() =>
        AssertError("repeat_da_pct,E06000019,2024-25 Q1,20,,,draft,\n", "unknown_status", 2, "status");

    [Fact]
    public void A_thousands_separator_is_not_a_number_with_a_hint()
    {
        var error = SingleError(Validate("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,12.5,\"1,234\",987654,,\n"));

        Assert.Equal(("not_a_number", 2, "numerator"), (error.Code, error.Row, error.Column));
        Assert.Contains("without thousands separators", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_the_value_is_not_a_number_without_the_separator_hint()
    {
        var error = SingleError(Validate("repeat_da_pct,E06000019,2024-25 Q1,twenty,,,,\n"));

        Assert.Equal(("not_a_number", 2, "value"), (error.Code, error.Row, error.Column));
        Assert.DoesNotContain("thousands", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("repeat_da_pct", "101")]
    [InlineData("repeat_da_pct", "-0.1")]
    [InlineData("da_incidents_children_rate_per_10k", "-3")]
    public void A_percentage_over_100_or_a_negative_value_is_out_of_range(string indicator, string value) =>
        AssertError($"{indicator},E06000019,2024-25 Q1,{value},,,,\n", "out_of_range", 2, "value");

    [Fact]
    public void A_percentage_of_100_and_a_rate_over_100_are_in_range()
    {
        var validated = Validate("repeat_da_pct,E06000019,2024-25 Q1,100,,,,\nda_incidents_children_rate_per_10k,E06000019,2024-25 Q1,812.4,,,,\n");

        Assert.Empty(Errors(validated));
    }

    [Theory]
    [InlineData("625", "12.5", "200", "numerator")]
    [InlineData("5", "50", "-200", "denominator")]
    public void A_fractional_or_negative_count_is_invalid_count(string value, string numerator, string denominator, string column) =>
        AssertError($"da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,{value},{numerator},{denominator},,\n", "invalid_count", 2, column);

    [Fact]
    public void A_numerator_over_its_denominator_is_numerator_over_denominator() =>
        AssertError("repeat_da_pct,E06000019,2024-25 Q1,100,30,20,,\n", "numerator_over_denominator", 2, "numerator");

    [Fact]
    public void A_value_over_a_zero_denominator_is_zero_denominator() =>
        AssertError("repeat_da_pct,E06000019,2024-25 Q1,0,0,0,,\n", "zero_denominator", 2, "denominator");

    [Theory]
    [InlineData("40")]
    [InlineData("33.4")]
    [InlineData("34")]
    [InlineData("33.34")]
    public void A_value_that_is_not_the_numerator_over_the_denominator_is_value_mismatch(string value) =>
        AssertError($"repeat_da_pct,E06000019,2024-25 Q1,{value},1,3,,\n", "value_mismatch", 2, "value");

    [Theory]
    [InlineData("33")]
    [InlineData("33.3")]
    [InlineData("33.33")]
    [InlineData("33.333333")]
    public void A_value_within_rounding_of_what_is_written_is_accepted(string value) =>
        Assert.Empty(Errors(Validate($"repeat_da_pct,E06000019,2024-25 Q1,{value},1,3,,\n")));

    [Fact]
    public void A_rate_is_checked_against_its_multiplier()
    {
        Assert.Empty(Errors(Validate("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,12.3,45,36600,,\n")));
        AssertError("da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,0.1,45,36600,,\n", "value_mismatch", 2, "value");
    }

    [Theory]
    [InlineData("")]
    [InlineData("final")]
    [InlineData("provisional")]
    public void A_blank_value_without_a_reason_is_missing_value(string status) =>
        AssertError($"repeat_da_pct,E06000019,2024-25 Q1,,,,{status},\n", "missing_value", 2, "value");

    [Theory]
    [InlineData("suppressed")]
    [InlineData("missing")]
    public void A_value_given_with_a_suppressed_or_missing_status_is_value_with_status(string status) =>
        AssertError($"repeat_da_pct,E06000019,2024-25 Q1,20,,,{status},fewer than 5\n", "value_with_status", 2, "value");

    [Fact]
    public void A_figure_given_twice_is_duplicate_row_naming_the_earlier_row()
    {
        var error = SingleError(Validate("repeat_da_pct,E06000019,2024-25 Q1,20,,,,\nmarac_cases_rate_per_10k,E06000019,2024-25 Q1,3,,,,\nrepeat_da_pct,884,2024-25 Q1,21,,,,\n"));

        Assert.Equal(("duplicate_row", 4), (error.Code, error.Row));
        Assert.Contains("already given in row 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "note")]
    [InlineData("+A1+A2", "note")]
    [InlineData("@SUM(A1:A9)", "note")]
    [InlineData("-A1", "value")]
    [InlineData("=20", "value")]
    public void Text_a_spreadsheet_would_run_is_formula_cell(string cell, string column)
    {
        var row = column == "note" ? $"repeat_da_pct,E06000019,2024-25 Q1,20,,,,{cell}\n" : $"repeat_da_pct,E06000019,2024-25 Q1,{cell},,,,\n";

        AssertError(row, "formula_cell", 2, column);
    }

    [Fact]
    public void A_negative_number_is_not_a_formula()
    {
        var validated = Validate("repeat_da_pct,E06000019,2024-25 Q1,20,,,,-5\nda_incidents_children_rate_per_10k,E06000019,2024-25 Q1,-5,,,,\n");

        Assert.DoesNotContain(validated.Problems, p => p.Code == "formula_cell");
        Assert.Equal(("out_of_range", 3), (SingleError(validated).Code, SingleError(validated).Row));
    }

    [Fact]
    public void A_nul_character_is_nul_character() =>
        AssertError("repeat_da_pct,E06000019,2024-25 Q1,20,,,,bad\0note\n", "nul_character", 2, "note");
}
