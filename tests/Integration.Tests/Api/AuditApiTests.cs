using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>The audit trail through the real host: what a return's journey leaves in it, and its CSV export.</summary>
public class AuditApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task A_returns_receipt_load_and_download_are_in_the_audit_trail()
    {
        var (analyst, sender) = LocalClient(BoardRoles.Analyst);
        var (local, admin) = LocalClient(BoardRoles.Admin);
        var detail = await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(ReturnFiles.Police("2023-24 Q4")));
        var id = detail.GetProperty("submission").GetProperty("id").GetInt64();
        Assert.Equal("loaded", SubmissionPolling.Status(detail));
        (await local.GetAsync($"/api/submissions/{id}/file")).EnsureSuccessStatusCode();

        var events = await WaitForAsync(local, $"/api/audit?subject=submission:{id}", 3);

        Assert.Equal(["submission.file.downloaded", "return.loaded", "return.received"], events.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal([admin, "system", sender], events.Select(e => e.GetProperty("actor").GetString()));
        Assert.Equal("127.0.0.1", events[0].GetProperty("clientAddress").GetString());
        Assert.Contains("police.csv", events[2].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("5 rows, 0 errors", events[1].GetProperty("detail").GetString(), StringComparison.Ordinal);
        var loadedOnly = await local.GetFromJsonAsync<JsonElement>($"/api/audit?action=return.loaded&subject=submission:{id}");
        Assert.Single(loadedOnly.EnumerateArray());
    }

    [Fact]
    public async Task The_csv_export_neutralises_a_formula_looking_cell()
    {
        var (local, _) = LocalClient(BoardRoles.Admin);
        var (analyst, sender) = LocalClient(BoardRoles.Analyst);
        var detail = await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(ReturnFiles.Police("2023-24 Q3"), "=SUM(A1,A2).csv"));
        var id = detail.GetProperty("submission").GetProperty("id").GetInt64();
        await WaitForAsync(local, $"/api/audit?subject=submission:{id}", 2);

        var response = await local.GetAsync($"/api/audit.csv?subject=submission:{id}&action=return.received");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at_utc,actor,action,subject_type,subject_id,detail,client_address", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.Contains($",{sender},return.received,submission,{id},\"'=SUM(A1,A2).csv (csv,", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparators_loaded_at_start_up_and_the_register_reconciled_after_are_the_services_own_actions()
    {
        var (local, _) = LocalClient(BoardRoles.Admin);

        var comparator = Assert.Single(await WaitForAsync(local, "/api/audit?action=comparator.loaded", 1));
        var reconciled = await WaitForAsync(local, "/api/audit?action=exceptions.reconciled&subject=area:E06000019", 1);

        Assert.Equal(("system", "comparator"), (comparator.GetProperty("actor").GetString(), comparator.GetProperty("subjectType").GetString()));
        Assert.StartsWith("lait", comparator.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(reconciled);
        Assert.All(reconciled, e => Assert.Equal("system", e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task The_audit_page_shows_an_administrator_the_filtered_trail_with_its_export_link()
    {
        var (admin, _) = LocalClient(BoardRoles.Admin);

        var html = await admin.GetStringAsync("/admin/audit?action=comparator.loaded");

        Assert.Contains("data-action=\"comparator.loaded\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"account.token_issued\"", html, StringComparison.Ordinal);
        Assert.Contains("/api/audit.csv?action=comparator.loaded&amp;limit=1000", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_audit_trail_on_its_page_and_api_and_exporting_it_are_themselves_in_it()
    {
        var (admin, userName) = LocalClient(BoardRoles.Admin);

        (await admin.GetAsync("/api/audit?action=comparator.loaded")).EnsureSuccessStatusCode();
        (await admin.GetAsync("/api/audit.csv?subject=submission:999999&limit=20")).EnsureSuccessStatusCode();
        (await admin.GetAsync("/admin/audit?from=2025-07-01&actor=nobody.here")).EnsureSuccessStatusCode();

        var reads = (await admin.GetFromJsonAsync<JsonElement>($"/api/audit?actor={userName}&subject=audit")).EnumerateArray().ToList();

        Assert.Equal(["audit.read", "audit.exported", "audit.read"], reads.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(["page", "csv", "api"], reads.Select(e => e.GetProperty("subjectId").GetString()));
        Assert.All(reads, e => Assert.Equal("127.0.0.1", e.GetProperty("clientAddress").GetString()));
        Assert.Equal("from 2025-07-01T00:00:00Z, actor nobody.here, limit 1000; 0 events", reads[0].GetProperty("detail").GetString());
        Assert.Equal("subject submission:999999, limit 20; 0 events", reads[1].GetProperty("detail").GetString());
        Assert.StartsWith("action comparator.loaded, limit 500; ", reads[2].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_filtered_by_control_characters_is_recorded_with_them_written_out()
    {
        var (admin, userName) = LocalClient(BoardRoles.Admin);

        (await admin.GetAsync("/api/audit?actor=before%00after%0Aline")).EnsureSuccessStatusCode();

        var read = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/audit?actor={userName}&action=audit.read")).EnumerateArray());
        Assert.Equal("actor before\\u0000after\\u000aline, limit 500; 0 events", read.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_audit_trail_is_for_administrators_only()
    {
        using var anonymous = host.Factory.CreateAnonymousClient();
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        foreach (var url in new[] { "/api/audit", "/api/audit.csv" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync(url)).StatusCode);
        }

        var (admin, _) = LocalClient(BoardRoles.Admin);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/audit?action=return.deleted")).StatusCode);
    }

    /// <summary>A client acting as a new account in the role, whose requests come from this machine's loopback address; and its user name.</summary>
    private (HttpClient Client, string UserName) LocalClient(string role)
    {
        var server = host.Factory.Server;
        var userName = host.Factory.CreateAccount(role);
        var client = new HttpClient(server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Loopback)) { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Factory.IssueToken(userName));
        return (client, userName);
    }

    /// <summary>The job records a load just after the submission shows it, so the trail is read until it has caught up.</summary>
    private static async Task<List<JsonElement>> WaitForAsync(HttpClient client, string url, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var events = (await client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();
            if (events.Count >= count || DateTime.UtcNow > deadline)
            {
                return events;
            }

            await Task.Delay(100);
        }
    }
}
