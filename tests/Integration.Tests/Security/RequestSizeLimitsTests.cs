using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>
/// Request bodies are capped at 1 MB except for a return upload, which has the return limit: a body over the cap is
/// refused with 413 whether it declares its length or not, and nothing is stored.
/// </summary>
public class RequestSizeLimitsTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    /// <summary>A JSON body of about 2 MB that the trend calculator would otherwise read: two hundred thousand values.</summary>
    internal static string OversizedTrendRequest() =>
        "{\"values\":[" + string.Join(',', Enumerable.Range(0, 200_000).Select(i => "1.0000001")) + "]}";

    [Fact]
    public async Task An_oversized_json_body_is_refused_with_413_before_it_is_read()
    {
        using var client = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var body = new StringContent(OversizedTrendRequest(), Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/methods/trend", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("larger than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task An_oversized_sign_in_form_is_refused_with_413_and_no_attempt_is_recorded()
    {
        using var local = LocalAdmin();
        var userName = host.Factory.CreateAccount(BoardRoles.BoardMember);
        using var anonymous = host.Factory.CreateAnonymousClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = userName, ["password"] = new string('p', 2_000_000) });

        var response = await anonymous.PostAsync("/account/sign-in", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await local.GetFromJsonAsync<JsonElement>($"/api/audit?subject=account:{userName}")).GetArrayLength());
    }

    [Fact]
    public async Task A_return_larger_than_the_general_cap_is_still_accepted_for_processing()
    {
        var rows = new StringBuilder(ReturnFiles.Police("2022-23 Q2"));
        while (rows.Length < 1_500_000)
        {
            rows.Append("repeat_da_pct,E06000019,2022-23 Q2,25.0,30,120,final,\n");
        }

        var response = await host.Client.PostAsync("/api/returns", ReturnFiles.Form(rows.ToString(), "long_police.csv"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>An administrator on this machine, who may read the audit trail.</summary>
    private HttpClient LocalAdmin()
    {
        var server = host.Factory.Server;
        var local = new HttpClient(server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Loopback)) { BaseAddress = server.BaseAddress };
        local.DefaultRequestHeaders.Authorization = new("Bearer", host.Factory.IssueToken(host.Factory.CreateAccount(BoardRoles.Admin)));
        return local;
    }
}
