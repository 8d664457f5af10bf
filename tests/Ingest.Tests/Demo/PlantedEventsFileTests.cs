using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

public sealed class PlantedEventsFileTests
{
    private const string Header = "id,indicator_id,kind,first_period,last_period,magnitude,description,note";

    [Fact]
    public void The_demo_file_plants_every_kind_of_event_on_quarterly_indicators()
    {
        var events = DemoTestData.Events;
        var quarterly = DemoTestData.Quarterly.Select(i => i.Id).ToHashSet();

        Assert.Equal(Enum.GetValues<PlantedEventKind>().ToHashSet(), events.Select(e => e.Kind).ToHashSet());
        Assert.All(events, e => Assert.Contains(e.IndicatorId, quarterly));
    }

    [Fact]
    public void A_row_is_read_with_its_periods_and_magnitude()
    {
        var events = PlantedEventsFile.Read(new StringReader($"{Header}\nE1,contacts_24h_pct,stepchange,2023-24 Q3,2025-26 Q2,-12,drop\n"), "events.csv");

        var step = Assert.Single(events);
        Assert.Equal(PlantedEventKind.StepChange, step.Kind);
        Assert.Equal("2023-24 Q3", step.FirstPeriod.Key);
        Assert.Equal("2025-26 Q2", step.LastPeriod.Key);
        Assert.Equal(-12, step.Magnitude);
    }

    [Theory]
    [InlineData("E1,x,Spike,2023-24 Q3,2023-24 Q3,1,d", "kind", "'Spike' is not one of StepChange")]
    [InlineData("E1,x,1,2023-24 Q3,2023-24 Q3,1,d", "kind", "'1' is not one of")]
    [InlineData("E1,x,Outlier,2023-24,2023-24 Q3,1,d", "first_period", "not a financial quarter")]
    [InlineData("E1,x,Outlier,2023-24 Q3,2023-24 Q1,1,d", "last_period", "is before the first period")]
    [InlineData("E1,x,Outlier,2023-24 Q3,2023-24 Q3,lots,d", "magnitude", "'lots' is not a number")]
    public void A_bad_cell_is_reported_with_file_row_and_column(string row, string column, string problem)
    {
        var text = $"{Header}\nE0,x,Outlier,2023-24 Q3,2023-24 Q3,1,fine\n{row}\n";

        var error = Assert.Throws<CsvDataException>(() => PlantedEventsFile.Read(new StringReader(text), "planted_events.csv"));

        Assert.Equal("planted_events.csv", error.FileName);
        Assert.Equal(3, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"planted_events.csv, row 3, column '{column}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_row()
    {
        var error = Assert.Throws<CsvDataException>(() => PlantedEventsFile.Read(new StringReader("id,indicator_id\nE1,x\n"), "events.csv"));

        Assert.Equal(1, error.Row);
        Assert.Equal("kind", error.Column);
    }
}
