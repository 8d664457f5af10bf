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

    [Fact]
    public async Task A_board_member_reads_an_spc_flag_on_a_small_count_without_its_mean_limits_or_values_on_the_page_and_in_the_api_and_the_analyst_with_them()
    {
        const string quarter = "2025-26 Q2";
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var boardMember = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        var small = ReturnFiles.Police(quarter).Replace($"repeat_da_pct,E06000019,{quarter},25.0,30,120", $"repeat_da_pct,E06000019,{quarter},75.0,3,4", StringComparison.Ordinal);
        Assert.Equal("loaded", SubmissionPolling.Status(await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(small, agency: "police", period: quarter))));
        var whole = Assert.Single(await WaitForAsync(analyst, $"/api/exceptions?indicator=repeat_da_pct&period={Uri.EscapeDataString(quarter)}&kind=spc_concern"));
        var id = whole.GetProperty("id").GetInt64();
        var evidence = whole.GetProperty("evidence");
        var mean = evidence.GetProperty("mean").GetDouble().ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        var upperLimit = evidence.GetProperty("upperLimit").GetDouble().ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

        var controlled = (await boardMember.GetFromJsonAsync<JsonElement>($"/api/exceptions/{id}")).GetProperty("exception");
        var boardPage = await boardMember.GetStringAsync($"/exceptions/{id}");
        var analystPage = await analyst.GetStringAsync($"/exceptions/{id}");

        Assert.Equal(JsonValueKind.Null, controlled.GetProperty("evidence").ValueKind);
        Assert.DoesNotContain(evidence.GetProperty("mean").GetRawText(), controlled.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("75", controlled.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(upperLimit, boardPage, StringComparison.Ordinal);
        Assert.DoesNotContain(mean, boardPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"evidence-withheld\"", boardPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"exception-evidence\"", boardPage, StringComparison.Ordinal);
        Assert.DoesNotContain("(75", boardPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"exception-evidence\"", analystPage, StringComparison.Ordinal);
        Assert.Contains(mean, analystPage, StringComparison.Ordinal);
        Assert.Contains(upperLimit, analystPage, StringComparison.Ordinal);
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
