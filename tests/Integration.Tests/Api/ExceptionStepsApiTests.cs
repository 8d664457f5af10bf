using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>
/// The QA sub-group's challenge and response through the real host, each caller signed in with their own access token:
/// QA assigns, the agency's lead responds, QA closes, and the audit trail keeps all three; other agencies' leads are
/// kept out; refusals come back in words.
/// </summary>
public class ExceptionStepsApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task QA_assigns_the_agency_lead_responds_QA_closes_and_the_audit_trail_keeps_every_step()
    {
        using var qa = host.Factory.CreateClientAs(BoardRoles.QaMember);
        using var csc = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "childrens_social_care");
        var id = await OpenExceptionAsync(qa);
        var detail = await qa.GetFromJsonAsync<JsonElement>($"/api/exceptions/{id}");
        var due = detail.GetProperty("defaultDueDate").GetString();

        Assert.Equal(["assign", "escalate"], detail.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        await TakeAsync(qa, id, new { action = "assign", comment = "Please explain the rise.", agencyId = "childrens_social_care", dueDate = due, stepsSeen = 0 });
        Assert.Equal(["respond"], (await csc.GetFromJsonAsync<JsonElement>($"/api/exceptions/{id}")).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        await TakeAsync(csc, id, new { action = "respond", comment = "Three large sibling groups.", stepsSeen = 1 });
        await TakeAsync(qa, id, new { action = "close", comment = "Response accepted.", stepsSeen = 2 });

        var after = await qa.GetFromJsonAsync<JsonElement>($"/api/exceptions/{id}");
        Assert.Equal("closed", after.GetProperty("exception").GetProperty("qaState").GetString());
        Assert.Equal(3, after.GetProperty("exception").GetProperty("steps").GetInt32());
        var steps = after.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["assign", "respond", "close"], steps.Select(s => s.GetProperty("action").GetString()));
        Assert.StartsWith("agencylead.", steps[1].GetProperty("actor").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("qamember.", steps[0].GetProperty("actor").GetString(), StringComparison.Ordinal);
        var audit = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?action=exception.step&subject=exception:{id}")).EnumerateArray().ToList();
        Assert.Equal(3, audit.Count);
        Assert.Equal(
            [steps[2].GetProperty("actor").GetString(), steps[1].GetProperty("actor").GetString(), steps[0].GetProperty("actor").GetString()],
            audit.Select(e => e.GetProperty("actor").GetString()));
        Assert.Contains("assign to childrens_social_care", audit[2].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_agency_s_lead_cannot_see_or_answer_and_each_role_keeps_to_its_own_steps()
    {
        using var qa = host.Factory.CreateClientAs(BoardRoles.QaMember);
        using var health = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "health");
        using var police = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "police");
        var id = await OpenExceptionAsync(qa);

        var leadAssigning = await police.PostAsJsonAsync($"/api/exceptions/{id}/steps", new { action = "escalate", comment = "Ours to decide?", stepsSeen = 0 });
        var due = (await qa.GetFromJsonAsync<JsonElement>($"/api/exceptions/{id}")).GetProperty("defaultDueDate").GetString();
        await TakeAsync(qa, id, new { action = "assign", comment = "Explain.", agencyId = "police", dueDate = due, stepsSeen = 0 });
        var qaResponding = await qa.PostAsJsonAsync($"/api/exceptions/{id}/steps", new { action = "respond", comment = "On their behalf.", stepsSeen = 1 });
        var healthReading = await health.GetAsync($"/api/exceptions/{id}");
        var healthAnswering = await health.PostAsJsonAsync($"/api/exceptions/{id}/steps", new { action = "respond", comment = "Not ours.", stepsSeen = 1 });
        var healthRegister = await health.GetFromJsonAsync<JsonElement>("/api/exceptions/register?qaState=assigned&assignedAgency=police");
        var policeRegister = await police.GetFromJsonAsync<JsonElement>("/api/exceptions/register?qaState=assigned&assignedAgency=police");

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/exceptions/{id + 100_000}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(police.GetAsync($"/api/exceptions/{await OtherOpenExceptionAsync(qa, id)}")));
        Assert.Equal(HttpStatusCode.NotFound, leadAssigning.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, qaResponding.StatusCode);
        Assert.Contains("Only the lead of the agency", await qaResponding.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, healthReading.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, healthAnswering.StatusCode);
        Assert.Equal(0, healthRegister.GetProperty("total").GetInt32());
        Assert.Contains(policeRegister.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Factory.CreateAnonymousClient().GetAsync($"/api/exceptions/{id}")).StatusCode);
    }

    [Fact]
    public async Task QA_assigning_to_a_lead_s_agency_cannot_be_done_by_the_lead_and_a_step_on_a_changed_exception_is_a_409()
    {
        using var qa = host.Factory.CreateClientAs(BoardRoles.QaMember);
        using var police = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "police");
        var id = await OpenExceptionAsync(qa);
        var due = (await qa.GetFromJsonAsync<JsonElement>($"/api/exceptions/{id}")).GetProperty("defaultDueDate").GetString();
        await TakeAsync(qa, id, new { action = "assign", comment = "Explain.", agencyId = "police", dueDate = due, stepsSeen = 0 });

        var leadAssigning = await police.PostAsJsonAsync($"/api/exceptions/{id}/steps", new { action = "assign", comment = "To health.", agencyId = "health", dueDate = due, stepsSeen = 1 });
        var stale = await qa.PostAsJsonAsync($"/api/exceptions/{id}/steps", new { action = "escalate", comment = "To the board.", stepsSeen = 0 });
        var late = await qa.PostAsJsonAsync($"/api/exceptions/{id}/steps", new { action = "assign", comment = "Later.", agencyId = "police", dueDate = DateTime.UtcNow.AddDays(70).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stepsSeen = 1 });
        var nobody = await qa.PostAsJsonAsync($"/api/exceptions/{id}/steps", new { action = "assign", comment = "Elsewhere.", agencyId = "the_moon", dueDate = due, stepsSeen = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, leadAssigning.StatusCode);
        Assert.Contains("Only a member of the QA sub-group", await leadAssigning.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else has taken a step", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("is not before the next QA meeting on", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Equal(1, (await qa.GetFromJsonAsync<JsonElement>($"/api/exceptions/{id}")).GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task A_comment_meant_as_SQL_or_markup_comes_back_as_the_same_inert_text()
    {
        using var qa = host.Factory.CreateClientAs(BoardRoles.QaMember);
        var id = await OpenExceptionAsync(qa);
        const string Hostile = "'); DROP TABLE exception_steps; -- <script>alert(1)</script> =HYPERLINK(\"http://x\") ' OR '1'='1 Zoë ✓";

        await TakeAsync(qa, id, new { action = "escalate", comment = Hostile, stepsSeen = 0 });

        var step = (await qa.GetFromJsonAsync<JsonElement>($"/api/exceptions/{id}")).GetProperty("steps")[0];
        Assert.Equal(Hostile, step.GetProperty("comment").GetString());
        var audit = Assert.Single((await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?action=exception.step&subject=exception:{id}")).EnumerateArray());
        Assert.EndsWith(Hostile, audit.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_pages_with_a_total_sorts_by_a_named_column_and_refuses_any_other()
    {
        using var qa = host.Factory.CreateClientAs(BoardRoles.QaMember);
        await OpenExceptionAsync(qa);

        var first = await qa.GetFromJsonAsync<JsonElement>("/api/exceptions/register?sort=-lastSeen&take=2");
        var second = await qa.GetFromJsonAsync<JsonElement>("/api/exceptions/register?sort=-lastSeen&take=2&skip=2");
        var all = await qa.GetFromJsonAsync<JsonElement>("/api/exceptions/register?sort=-lastSeen&take=1000");
        var badSort = await qa.GetAsync("/api/exceptions/register?sort=id;DROP TABLE exceptions");

        var total = first.GetProperty("total").GetInt32();
        Assert.True(total >= 3, $"The demo should raise several exceptions, not {total}.");
        Assert.Equal(total, second.GetProperty("total").GetInt32());
        Assert.Equal(
            all.GetProperty("items").EnumerateArray().Take(4).Select(e => e.GetProperty("id").GetInt64()),
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await qa.GetAsync("/api/exceptions/register?qaState=pending")).StatusCode);
        Assert.All(all.GetProperty("items").EnumerateArray(), e => Assert.True(e.TryGetProperty("qaState", out _) && e.TryGetProperty("dueDate", out _)));
    }

    private static async Task<HttpStatusCode> StatusOf(Task<HttpResponseMessage> request) => (await request).StatusCode;

    private static async Task TakeAsync(HttpClient client, long id, object step)
    {
        var response = await client.PostAsJsonAsync($"/api/exceptions/{id}/steps", step);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>An SPC or trend exception no step has touched (the demo's, raised at start); each test takes its own.</summary>
    private static async Task<long> OpenExceptionAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/exceptions/register?qaState=open&kind=spc_concern&sort=-lastSeen&take=1000");
            var untouched = page.GetProperty("items").EnumerateArray().FirstOrDefault(e => e.GetProperty("steps").GetInt32() == 0 && Claim(e.GetProperty("id").GetInt64()));
            if (untouched.ValueKind != JsonValueKind.Undefined)
            {
                return untouched.GetProperty("id").GetInt64();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The demo raised no untouched exception to work on.");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<long> OtherOpenExceptionAsync(HttpClient client, long besides) => await OpenExceptionAsync(client) is var id && id != besides ? id : throw new InvalidOperationException("Claimed twice.");

    private static readonly HashSet<long> Claimed = [];

    private static bool Claim(long id)
    {
        lock (Claimed)
        {
            return Claimed.Add(id);
        }
    }
}
