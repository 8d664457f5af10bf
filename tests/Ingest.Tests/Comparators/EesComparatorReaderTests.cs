using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Comparators.Ees;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Comparators;

/// <summary>The DfE EES files as published, read and checked against figures looked up in the files themselves.</summary>
public sealed class EesComparatorReaderTests
{
    public const string C1File = "dfe_c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
    public const string D5File = "dfe_d5_cpps_at31march_by_duration_2013_to_2025.csv";
    public const string ClaFile = "dfe_cla_number_and_rate_per_10k_children_2021_to_2025.csv";

    private static readonly ReferenceDataFolder Folder = ReferenceDataFolder.Locate();
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(Folder);
    private static readonly IReadOnlyList<EesMeasure> Measures = EesMeasuresFile.Read(Folder.ReferenceFile(EesMeasuresFile.FileName), Reference.Indicators);
    private static readonly Lazy<IReadOnlyList<Observation>> C1 = new(() => ReadFile(C1File, "c1"));
    private static readonly Lazy<IReadOnlyList<Observation>> D5 = new(() => ReadFile(D5File, "d5"));
    private static readonly Lazy<IReadOnlyList<Observation>> Cla = new(() => ReadFile(ClaFile, "cla"));

    private static IReadOnlyList<Observation> ReadFile(string fileName, string dataset)
    {
        using var text = new StreamReader(Folder.ComparatorFile(fileName));
        return new EesComparatorReader(Reference.Areas, Reference.Indicators).Read(text, fileName, [.. Measures.Where(m => m.Dataset == dataset)]);
    }

    private static Observation Single(IReadOnlyList<Observation> observations, string indicatorId, string areaCode, string periodKey) =>
        Assert.Single(observations, o => o.IndicatorId == indicatorId && o.AreaCode == areaCode && o.PeriodKey == periodKey);

    [Fact]
    public void England_rereferrals_for_2025_are_the_published_figures_for_2024_25()
    {
        var england = Single(C1.Value, "rereferrals_12m_pct", "E92000001", "2024-25");

        Assert.Equal((22.6, 142900.0, 632830.0), (england.Value, england.Numerator, england.Denominator));
        Assert.Equal((ObservationStatus.Final, EesComparatorReader.Source), (england.Status, england.Source));
    }

    [Fact]
    public void England_no_further_action_for_2025_uses_its_own_numerator_over_referrals()
    {
        var england = Single(C1.Value, "referrals_nfa_pct", "E92000001", "2024-25");

        Assert.Equal((6.5, 41340.0, 632830.0), (england.Value, england.Numerator, england.Denominator));
    }

    [Fact]
    public void A_suppressed_cell_is_read_as_a_status_with_its_code_as_reason()
    {
        // North Yorkshire, 2025: no_further_action_count and _percent are both "c".
        var suppressed = Single(C1.Value, "referrals_nfa_pct", "E06000065", "2024-25");

        Assert.Equal((null, null, ObservationStatus.Suppressed, "c"), (suppressed.Value, suppressed.Numerator, suppressed.Status, suppressed.StatusReason));
        Assert.Equal(5642, suppressed.Denominator);
    }

    [Fact]
    public void North_yorkshire_rows_under_its_former_code_land_on_the_new_unitary()
    {
        // 2023's row gives new_la_code E10000023 (old 815): 851 of 4998 re-referred, 17%.
        var before = Single(C1.Value, "rereferrals_12m_pct", "E06000065", "2022-23");
        var after = Single(C1.Value, "rereferrals_12m_pct", "E06000065", "2024-25");

        Assert.Equal((17.0, 851.0, 4998.0), (before.Value, before.Numerator, before.Denominator));
        Assert.Equal((19.8, 1115.0, 5642.0), (after.Value, after.Numerator, after.Denominator));
        Assert.DoesNotContain(C1.Value, o => o.AreaCode == "E10000023");
        Assert.Equal(13, C1.Value.Count(o => o.IndicatorId == "rereferrals_12m_pct" && o.AreaCode == "E06000065"));
    }

    [Fact]
    public void Child_protection_plans_of_two_years_or_more_are_read_from_d5()
    {
        var england = Single(D5.Value, "cpp_2yrs_plus_pct", "E92000001", "2024-25");
        var herefordshire = Single(D5.Value, "cpp_2yrs_plus_pct", "E06000019", "2024-25");

        Assert.Equal((2.3, 1130.0, 49420.0), (england.Value, england.Numerator, england.Denominator));
        Assert.Equal((0.0, 0.0, 139.0), (herefordshire.Value, herefordshire.Numerator, herefordshire.Denominator));
    }

    [Fact]
    public void The_cla_file_with_its_bom_and_own_column_order_gives_both_rates()
    {
        var looked = Single(Cla.Value, "cla_rate_per_10k", "E92000001", "2024-25");
        var starts = Single(Cla.Value, "cla_starts_rate_per_10k", "E92000001", "2024-25");
        var herefordshire = Single(Cla.Value, "cla_rate_per_10k", "E06000019", "2024-25");

        Assert.Equal((67.0, 81770.0, 12183016.0), (looked.Value, looked.Numerator, looked.Denominator));
        Assert.Equal((26.0, 32270.0, 12183016.0), (starts.Value, starts.Numerator, starts.Denominator));
        Assert.Equal((100.0, 344.0, 34439.0), (herefordshire.Value, herefordshire.Numerator, herefordshire.Denominator));
    }

    [Fact]
    public void Rows_of_the_cla_file_for_other_population_types_are_not_read()
    {
        Assert.Equal(["cla_rate_per_10k", "cla_starts_rate_per_10k"], Cla.Value.Select(o => o.IndicatorId).Distinct().Order());
        Assert.Equal(5 * 2, Cla.Value.Count(o => o.AreaCode == "E92000001"));
    }

    [Fact]
    public void Each_dataset_is_recognised_by_its_own_header()
    {
        foreach (var (file, dataset) in new[] { (C1File, "c1"), (D5File, "d5"), (ClaFile, "cla") })
        {
            var header = File.ReadLines(Folder.ComparatorFile(file)).First().Split(',');

            Assert.Equal(dataset, EesComparatorReader.Recognise(header, Measures));
        }
    }

    [Fact]
    public void Every_indicator_in_the_ees_map_is_in_the_catalogue()
    {
        var ids = File.ReadLines(Folder.ReferenceFile(EesMeasuresFile.FileName)).Skip(1)
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @",(?<id>[a-z0-9_]+),[A-Za-z0-9_]+,[A-Za-z0-9_]*,[A-Za-z0-9_]*$").Groups["id"].Value)
            .ToList();

        Assert.Equal(5, ids.Count);
        Assert.All(ids, id => Assert.Equal(id, Reference.Indicator(id).Id));
        Assert.Equal(ids, Measures.Select(m => m.IndicatorId));
    }
}
