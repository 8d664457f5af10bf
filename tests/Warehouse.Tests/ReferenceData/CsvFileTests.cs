using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Warehouse.Tests.ReferenceData;

public sealed class CsvFileTests
{
    private static CsvRecord SingleRow(string text, params string[] requiredColumns) =>
        Assert.Single(CsvFile.Read(new StringReader(text), "cells.csv", requiredColumns).ToList());

    private static CsvDataException BadCell(string header, string cells, Func<CsvRecord, object> read) =>
        Assert.Throws<CsvDataException>(() => read(SingleRow($"{header}\n{cells}\n")));

    [Fact]
    public void Text_is_read_by_header_name_with_the_name_and_row_it_was_given()
    {
        using var reader = new StringReader("b,a\n\"x, y\",1\n2,3\n");

        var rows = CsvFile.Read(reader, "text.csv", "a", "b").ToList();

        Assert.Equal(["x, y", "2"], rows.Select(r => r.Text("b")));
        Assert.Equal([2, 3], rows.Select(r => r.Row));
        Assert.All(rows, r => Assert.Equal("text.csv", r.FileName));
        Assert.Equal(-1, reader.Read());
    }

    [Fact]
    public void Text_missing_a_column_is_reported_on_the_header_row_under_its_given_name()
    {
        var error = Assert.Throws<CsvDataException>(() => CsvFile.Read(new StringReader("a\n1\n"), "text.csv", "a", "b").ToList());

        Assert.Equal(("text.csv", 1, "b"), (error.FileName, error.Row, error.Column));
        Assert.StartsWith("text.csv, row 1, column 'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_is_read_invariantly_and_required_unless_optional()
    {
        var row = SingleRow("n,blank\n-1.5e3,\n");

        Assert.Equal(-1500, row.Number("n"));
        Assert.Null(row.OptionalNumber("blank"));
        var error = Assert.Throws<CsvDataException>(() => row.Number("blank"));
        Assert.Equal(("cells.csv", 2, "blank"), (error.FileName, error.Row, error.Column));
        Assert.Contains("a number is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void A_cell_that_is_not_a_finite_number_is_reported(string cell)
    {
        var error = BadCell("n", cell, r => r.OptionalNumber("n")!);

        Assert.Equal(("cells.csv", 2, "n"), (error.FileName, error.Row, error.Column));
        Assert.Contains($"'{cell}' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-25 Q1", PeriodKind.FinancialQuarter)]
    [InlineData("2023-24", PeriodKind.FinancialYear)]
    [InlineData("2023", PeriodKind.CalendarYear)]
    public void A_period_key_is_read_as_a_period_of_its_kind(string cell, PeriodKind kind)
    {
        var period = SingleRow($"period\n{cell}\n").Period("period", kind);

        Assert.Equal(Period.Parse(cell), period);
        Assert.Equal(kind, period.Kind);
    }

    [Theory]
    [InlineData("2023-24", PeriodKind.FinancialQuarter, "'2023-24' is not a financial quarter such as '2024-25 Q1'")]
    [InlineData("2024-25 Q1", PeriodKind.FinancialYear, "'2024-25 Q1' is not a financial year such as '2024-25'")]
    [InlineData("2024-26", PeriodKind.FinancialYear, "'2024-26' is not a financial year")]
    [InlineData("soon", PeriodKind.CalendarYear, "'soon' is not a calendar year such as '2024'")]
    public void A_period_key_of_another_kind_or_none_is_reported(string cell, PeriodKind kind, string problem)
    {
        var error = BadCell("period", cell, r => r.Period("period", kind));

        Assert.Equal(("cells.csv", 2, "period"), (error.FileName, error.Row, error.Column));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_period_cell_is_reported_as_required()
    {
        var error = BadCell("period,other", ",x", r => r.Period("period", PeriodKind.FinancialQuarter));

        Assert.Equal("period", error.Column);
        Assert.Contains("a value is required", error.Message, StringComparison.Ordinal);
    }
}
