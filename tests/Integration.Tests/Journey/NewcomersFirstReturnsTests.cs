using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Headers;
using Npgsql;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Journey;

/// <summary>
/// After a real first start with the demo loaded, every partner agency's lead sends the next two quarters' returns
/// through the API, filled into the agency's own template, and each lands where the board will read it — on the
/// embedded default and on ClickHouse, PostgreSQL and Hangfire.PostgreSql.
/// </summary>
public class NewcomersFirstReturnsTests
{
    [Fact]
    public async Task Every_agency_sends_the_next_two_quarters_onto_the_demo_and_each_lands_on_the_embedded_engines()
    {
        using var factory = new DashboardFactory();
        await SendTheNextTwoQuartersAsync(factory);
    }

    [Fact]
    public async Task Every_agency_sends_the_next_two_quarters_onto_the_demo_and_each_lands_on_ClickHouse_and_PostgreSQL()
    {
        var database = $"journey_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {database}");
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = database, Pooling = false }.ConnectionString;
            using var factory = new DashboardFactory(settings: new Dictionary<string, string?>
            {
                ["Warehouse:Engine"] = "ClickHouse",
                ["Warehouse:ClickHouseDatabase"] = database,
                ["ConnectionStrings:ClickHouse"] = TestServers.ClickHouse,
                ["AppStore:Engine"] = "Postgres",
                ["ConnectionStrings:AppStore"] = postgres,
                ["Hangfire:Storage"] = "Postgres",
                ["ConnectionStrings:Hangfire"] = postgres,
            });
            await SendTheNextTwoQuartersAsync(factory);
        }
        finally
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task SendTheNextTwoQuartersAsync(DashboardFactory factory)
    {
        var journey = new NewcomerJourney(factory.Services, factory.CreateClient());
        await journey.AssertJobsRanWithoutErrorAsync();
        var quarter = (await journey.OverviewQuarterAsync()).Next();
        var agencies = await journey.AgenciesAsync();
        for (var step = 0; step < 2; step++, quarter = quarter.Next())
        {
            var sent = 0;
            foreach (var (agencyId, source) in agencies)
            {
                using var lead = factory.CreateClientAs(BoardRoles.AgencyLead, agencyId);
                var filled = await journey.FillTemplateAsync(lead, agencyId, quarter);
                if (filled.Figures.Count == 0)
                {
                    // An agency whose only figures are annual owes nothing until the year's last quarter.
                    Assert.NotEqual(4, quarter.Quarter);
                    continue;
                }

                var workbook = new ByteArrayContent(filled.ToWorkbook());
                workbook.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                var form = new MultipartFormDataContent { { workbook, "file", $"{agencyId}-{quarter.Key}.xlsx" } };
                var answer = await SubmissionPolling.SendAndWaitAsync(lead, form);

                Assert.True(SubmissionPolling.Status(answer) == "loaded", $"{agencyId} {quarter.Key} ({NewcomerJourney.Describe(filled)}): {answer}");
                Assert.DoesNotContain(answer.GetProperty("problems").EnumerateArray(), p => p.GetProperty("severity").GetString() == "error");
                foreach (var figure in filled.Figures)
                {
                    await journey.AssertInSeriesAsync(figure, source);
                }

                await journey.AssertOnIndicatorPageAsync(filled.Figures[0]);
                sent++;
            }

            Assert.True(sent >= 5, $"only {sent} agencies owed figures for {quarter.Key}");
            await journey.AssertJobsRanWithoutErrorAsync();
            Assert.Equal(quarter, await journey.OverviewQuarterAsync());
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var admin = NpgsqlDataSource.Create(TestServers.Postgres);
        await using var command = admin.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
