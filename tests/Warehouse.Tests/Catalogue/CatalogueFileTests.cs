using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Warehouse.Tests.Catalogue;

public sealed class CatalogueFileTests : IDisposable
{
    private static readonly ReferenceDataFolder Folder = ReferenceDataFolder.Locate();
    private readonly string _scratch = Directory.CreateTempSubdirectory("catalogue-tests-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static IReadOnlyList<BoardPriority> Priorities() =>
        CatalogueFile.ReadPriorities(Folder.ReferenceFile(CatalogueFile.PrioritiesFileName));

    private static IReadOnlyList<Indicator> Indicators() =>
        CatalogueFile.ReadIndicators(Folder.ReferenceFile(CatalogueFile.IndicatorsFileName), Priorities());

    [Fact]
    public void Catalogue_holds_at_least_thirty_indicators()
    {
        Assert.True(Indicators().Count >= 30);
    }

    [Theory]
    [InlineData("cpp_rate_per_10k")]
    [InlineData("cin_rate_per_10k")]
    [InlineData("cla_rate_per_10k")]
    [InlineData("contacts_24h_pct")]
    [InlineData("contact_referral_conversion_pct")]
    [InlineData("assessments_45d_pct")]
    [InlineData("cp_visits_timely_pct")]
    [InlineData("cla_visits_timely_pct")]
    [InlineData("cla_visits_6_weekly_pct")]
    [InlineData("cpp_2yrs_plus_pct")]
    [InlineData("fte_rate_per_100k")]
    [InlineData("repeat_da_pct")]
    public void Child_protection_headlines_first_time_entrants_and_repeat_domestic_abuse_are_in_the_catalogue(string id)
    {
        Assert.Contains(Indicators(), i => i.Id == id);
    }

    [Theory]
    [InlineData("cin_rate_per_10k")]
    [InlineData("cpp_rate_per_10k")]
    [InlineData("cla_rate_per_10k")]
    public void Rates_of_children_in_need_on_plans_and_in_care_are_neutral(string id)
    {
        var indicator = Indicators().Single(i => i.Id == id);

        Assert.Equal(Polarity.Neutral, indicator.Polarity);
        Assert.Equal(IndicatorValueType.Rate, indicator.ValueType);
        Assert.Equal(10000, indicator.Multiplier);
    }

    [Fact]
    public void Cells_are_read_into_typed_values_and_empty_cells_become_null()
    {
        var fte = Indicators().Single(i => i.Id == "fte_rate_per_100k");
        var repeatDa = Indicators().Single(i => i.Id == "repeat_da_pct");

        Assert.Equal(("LAIT", "FirstYJS", ComparatorYearType.CalendarYear), (fte.ComparatorSource, fte.ComparatorMeasure, fte.ComparatorYearType));
        Assert.Equal(100000, fte.Multiplier);
        Assert.Null(repeatDa.ComparatorSource);
        Assert.Null(repeatDa.ComparatorYearType);
        Assert.Null(repeatDa.Target);
    }

    [Fact]
    public void Priorities_are_read_in_the_boards_order_and_every_indicator_has_one()
    {
        var priorities = Priorities();

        Assert.Equal(priorities.OrderBy(p => p.Order).Select(p => p.Id), priorities.Select(p => p.Id));
        Assert.All(Indicators(), i => Assert.Contains(priorities, p => p.Id == i.PriorityId));
    }

    [Fact]
    public void A_bad_polarity_cell_names_the_file_row_and_column()
    {
        var path = WriteCatalogue(line => line.StartsWith("cpp_rate_per_10k,", StringComparison.Ordinal)
            ? line.Replace(",Neutral,", ",Sideways,", StringComparison.Ordinal)
            : line);
        var row = RowOf(path, "cpp_rate_per_10k,");

        var error = Assert.Throws<CsvDataException>(() => CatalogueFile.ReadIndicators(path, Priorities()));

        Assert.Equal((CatalogueFile.IndicatorsFileName, row, "polarity"), (error.FileName, error.Row, error.Column));
        Assert.Contains($"indicators.csv, row {row}, column 'polarity'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sideways", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multiplier_that_is_not_a_power_of_ten_in_use_is_rejected()
    {
        var path = WriteCatalogue(line => line.StartsWith("cla_rate_per_10k,", StringComparison.Ordinal)
            ? line.Replace(",10000,Rate,", ",500,Rate,", StringComparison.Ordinal)
            : line);

        var error = Assert.Throws<CsvDataException>(() => CatalogueFile.ReadIndicators(path, Priorities()));

        Assert.Equal("multiplier", error.Column);
        Assert.Equal(RowOf(path, "cla_rate_per_10k,"), error.Row);
    }

    [Fact]
    public void A_repeated_id_is_rejected()
    {
        var path = WriteCatalogue(line => line.StartsWith("cin_rate_per_10k,", StringComparison.Ordinal)
            ? line.Replace("cin_rate_per_10k,", "cpp_rate_per_10k,", StringComparison.Ordinal)
            : line);

        var error = Assert.Throws<CsvDataException>(() => CatalogueFile.ReadIndicators(path, Priorities()));

        Assert.Equal("id", error.Column);
    }

    [Fact]
    public void An_unknown_priority_is_rejected()
    {
        var path = WriteCatalogue(line => line.StartsWith("cin_rate_per_10k,", StringComparison.Ordinal)
            ? line.Replace(",neglect,", ",no_such_priority,", StringComparison.Ordinal)
            : line);

        var error = Assert.Throws<CsvDataException>(() => CatalogueFile.ReadIndicators(path, Priorities()));

        Assert.Equal(("priority_id", RowOf(path, "cin_rate_per_10k,")), (error.Column, error.Row));
    }

    [Fact]
    public void The_quarterly_flows_read_against_dfe_yearly_rates_are_annualised_times_four_and_nothing_else()
    {
        var annualised = Indicators().Where(i => i.QuarterAnnualisation != QuarterAnnualisation.None).ToList();

        Assert.Equal(
            ["cla_starts_rate_per_10k", "cpp_starts_rate_per_10k", "icpc_rate_per_10k", "referrals_rate_per_10k", "section47_rate_per_10k"],
            annualised.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.All(annualised, i => Assert.Equal(QuarterAnnualisation.Times4, i.QuarterAnnualisation));

        // Stocks at the quarter's end and rolling years are comparable as they stand.
        Assert.Equal(QuarterAnnualisation.None, Indicators().Single(i => i.Id == "cpp_rate_per_10k").QuarterAnnualisation);
        Assert.Equal(QuarterAnnualisation.None, Indicators().Single(i => i.Id == "fte_rate_per_100k").QuarterAnnualisation);
    }

    [Theory]
    [InlineData("contacts_24h_pct,")] // a proportion
    [InlineData("care_applications_rate_per_10k,")] // an annual rate
    public void Annualising_anything_but_a_quarterly_rate_is_refused_naming_the_column(string prefix)
    {
        var path = WriteCatalogue(line => line.StartsWith(prefix, StringComparison.Ordinal)
            ? line.Replace(",None,", ",Times4,", StringComparison.Ordinal)
            : line);

        var error = Assert.Throws<CsvDataException>(() => CatalogueFile.ReadIndicators(path, Priorities()));

        Assert.Equal(("quarter_annualisation", RowOf(path, prefix)), (error.Column, error.Row));
        Assert.Contains("needs a quarterly Rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_annualisation_names_the_file_row_and_column()
    {
        var path = WriteCatalogue(line => line.StartsWith("referrals_rate_per_10k,", StringComparison.Ordinal)
            ? line.Replace(",Times4,", ",Times365/91,", StringComparison.Ordinal)
            : line);

        var error = Assert.Throws<CsvDataException>(() => CatalogueFile.ReadIndicators(path, Priorities()));

        Assert.Equal(("quarter_annualisation", RowOf(path, "referrals_rate_per_10k,")), (error.Column, error.Row));
    }

    private string WriteCatalogue(Func<string, string> edit)
    {
        var path = Path.Combine(_scratch, CatalogueFile.IndicatorsFileName);
        File.WriteAllLines(path, File.ReadAllLines(Folder.ReferenceFile(CatalogueFile.IndicatorsFileName)).Select(edit));
        return path;
    }

    // The catalogue has no line breaks inside cells, so a line is a row (header = row 1).
    private static int RowOf(string path, string prefix) =>
        File.ReadAllLines(path).ToList().FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;
}
