using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Dashboard.Tests.Overview;

public class SparklineAndAttentionTests
{
    [Fact]
    public void A_sparkline_puts_the_highest_figure_at_the_top_and_says_what_it_shows()
    {
        var line = Sparkline.Of([new("2024-25 Q1", 10), new("2024-25 Q2", 20), new("2024-25 Q3", 15)])!;

        Assert.Equal([(3.0, 25.0), (48.0, 3.0), (93.0, 14.0)], line.Coordinates());
        Assert.Equal("3,25 48,3 93,14", line.PolylinePoints());
        Assert.Equal("2024-25 Q1 to 2024-25 Q3: from 10.0% to 15.0%; lowest 10.0%, highest 20.0%", line.Describe(TestCatalogue.CpVisits));
    }

    [Fact]
    public void A_flat_line_sits_in_the_middle_and_one_figure_is_no_line()
    {
        var flat = Sparkline.Of([new("2024-25", 5), new("2025-26", 5)])!;

        Assert.All(flat.Coordinates(), c => Assert.Equal(Sparkline.Height / 2, c.Y));
        Assert.Null(Sparkline.Of([new("2024-25", 5)]));
        Assert.Equal(Sparkline.Length, Sparkline.Of(Enumerable.Range(0, 12).Select(i => new SparkPoint($"p{i}", i)))!.Points.Count);
    }

    [Fact]
    public void Exceptions_outweigh_a_worse_benchmark_which_outweighs_an_spc_concern_and_a_worse_change()
    {
        var plain = Tile();
        var worseTravel = Tile() with { Travel = new DirectionOfTravel(-1, "2025-26 Q1", DirectionOfTravel.Worse) };
        var concern = Tile() with { Variation = "concern_low" };
        var worse = Tile() with { England = new ComparatorValue(1, "2024-25", null, "worst") };
        var flagged = Tile() with { OpenExceptions = 1 };

        Assert.Equal([0, 1, 5, 10, 100], new[] { plain, worseTravel, concern, worse, flagged }.Select(Attention.Of));
    }

    [Fact]
    public void Sorting_by_attention_puts_priorities_with_exceptions_first_and_keeps_the_board_s_order_on_ties()
    {
        var calm = new PrioritySection(TestCatalogue.DomesticAbuse, [Tile()]);
        var noticed = new PrioritySection(TestCatalogue.DomesticAbuse with { Id = "noticed" }, [Tile(), Tile() with { Variation = "concern_high" }]);
        var flagged = new PrioritySection(TestCatalogue.Neglect, [Tile(), Tile() with { OpenExceptions = 3 }], OpenExceptions: 3);
        var alsoCalm = new PrioritySection(TestCatalogue.Neglect with { Id = "also_calm" }, [Tile()]);

        var ordered = Attention.Order([calm, noticed, flagged, alsoCalm]);

        Assert.Equal(["neglect", "noticed", "domestic_abuse", "also_calm"], ordered.Select(s => s.Priority.Id));
        Assert.Equal(3, ordered[0].Tiles[0].OpenExceptions); // within a priority, the flagged indicator first
    }

    private static IndicatorTile Tile() =>
        new(TestCatalogue.CpVisits, null, ComparatorValue.None("Local measure"), ComparatorValue.None("Local measure"));
}
