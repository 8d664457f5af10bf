using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>An agency lead sends, sees and downloads their own agency's returns only: another agency's are not there for them.</summary>
public class AgencyIsolationTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task Another_agencys_return_is_not_there_for_an_agency_lead()
    {
        using var police = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "police");
        using var health = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "health");
        var detail = await SubmissionPolling.SendAndWaitAsync(police, ReturnFiles.Form(ReturnFiles.Police("2023-24 Q2")));
        var id = detail.GetProperty("submission").GetProperty("id").GetInt64();

        Assert.Equal("police", detail.GetProperty("submission").GetProperty("agency").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/submissions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/submissions/{id}/file")).StatusCode);
        Assert.DoesNotContain(await ListAsync(health, "/api/submissions"), s => s.GetProperty("id").GetInt64() == id);
        Assert.Empty(await ListAsync(health, "/api/submissions?agency=police"));
        Assert.Contains(await ListAsync(police, "/api/submissions"), s => s.GetProperty("id").GetInt64() == id);
        Assert.All(await ListAsync(police, "/api/submissions"), s => Assert.Equal("police", s.GetProperty("agency").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/api/submissions/{id}/file")).StatusCode);
    }

    [Fact]
    public async Task The_file_as_received_goes_to_analysts_and_its_agency_not_to_the_qa_sub_group_or_board_members()
    {
        using var police = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "police");
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var qaMember = host.Factory.CreateClientAs(BoardRoles.QaMember);
        var detail = await SubmissionPolling.SendAndWaitAsync(police, ReturnFiles.Form(ReturnFiles.Police("2023-24 Q3")));
        var id = detail.GetProperty("submission").GetProperty("id").GetInt64();

        var refused = await qaMember.GetAsync($"/api/submissions/{id}/file");
        // Refused by the route's policy (only those who send returns take a file back); the submission's page says why.
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await qaMember.GetAsync($"/api/submissions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/submissions/{id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/api/submissions/{id}/file")).StatusCode);
    }

    [Fact]
    public async Task An_agency_lead_cannot_send_another_agencys_return_or_take_its_template()
    {
        using var health = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "health");

        var refused = await health.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Police("2023-24 Q1"), agency: "police"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await health.GetAsync("/api/returns/template?agency=police&period=2024-25%20Q1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await health.GetAsync("/api/returns/template?period=2024-25%20Q1")).StatusCode);
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();
}
