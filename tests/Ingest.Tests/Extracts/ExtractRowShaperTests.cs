using Safeguarding.Analytics.Ingest.Extracts.Files;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;
using static Safeguarding.Analytics.Ingest.Tests.Extracts.ExtractFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

public class ExtractRowShaperTests
{
    private readonly ExtractRowShaper shaper = new(Header());

    [Fact]
    public void A_proportion_on_3_of_120_is_blank_with_the_reason()
    {
        var row = shaper.Shape(OutOf120(Home, "2024-25 Q1", 3));

        Assert.Equal(DisclosureRule.Standard.RateReason, row.SuppressedBecause);
        Assert.All([7, 8, 9, 10, 11], c => Assert.True(row.Cell(c).IsBlank));
        Assert.Equal(DisclosureRule.Standard.RateReason, row.Cell(14).Text);
        Assert.Null(row.ShownValue);
    }

    [Fact]
    public void A_proportion_on_0_of_120_is_shown()
    {
        var row = shaper.Shape(OutOf120(Home, "2024-25 Q1", 0));

        Assert.Null(row.SuppressedBecause);
        Assert.Equal(0.0, row.Cell(7).Number);
        Assert.Equal(0.0, row.Cell(8).Number);
        Assert.Equal(120.0, row.Cell(9).Number);
        Assert.True(row.Cell(14).IsBlank);
    }

    [Fact]
    public void A_proportion_on_117_of_120_is_blank_since_its_complement_is_3()
    {
        var row = shaper.Shape(OutOf120(Home, "2024-25 Q1", 117));

        Assert.NotNull(row.SuppressedBecause);
        Assert.True(row.Cell(7).IsBlank);
        Assert.True(row.Cell(8).IsBlank);
    }

    [Fact]
    public void A_count_of_4_is_blank_and_a_count_of_6_is_shown()
    {
        var four = shaper.Shape(Figure(Plans, Home, "2024-25 Q1", 4));
        var six = shaper.Shape(Figure(Plans, Home, "2024-25 Q2", 6));

        Assert.True(four.Cell(7).IsBlank);
        Assert.NotNull(four.SuppressedBecause);
        Assert.Equal(6.0, six.Cell(7).Number);
        Assert.Equal(new ExtractFileSummary(2, 1), shaper.Summary);
    }

    [Fact]
    public void An_invalid_figure_is_never_shown_as_a_value()
    {
        var row = shaper.Shape(Figure(Plans, Home, "2024-25 Q1", 40) with { Status = ObservationStatus.Invalid, StatusReason = "implausible jump" });

        Assert.True(row.Cell(7).IsBlank);
        Assert.Equal("invalid", row.Cell(12).Text);
        Assert.Equal("implausible jump", row.Cell(13).Text);
    }

    [Fact]
    public void Rows_name_the_indicator_unit_area_and_role()
    {
        var row = shaper.Shape(OutOf120(Neighbour, "2024-25 Q3", 30));

        Assert.Equal(
            ["repeat_referrals_pct", "Re-referrals within 12 months", "% of referrals", "E06000051", "Shropshire", "statistical neighbour", "2024-25 Q3"],
            Enumerable.Range(0, 7).Select(c => row.Cell(c).Text));
        Assert.Equal(25.0, row.Cell(7).Number);
        Assert.Equal(1.0, row.Cell(16).Number);
        Assert.Equal("2026-10-01 08:00:00", row.Cell(17).Text);
    }

    [Fact]
    public void A_figure_of_an_indicator_or_area_not_asked_for_is_refused_by_name()
    {
        var indicator = Assert.Throws<InvalidOperationException>(() => shaper.Shape(Figure(Plans, Home, "2024-25 Q1", 10) with { IndicatorId = "stray" }));
        var area = Assert.Throws<InvalidOperationException>(() => shaper.Shape(Figure(Plans, Home, "2024-25 Q1", 10) with { AreaCode = "E06000001" }));

        Assert.Contains("'stray'", indicator.Message, StringComparison.Ordinal);
        Assert.Contains("run-42", indicator.Message, StringComparison.Ordinal);
        Assert.Contains("'E06000001'", area.Message, StringComparison.Ordinal);
    }
}
