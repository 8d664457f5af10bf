using System.Globalization;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Comparators;

public sealed class LaitComparatorReaderTests : IDisposable
{
    private static readonly ReferenceDataFolder Folder = ReferenceDataFolder.Locate();
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(Folder);
    private static readonly string LaitFile = Folder.ComparatorFile(LaitComparatorReader.FileName);
    private static readonly Lazy<IReadOnlyList<Observation>> Checked =
        new(() => new LaitComparatorReader(Reference).ReadChecked(LaitFile));

    private readonly string _scratch = Directory.CreateTempSubdirectory("lait-tests-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static Observation Single(string indicatorId, string areaCode, string periodKey) =>
        Checked.Value.Single(o => o.IndicatorId == indicatorId && o.AreaCode == areaCode && o.PeriodKey == periodKey);

    [Fact]
    public void Herefordshire_child_protection_rate_for_2024_is_the_published_value_for_2023_24()
    {
        var observation = Single("cpp_rate_per_10k", "E06000019", "2023-24");

        Assert.Equal(59.3, observation.Value);
        Assert.Equal(ObservationStatus.Final, observation.Status);
        Assert.Equal(LaitComparatorReader.Source, observation.Source);
        Assert.Equal(1, observation.Version);
    }

    [Fact]
    public void Float_noise_in_the_published_string_is_rounded_away()
    {
        // Published as 515.79999999999995.
        Assert.Equal(515.8, Single("referrals_rate_per_10k", "E09000013", "2015-16").Value);
    }

    [Fact]
    public void A_dash_becomes_missing_with_the_code_as_reason()
    {
        var observation = Single("cpp_rate_per_10k", "E09000001", "2015-16");

        Assert.Null(observation.Value);
        Assert.Equal(ObservationStatus.Missing, observation.Status);
        Assert.Equal("-", observation.StatusReason);
    }

    [Fact]
    public void First_time_entrants_England_rows_are_invalid_with_the_published_figure_in_the_reason()
    {
        var england = Checked.Value.Where(o => o.IndicatorId == "fte_rate_per_100k" && o.AreaCode == "E92000001").ToList();

        Assert.Equal(9, england.Count);
        Assert.All(england, o => Assert.Equal(ObservationStatus.Invalid, o.Status));
        Assert.All(england, o => Assert.Null(o.Value));
        var first = england.Single(o => o.PeriodKey == "2016");
        Assert.Contains("England value 3071 is outside the range of its regions' values", first.StatusReason, StringComparison.Ordinal);
        Assert.Contains("not a valid rate", first.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public void First_time_entrants_regional_rows_keep_their_values()
    {
        var regions = Checked.Value
            .Where(o => o.IndicatorId == "fte_rate_per_100k" && Reference.Areas.Regions.Any(r => r.Code == o.AreaCode))
            .ToList();

        Assert.Equal(9 * 9, regions.Count);
        Assert.All(regions, o => Assert.Equal(ObservationStatus.Final, o.Status));
        Assert.Equal(417, Single("fte_rate_per_100k", "E12000001", "2016").Value);
    }

    [Fact]
    public void First_time_entrants_are_read_against_calendar_years()
    {
        var periods = Checked.Value.Where(o => o.IndicatorId == "fte_rate_per_100k").Select(o => o.PeriodKey).Distinct().Order();

        Assert.Equal(Enumerable.Range(2016, 9).Select(y => y.ToString(CultureInfo.InvariantCulture)), periods);
    }

    [Fact]
    public void Social_worker_snapshots_at_September_fall_in_the_financial_year_that_starts_that_April()
    {
        var periods = Checked.Value.Where(o => o.IndicatorId == "sw_vacancy_pct").Select(o => o.PeriodKey).Distinct().Order();

        Assert.Equal("2016-17", periods.First());
        Assert.Equal("2025-26", periods.Last());
    }

    [Fact]
    public void No_catalogue_indicator_other_than_first_time_entrants_has_an_invalid_row()
    {
        var invalid = Checked.Value.Where(o => o.Status == ObservationStatus.Invalid).ToList();

        Assert.All(invalid, o => Assert.Equal(("fte_rate_per_100k", "E92000001"), (o.IndicatorId, o.AreaCode)));
    }

    [Fact]
    public void Across_every_LAIT_rate_and_percentage_measure_only_first_time_entrants_England_is_implausible()
    {
        var everyMeasure = EveryAveragedLaitMeasure();

        var invalid = new LaitComparatorReader(Reference.Areas, everyMeasure).ReadChecked(LaitFile)
            .Where(o => o.Status == ObservationStatus.Invalid)
            .ToList();

        Assert.True(everyMeasure.Count > 40);
        Assert.Equal(9, invalid.Count);
        Assert.All(invalid, o => Assert.Equal(("FirstYJS", "E92000001"), (o.IndicatorId, o.AreaCode)));
    }

    [Fact]
    public void Former_and_abolished_authorities_are_read_under_their_area_codes()
    {
        // North Yorkshire reported as 815 throughout; before 2024 its ONS code was E10000023.
        Assert.Equal(ObservationStatus.Final, Single("cpp_rate_per_10k", "E06000065", "2015-16").Status);
        Assert.Contains(Checked.Value, o => o.AreaCode == "E10000006" && o.IndicatorId == "cpp_rate_per_10k" && o.Value is not null);
    }

    [Fact]
    public void Columns_are_found_by_name_whatever_their_order_and_a_BOM_is_tolerated()
    {
        var path = Path.Combine(_scratch, "reordered.csv");
        File.WriteAllText(
            path,
            "\uFEFFvalue_raw,la_name,la_number,time_period,measure_short,region,value\n" +
            "59.299999999999997,\"Herefordshire, County of\",884,2024,CPP_rate,West Midlands,59.3\n" +
            "c,Herefordshire,884,2023,CPP_rate,West Midlands,\n");

        var observations = new LaitComparatorReader(Reference).Read(path);

        Assert.Equal(59.3, observations[0].Value);
        Assert.Equal(("E06000019", "2023-24"), (observations[0].AreaCode, observations[0].PeriodKey));
        Assert.Equal((ObservationStatus.Suppressed, "c"), (observations[1].Status, observations[1].StatusReason));
    }

    [Fact]
    public void An_unreadable_value_names_the_file_row_and_column()
    {
        var path = Path.Combine(_scratch, "bad.csv");
        File.WriteAllText(
            path,
            "measure_short,time_period,la_number,la_name,region,value_raw,value\n" +
            "CPP_rate,2024,884,Herefordshire,West Midlands,59.3,59.3\n" +
            "CPP_rate,2024,885,Worcestershire,West Midlands,about 40,\n");

        var error = Assert.Throws<CsvDataException>(() => new LaitComparatorReader(Reference).Read(path));

        Assert.Equal(("bad.csv", 3, "value_raw"), (error.FileName, error.Row, error.Column));
    }

    [Fact]
    public void An_unknown_area_names_the_file_row_and_column()
    {
        var path = Path.Combine(_scratch, "unknown-area.csv");
        File.WriteAllText(
            path,
            "measure_short,time_period,la_number,la_name,region,value_raw,value\n" +
            "CPP_rate,2024,999,Nowhere,West Midlands,59.3,59.3\n");

        var error = Assert.Throws<CsvDataException>(() => new LaitComparatorReader(Reference).Read(path));

        Assert.Equal((2, "la_number"), (error.Row, error.Column));
    }

    [Theory]
    [InlineData("CPP_rate,2024,884,Herefordshire,West Midlands,61.0,61.0")]
    [InlineData("CPP_rate,2023-24,884,Herefordshire,West Midlands,61.0,61.0")]
    [InlineData("CPP_rate,2024,E06000019,Herefordshire,West Midlands,61.0,61.0")]
    public void A_figure_given_twice_is_refused_naming_both_rows(string again)
    {
        // Loaded, the two would be versions of equal rank of one figure, and which the dashboard showed would be chance.
        var path = Path.Combine(_scratch, "twice.csv");
        File.WriteAllText(
            path,
            "measure_short,time_period,la_number,la_name,region,value_raw,value\n" +
            "CPP_rate,2024,884,Herefordshire,West Midlands,59.3,59.3\n" +
            "CPP_rate,2024,885,Worcestershire,West Midlands,40.1,40.1\n" +
            again + "\n");

        var error = Assert.Throws<CsvDataException>(() => new LaitComparatorReader(Reference).Read(path));

        Assert.Equal(("twice.csv", 4, "time_period"), (error.FileName, error.Row, error.Column));
        Assert.Contains("CPP_rate for", error.Message, StringComparison.Ordinal);
        Assert.Contains("2023-24 is already given in row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_file_gives_each_figure_once()
    {
        var figures = Checked.Value.Select(o => (o.IndicatorId, o.AreaCode, o.PeriodKey)).ToList();

        Assert.Equal(figures.Count, figures.Distinct().Count());
    }

    // One indicator per LAIT measure that is an average (a rate or a percentage), named by the measure itself.
    private static List<Indicator> EveryAveragedLaitMeasure() =>
    [
        .. CsvFile.Read(Folder.ComparatorFile("lait_safeguarding_indicator_metadata.csv"), "measure_short", "unit", "year_type")
            .Select(row => (Measure: row.Text("measure_short"), Unit: row.Text("unit"), YearType: row.Text("year_type")))
            .Where(m => m.Unit.Contains('%', StringComparison.Ordinal) || m.Unit.Contains("rate", StringComparison.OrdinalIgnoreCase))
            .Select(m => new Indicator
            {
                Id = m.Measure,
                Name = m.Measure,
                PriorityId = "test",
                Domain = "test",
                LeadAgency = "test",
                Unit = m.Unit,
                Multiplier = m.Unit.Contains('%', StringComparison.Ordinal) ? 100 : 10000,
                ValueType = m.Unit.Contains('%', StringComparison.Ordinal) ? IndicatorValueType.Proportion : IndicatorValueType.Rate,
                Polarity = Polarity.Neutral,
                Frequency = Frequency.Annual,
                ComparatorSource = LaitComparatorReader.Source,
                ComparatorMeasure = m.Measure,
                ComparatorYearType = YearType(m.YearType),
                Definition = m.Measure,
            }),
    ];

    private static ComparatorYearType YearType(string lait) =>
        lait.StartsWith("Calendar", StringComparison.OrdinalIgnoreCase) ? ComparatorYearType.CalendarYear
        : lait.Contains("Sept", StringComparison.OrdinalIgnoreCase) ? ComparatorYearType.SeptemberSnapshot
        : ComparatorYearType.FinancialYearEnding;
}
