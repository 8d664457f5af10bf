using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests;

/// <summary>The job dashboard is for analysts and administrators: nobody signed in is sent to sign in, other roles are refused.</summary>
public class HangfireDashboardTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
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
}
