using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure;

/// <summary>
/// An exception raised on a figure built on a small count carries that figure in its summary and evidence: through the
/// API, everyone but the analyst gets the flag without them, with the reason, in the list, the register and the detail.
/// </summary>
public class ExceptionDisclosureTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Quarter = "2025-26 Q3";

    [Fact]
    public async Task A_flag_on_three_victims_of_four_leaves_without_its_figures_for_a_qa_member()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var qaMember = host.Factory.CreateClientAs(BoardRoles.QaMember);
        var small = ReturnFiles.Police(Quarter).Replace($"repeat_da_pct,E06000019,{Quarter},25.0,30,120", $"repeat_da_pct,E06000019,{Quarter},75.0,3,4", StringComparison.Ordinal);
        Assert.Equal("loaded", SubmissionPolling.Status(await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(small, agency: "police", period: Quarter))));
        var query = $"/api/exceptions?indicator=repeat_da_pct&period={Uri.EscapeDataString(Quarter)}&kind=spc_concern";

        var whole = Assert.Single(await WaitForAsync(analyst, query));
        var controlled = Assert.Single((await qaMember.GetFromJsonAsync<JsonElement>(query)).EnumerateArray());
        var register = (await qaMember.GetFromJsonAsync<JsonElement>($"/api/exceptions/register?indicator=repeat_da_pct&period={Uri.EscapeDataString(Quarter)}"))
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == whole.GetProperty("id").GetInt64());
        var detail = (await qaMember.GetFromJsonAsync<JsonElement>($"/api/exceptions/{whole.GetProperty("id").GetInt64()}")).GetProperty("exception");

        Assert.Equal(75.0, whole.GetProperty("evidence").GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("suppressed").ValueKind);
        foreach (var flag in new[] { controlled, register, detail })
        {
            Assert.Equal(JsonValueKind.Null, flag.GetProperty("evidence").ValueKind);
            Assert.DoesNotContain("75", flag.GetProperty("summary").GetString(), StringComparison.Ordinal);
            Assert.Contains("fewer than 6", flag.GetProperty("suppressed").GetString(), StringComparison.Ordinal);
            Assert.Equal("open", flag.GetProperty("status").GetString());
        }
    }

    private static async Task<List<JsonElement>> WaitForAsync(HttpClient client, string query)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<JsonElement> flags;
        do
        {
            flags = (await client.GetFromJsonAsync<JsonElement>(query)).EnumerateArray().ToList();
            if (flags.Count > 0)
            {
                return flags;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        return flags;
    }
}
