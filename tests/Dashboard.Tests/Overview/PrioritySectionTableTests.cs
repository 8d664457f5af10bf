using Bunit;
using Safeguarding.Analytics.Dashboard.Components.Pages.Overview;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Dashboard.Tests.Overview;

public class PrioritySectionTableTests : BunitContext
{
    private static readonly BoardPriority Neglect = TestCatalogue.Neglect;

    [Fact]
    public void A_local_measure_says_it_has_no_published_comparator()
    {
        var tile = new IndicatorTile(TestCatalogue.CpVisits, Observed(TestCatalogue.CpVisits, 85.46, "2025-26 Q2"),
            ComparatorValue.None("Local measure"), ComparatorValue.None("Local measure"));

        var table = Render<PrioritySectionTable>(p => p.Add(c => c.Section, new PrioritySection(Neglect, [tile])));

        var row = table.Find("tr[data-indicator='cp_visits_timely_pct']");
        Assert.Equal("85.5%", row.QuerySelector("[data-testid='value']")!.TextContent);
        Assert.Contains("no published comparator", row.QuerySelector("td.no-comparator")!.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("[data-testid='england']"));
    }

    [Fact]
    public void A_comparator_measure_shows_neighbours_and_england_with_their_year()
    {
        var tile = new IndicatorTile(TestCatalogue.CppRate, Observed(TestCatalogue.CppRate, 44.06, "2025-26 Q2"),
            new ComparatorValue(38.44, "2024-25", "Average of 10 of 10 neighbours"), new ComparatorValue(40.6, "2024-25", null));

        var table = Render<PrioritySectionTable>(p => p.Add(c => c.Section, new PrioritySection(Neglect, [tile])));

        var row = table.Find("tr[data-indicator='cpp_rate_per_10k']");
        Assert.Equal("44.1", row.QuerySelector("[data-testid='value']")!.TextContent);
        Assert.Equal("38.4", row.QuerySelector("[data-testid='neighbours']")!.TextContent);
        Assert.Equal("40.6", row.QuerySelector("[data-testid='england']")!.TextContent);
        Assert.Contains("neither higher nor lower is better", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_england_figure_is_explained_not_shown()
    {
        var tile = new IndicatorTile(TestCatalogue.CppRate, null,
            new ComparatorValue(null, "2023", "No neighbour has a value"), new ComparatorValue(null, "2023", "Not shown: published figure is not a valid rate"));

        var table = Render<PrioritySectionTable>(p => p.Add(c => c.Section, new PrioritySection(Neglect, [tile])));

        var row = table.Find("tr[data-indicator='cpp_rate_per_10k']");
        Assert.Equal("–", row.QuerySelector("[data-testid='england']")!.TextContent);
        Assert.Contains("not a valid rate", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("No neighbour has a value", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("no data", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_return_shows_its_status_and_reason()
    {
        var missing = Observed(TestCatalogue.CpVisits, null, "2024-25 Q2") with { Status = ObservationStatus.Missing, StatusReason = "not submitted by the agency" };
        var tile = new IndicatorTile(TestCatalogue.CpVisits, missing, ComparatorValue.None("Local measure"), ComparatorValue.None("Local measure"));

        var table = Render<PrioritySectionTable>(p => p.Add(c => c.Section, new PrioritySection(Neglect, [tile])));

        Assert.Contains("missing: not submitted by the agency", table.Find("tr[data-indicator]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Direction_of_travel_is_an_arrow_and_words_judged_by_polarity_and_the_section_counts_open_exceptions()
    {
        var previous = Observed(TestCatalogue.CpVisits, 88.0, "2025-26 Q1");
        var latest = Observed(TestCatalogue.CpVisits, 85.5, "2025-26 Q2");
        var tile = new IndicatorTile(TestCatalogue.CpVisits, latest, ComparatorValue.None("Local measure"), ComparatorValue.None("Local measure"),
            DirectionOfTravel.Of(TestCatalogue.CpVisits, [previous, latest], latest), "concern_low");

        var table = Render<PrioritySectionTable>(p => p.Add(c => c.Section, new PrioritySection(Neglect, [tile], OpenExceptions: 2)));

        var travel = table.Find("[data-testid='travel']");
        Assert.Equal("▼ down 2.5 points on 2025-26 Q1, worse", travel.TextContent.Trim());
        Assert.Contains("travel-worse", travel.ClassName, StringComparison.Ordinal);
        Assert.Equal("true", travel.QuerySelector("span")!.GetAttribute("aria-hidden"));
        Assert.Equal("2 open exceptions", table.Find("[data-testid='open-exceptions']").TextContent);
        Assert.Equal("SPC: special cause, concern", table.Find("[data-testid='variation']").TextContent);
        var icon = table.Find("svg.spc-icon");
        Assert.Equal("true", icon.GetAttribute("aria-hidden"));
        Assert.Contains("spc-icon-concern", icon.GetAttribute("class"), StringComparison.Ordinal);
        Assert.Equal("L", icon.QuerySelector("text")!.TextContent);
    }

    [Fact]
    public void A_rise_where_neither_direction_is_better_is_neutral_and_a_first_figure_has_no_direction()
    {
        var rate = TestCatalogue.CppRate;
        var rise = DirectionOfTravel.Of(rate, [Observed(rate, 40, "2024-25"), Observed(rate, 45.3, "2025-26")], Observed(rate, 45.3, "2025-26"))!;

        Assert.Equal(DirectionOfTravel.Neutral, rise.Judgement);
        Assert.Equal("up 5.3 on 2024-25", rise.Words(rate));
        Assert.Null(DirectionOfTravel.Of(rate, [Observed(rate, 40, "2024-25 Q1"), Observed(rate, 45, "2025-26")], Observed(rate, 45, "2025-26")));
        Assert.Null(DirectionOfTravel.Of(rate, [], null));
    }

    [Fact]
    public void Comparators_carry_their_benchmark_in_words_and_the_quartile_band_links_to_compare_areas()
    {
        var indicator = TestCatalogue.CpVisits with { ComparatorSource = "LAIT" };
        var tile = new IndicatorTile(indicator, Observed(indicator, 80.0, "2025-26 Q2"),
            new ComparatorValue(90, "2024-25", "Average of 10 of 10 neighbours", "worst"), new ComparatorValue(82, "2024-25", null, "none"))
        {
            National = new NationalPosition("2024-25", 81.2, "D", 140, 150, "lowest quarter"),
            Trend = Sparkline.Of([new("2025-26 Q1", 82), new("2025-26 Q2", 80)]),
            OpenExceptions = 1,
            SubmissionId = 42,
        };

        var table = Render<PrioritySectionTable>(p => p.Add(c => c.Section, new PrioritySection(Neglect, [tile])).Add(c => c.AreaCode, "E10000034"));

        var worse = table.Find("[data-testid='neighbours-benchmark']");
        Assert.Equal("significantly worse (99.8%)", worse.TextContent.Trim());
        Assert.Contains("bench-worse", worse.ClassName, StringComparison.Ordinal);
        Assert.Equal("not compared", table.Find("[data-testid='england-benchmark']").TextContent.Trim());
        Assert.StartsWith("Not compared", table.Find("[data-testid='england-benchmark']").GetAttribute("title"), StringComparison.Ordinal);
        var national = table.Find("[data-testid='national']");
        Assert.Equal("/indicators/cp_visits_timely_pct/compare?period=2024-25&area=E10000034", national.GetAttribute("href"));
        Assert.Equal("D rank 140 of 150 local authorities in 2024-25 (81.2%), quartile band D where A is best and D worst: compare areas",
            string.Join(' ', national.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("/indicators/cp_visits_timely_pct?area=E10000034", table.Find("[data-testid='indicator-link']").GetAttribute("href"));
        Assert.Equal("1 open exception", table.Find("[data-testid='tile-exceptions']").TextContent);
        Assert.Equal("/submissions/42", table.Find("[data-testid='submission-link']").GetAttribute("href"));
        Assert.Equal("img", table.Find("[data-testid='sparkline']").GetAttribute("role"));
        Assert.Contains("from 82.0% to 80.0%", table.Find("[data-testid='sparkline']").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_a_caption_and_scoped_headers()
    {
        var table = Render<PrioritySectionTable>(p => p.Add(c => c.Section, new PrioritySection(Neglect, [])));

        Assert.Equal("Recognising neglect.", table.Find("caption").TextContent);
        Assert.All(table.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    private static Observation Observed(Indicator indicator, double? value, string period) => new()
    {
        IndicatorId = indicator.Id,
        AreaCode = "E06000019",
        PeriodKey = period,
        Value = value,
        Source = "demo",
    };
}
