using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Warehouse.Records;
using static Safeguarding.Analytics.Ingest.Tests.Records.RecordFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Records;

public sealed class RecordFileReaderTests
{
    private const string IncidentHeader = "incident_id,victim_id,perpetrator_id,incident_date,area_code,risk_level,marac_referral";

    private static string Incident(int n, string date = "2024-05-01", string area = "E06000019", string risk = "high", string marac = "1") =>
        $"{Id(n)},{Id(1000 + n)},{Id(2000 + n)},{date},{area},{risk},{marac}";

    [Fact]
    public void A_good_incidents_file_gives_every_incident()
    {
        var file = Csv($"{IncidentHeader}\r\n{Incident(1)}\r\n{Incident(2, "2023-12-31", "E08000025", "standard", "0")}\r\n");

        var incidents = Reader().ReadIncidents("incidents.csv", file).ToList();

        Assert.Equal(
            [
                new DomesticAbuseIncident(Id(1), Id(1001), Id(2001), new DateOnly(2024, 5, 1), "E06000019", RiskLevel.High, true),
                new DomesticAbuseIncident(Id(2), Id(1002), Id(2002), new DateOnly(2023, 12, 31), "E08000025", RiskLevel.Standard, false),
            ],
            incidents);
    }

    [Fact]
    public void Columns_in_another_order_with_a_byte_order_mark_quotes_and_other_flag_words_are_read()
    {
        var file = Csv(
            "\"marac_referral\",area_code,risk_level,incident_date,perpetrator_id,victim_id,incident_id\n" +
            $"true,\"E06000019\",Medium,2024-05-01,{Id(3)},\"{Id(2)}\",{Id(1)}\n" +
            $"n,884, \"standard\" ,2024-05-02,{Id(3)},{Id(2)},{Id(4)}\n",
            bom: true);

        var incidents = Reader().ReadIncidents("reordered.csv", file).ToList();

        Assert.Equal(2, incidents.Count);
        Assert.Equal(new DomesticAbuseIncident(Id(1), Id(2), Id(3), new DateOnly(2024, 5, 1), "E06000019", RiskLevel.Medium, true), incidents[0]);
        Assert.Equal("E06000019", incidents[1].AreaCode);
        Assert.False(incidents[1].MaracReferral);
    }

