using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests;

/// <summary>
/// The job dashboard is for analysts and administrators: nobody signed in is sent to sign in, other roles are refused;
/// each command sent from it is in the audit trail with who sent it, from where, and each job's id.
/// </summary>
public partial class HangfireDashboardTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task The_job_dashboard_sends_nobody_to_sign_in_and_refuses_a_board_member()
    {
        using var anonymous = host.Factory.CreateAnonymousClient();
        var response = await anonymous.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var boardMember = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardMember.GetAsync("/hangfire")).StatusCode);
    }

    [Theory]
    [InlineData(BoardRoles.Analyst)]
    [InlineData(BoardRoles.Admin)]
    public async Task The_job_dashboard_opens_for_analysts_and_administrators(string role)
    {
        using var client = host.Factory.CreateClientAs(role);
        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire Dashboard", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_requeueing_and_deleting_jobs_from_the_dashboard_are_audited_with_who_where_and_the_job()
    {
        var analyst = host.Factory.CreateAccount(BoardRoles.Analyst);
        var from = IPAddress.Parse("192.0.2.61");
        using var browser = SignInForm.Client(host.Factory.Server, from);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(browser, analyst, DashboardFactory.Password)).StatusCode);
        var jobs = host.Factory.Services.GetRequiredService<IBackgroundJobClient>();
        var toDelete = jobs.Schedule<InboxWatchJob>(job => job.RunAsync(CancellationToken.None), TimeSpan.FromDays(1));
        var toRequeue = jobs.Schedule<InboxWatchJob>(job => job.RunAsync(CancellationToken.None), TimeSpan.FromDays(1));
        var (header, token) = await DashboardTokenAsync(browser);

        Assert.Equal(HttpStatusCode.NoContent, (await CommandAsync(browser, "/hangfire/recurring/trigger", header, token, "inbox-watch")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await CommandAsync(browser, "/hangfire/jobs/scheduled/delete", header, token, toDelete)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await CommandAsync(browser, $"/hangfire/jobs/actions/requeue/{toRequeue}", header, token)).StatusCode);

        var triggered = Assert.Single(await AuditAsync($"action=job.triggered&actor={analyst}"));
        Assert.Equal(("job", "inbox-watch", "192.0.2.61"), Subject(triggered));
        Assert.Equal(("job", toDelete, "192.0.2.61"), Subject(Assert.Single(await AuditAsync($"action=job.deleted&actor={analyst}"))));
        Assert.Equal(("job", toRequeue, "192.0.2.61"), Subject(Assert.Single(await AuditAsync($"action=job.requeued&actor={analyst}"))));
        Assert.Contains("run now from the job dashboard", triggered.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dashboard_command_without_its_antiforgery_token_and_the_dashboards_own_polling_are_not_recorded()
    {
        var analyst = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var browser = SignInForm.Client(host.Factory.Server, IPAddress.Parse("192.0.2.62"));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(browser, analyst, DashboardFactory.Password)).StatusCode);
        var (header, token) = await DashboardTokenAsync(browser);

        var refused = await CommandAsync(browser, "/hangfire/recurring/trigger", "X-No-Token", "none", "inbox-watch");
        Assert.InRange((int)refused.StatusCode, 400, 499);
        using var stats = new FormUrlEncodedContent([new("metrics[]", "enqueued:count")]);
        stats.Headers.Add(header, token);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync("/hangfire/stats", stats)).StatusCode);

        Assert.Empty(await AuditAsync($"actor={analyst}&subject=job"));
    }

    private static async Task<(string Header, string Token)> DashboardTokenAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/hangfire/recurring");
        return (WebUtility.HtmlDecode(CsrfHeader().Match(page).Groups[1].Value), WebUtility.HtmlDecode(CsrfToken().Match(page).Groups[1].Value));
    }

    /// <summary>Sends a command as the dashboard's own script does: the antiforgery token in its header, the job ids in the form.</summary>
    private static async Task<HttpResponseMessage> CommandAsync(HttpClient browser, string path, string header, string token, params string[] jobIds)
    {
        using var form = new FormUrlEncodedContent(jobIds.Select(id => new KeyValuePair<string, string>("jobs[]", id)));
        form.Headers.Add(header, token);
        return await browser.PostAsync(path, form);
    }

    private async Task<List<JsonElement>> AuditAsync(string query) =>
        (await host.Client.GetFromJsonAsync<JsonElement>("/api/audit?" + query)).EnumerateArray().ToList();

    private static (string?, string?, string?) Subject(JsonElement e) =>
        (e.GetProperty("subjectType").GetString(), e.GetProperty("subjectId").GetString(), e.GetProperty("clientAddress").GetString());

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
