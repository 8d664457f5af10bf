using System.Net;

namespace Safeguarding.Analytics.Browser.Tests;

public class HangfireDashboardTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_job_dashboard_answers_a_request_from_this_machine()
    {
        var response = await session.Api.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