    [Fact]
    public void A_quoted_value_may_hold_commas_doubled_quotes_and_line_breaks()
    {
        var file = Csv("area_code,mid_year,aged_10_to_17,\"odd,\"\"name\"\"\nhere\"\n");

        var refused = Assert.Throws<RecordFileException>(() => Reader().ReadPopulation("population.csv", file).ToList());

        Assert.Contains("column 'odd,\"name\"\nhere' is not part of the child population feed", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("incident_id", "Jane Smith", "is not a pseudonymised id")]
    [InlineData("victim_id", "jane@example.org", "is not a pseudonymised id")]
    [InlineData("perpetrator_id", "ABCDEF0123456789", "is not a pseudonymised id")]
    [InlineData("victim_id", "0123456789abcde", "is not a pseudonymised id")]
    [InlineData("incident_date", "01/05/2024", "'01/05/2024' is not a date written yyyy-MM-dd")]
    [InlineData("incident_date", "2024-02-30", "'2024-02-30' is not a date written yyyy-MM-dd")]
    [InlineData("incident_date", "2025-07-01", "'2025-07-01' is in the future")]
    [InlineData("incident_date", "1999-12-31", "'1999-12-31' is before 2000")]
    [InlineData("area_code", "E12000001", "'E12000001' is not the code of a local authority")]
    [InlineData("area_code", "", "an empty cell is not the code of a local authority")]
    [InlineData("risk_level", "severe", "'severe' is not a risk level: standard, medium or high")]
    [InlineData("marac_referral", "2", "'2' is not 1 or 0")]
    public void A_bad_incident_cell_is_named_by_file_row_and_column(string column, string value, string message)
    {
        var good = Incident(2).Split(',');
        var bad = Incident(3).Split(',');
        bad[IndexOf(column)] = value;
        var file = Csv($"{IncidentHeader}\n{Incident(1)}\n{string.Join(',', bad)}\n{string.Join(',', good)}\n");

        var read = new List<DomesticAbuseIncident>();
        var refused = Assert.Throws<RecordFileException>(() => read.AddRange(Reader().ReadIncidents("police.csv", file)));

        Assert.Equal([Id(1), Id(2)], read.Select(i => i.IncidentId));
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(new RecordProblem(3, column, problem.Message), problem);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Contains($"police.csv row 3, column '{column}': ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value.Contains('@') || value.Contains(' ') ? value : "\0", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("age_at_outcome", "fifteen", "'fifteen' is not a whole number")]
    [InlineData("age_at_outcome", "121", "121 is outside 0–120")]
    [InlineData("outcome_type", "caution", "'caution' is not an outcome type: youth_caution, youth_conditional_caution, court_sentence, community_resolution")]
    [InlineData("outcome_date", "2024-13-01", "'2024-13-01' is not a date")]
    public void A_bad_outcome_cell_is_named(string column, string value, string message)
    {
        var columns = RecordFeedFormats.OutcomeColumns.ToList();
        string[] row = [Id(7), "15", "2024-04-02", "youth_caution", "E06000019"];
        row[columns.IndexOf(column)] = value;
        var file = Csv($"{string.Join(',', columns)}\n{string.Join(',', row)}\n");

        var refused = Assert.Throws<RecordFileException>(() => Reader().ReadOutcomes("yjs.csv", file).ToList());

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((2L, column), (problem.Row, problem.Column));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("yjs.csv was not loaded: 1 problem found.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_outcomes_file_and_population_file_are_read()
    {
        var outcomes = Reader().ReadOutcomes("yjs.csv", Csv($"person_id,age_at_outcome,outcome_date,outcome_type,area_code\n{Id(9)},17,2024-04-02,COURT_SENTENCE,E06000019\n")).ToList();
        var population = Reader().ReadPopulation("pop.csv", Csv("area_code,mid_year,aged_10_to_17\nE06000019,2024,18250\n")).ToList();

        Assert.Equal([new YouthJusticeOutcome(Id(9), 17, new DateOnly(2024, 4, 2), OutcomeType.CourtSentence, "E06000019")], outcomes);
        Assert.Equal([new ChildPopulation("E06000019", 2024, 18250)], population);
    }

    [Theory]
    [InlineData("mid_year", "1999", "1999 is outside 2000–2100")]
    [InlineData("aged_10_to_17", "-1", "-1 is below 0")]
    [InlineData("aged_10_to_17", "12.5", "'12.5' is not a whole number")]
    public void A_bad_population_cell_is_named(string column, string value, string message)
    {
        string[] row = ["E06000019", "2024", "18250"];
        row[RecordFeedFormats.PopulationColumns.ToList().IndexOf(column)] = value;

        var refused = Assert.Throws<RecordFileException>(() => Reader().ReadPopulation("pop.csv", Csv($"area_code,mid_year,aged_10_to_17\n{string.Join(',', row)}\n")).ToList());

        Assert.Equal(new RecordProblem(2, column, message + "."), Assert.Single(refused.Problems));
    }

    [Fact]
    public void A_column_that_is_not_part_of_the_feed_is_refused_by_name_before_any_row()
    {
        var file = Csv($"{IncidentHeader},date_of_birth\n{Incident(1)},1990-01-01\n");

        var refused = Assert.Throws<RecordFileException>(() => Reader().ReadIncidents("police.csv", file).ToList());

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(1, problem.Row);
        Assert.StartsWith("column 'date_of_birth' is not part of the domestic abuse incidents feed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_and_an_empty_file_are_refused()
    {
        var missing = Assert.Throws<RecordFileException>(() => Reader().ReadPopulation("pop.csv", Csv("area_code,aged_10_to_17\n")).ToList());
        var empty = Assert.Throws<RecordFileException>(() => Reader().ReadPopulation("pop.csv", Csv("")).ToList());

        Assert.Equal(new RecordProblem(1, "mid_year", "column 'mid_year' is missing from the header."), Assert.Single(missing.Problems));
        Assert.StartsWith("the file is empty", Assert.Single(empty.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_few_values_and_an_unclosed_quote_are_problems_of_the_row()
    {
        var file = Csv($"{IncidentHeader}\n{Incident(1)}\n{Id(2)},{Id(3)}\n{Incident(4)}\n\"{Id(5)},");

        var refused = Assert.Throws<RecordFileException>(() => Reader().ReadIncidents("police.csv", file).ToList());

        Assert.Equal(
            [new RecordProblem(3, "", "the row has 2 values; the header has 7 columns."), new RecordProblem(5, "", "a quoted value is never closed. Reading stopped here.")],
            refused.Problems);
    }

    [Fact]
    public void A_blank_line_between_rows_is_a_problem_of_its_line_but_blank_lines_at_the_end_are_not()
    {
        var inside = Csv($"{IncidentHeader}\n{Incident(1)}\n\r\n\n{Incident(2)}\n");
        var atTheEnd = Csv($"{IncidentHeader}\n{Incident(1)}\n{Incident(2)}\n\n\r\n");

        var refused = Assert.Throws<RecordFileException>(() => Reader().ReadIncidents("police.csv", inside).ToList());

        // Row numbers stay those of the file: the store names a load's rows by their place from row 2 on.
        Assert.Equal(new RecordProblem(3, "", "the line is blank: a record feed has no blank lines between its rows (only at its end)."), Assert.Single(refused.Problems));
        Assert.Equal(2, Reader().ReadIncidents("police.csv", atTheEnd).Count());
    }

    [Fact]
    public void The_first_hundred_problems_are_kept_and_every_one_is_counted()
    {
        var rows = string.Join('\n', Enumerable.Range(1, 250).Select(n => Incident(n, risk: "none")));

        var refused = Assert.Throws<RecordFileException>(() => Reader().ReadIncidents("police.csv", Csv($"{IncidentHeader}\n{rows}\n")).ToList());

        Assert.Equal(250, refused.ProblemCount);
        Assert.Equal(100, refused.Problems.Count);
        Assert.EndsWith("… and 150 more not listed.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_buffer_streams_through_every_row()
    {
        var rows = string.Join('\n', Enumerable.Range(1, 40_000).Select(n => Incident(n, marac: n % 10 == 0 ? "1" : "0")));

        var incidents = Reader().ReadIncidents("police.csv", Csv($"{IncidentHeader}\n{rows}")).ToList();

        Assert.Equal(40_000, incidents.Count);
        Assert.Equal(4_000, incidents.Count(i => i.MaracReferral));
        Assert.Equal(Id(40_000), incidents[^1].IncidentId);
    }

    [Theory]
    [InlineData("incident_id,victim_id", RecordFeed.DomesticAbuseIncidents)]
    [InlineData("\uFEFF\"person_id\",OUTCOME_TYPE", RecordFeed.YouthJusticeOutcomes)]
    [InlineData("area_code,mid_year,aged_10_to_17", RecordFeed.ChildPopulation)]
    [InlineData("indicator_id,area_code,period", null)]
    public void A_feed_is_recognised_by_its_header(string header, RecordFeed? feed) =>
        Assert.Equal(feed, RecordFeedFormats.Recognise(header));

    private static int IndexOf(string column) => RecordFeedFormats.IncidentColumns.ToList().IndexOf(column);
}
