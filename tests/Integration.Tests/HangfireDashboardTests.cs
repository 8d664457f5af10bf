using System.Net;

namespace Safeguarding.Analytics.Integration.Tests;

public class HangfireDashboardTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task The_job_dashboard_refuses_a_request_that_is_not_local()
    {
        // The in-process test server gives requests no remote address, so they cannot be proven local.
        var response = await host.Client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
