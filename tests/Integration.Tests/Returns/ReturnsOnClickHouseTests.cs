using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Tests.Support;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// Returns whose agency and quarter are named when sent are checked and loaded in one pass on ClickHouse, each row
/// numbered as the next version of its figure. A file with an error in its last row leaves nothing behind, not even
/// rows the store's queries would hide.
/// </summary>
public class ReturnsOnClickHouseTests
{
    [Fact]
    public async Task Returns_named_when_sent_load_as_versions_and_one_with_an_error_in_its_last_row_leaves_no_row_on_the_server()
    {
        var database = $"returns_{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string?>
        {
            ["Warehouse:Engine"] = "ClickHouse",
            ["Warehouse:ClickHouseDatabase"] = database,
            ["ConnectionStrings:ClickHouse"] = TestServers.ClickHouse,
            ["Board:LoadDemoData"] = "false",
        };
        using var factory = new DashboardFactory(settings: settings);
        var client = factory.CreateClient();

        var first = await SubmissionPolling.SendAndWaitAsync(client, ReturnFiles.Form(ReturnFiles.Police("2024-25 Q1"), agency: "police", period: "2024-25 Q1"));
        var second = await SubmissionPolling.SendAndWaitAsync(client, ReturnFiles.Form(ReturnFiles.Police("2024-25 Q1", shift: 3), agency: "police", period: "2024-25 Q1"));
        var lines = ReturnFiles.Police("2024-25 Q1", shift: 5).TrimEnd('\n').Split('\n');
        var last = lines[^1].Split(',');
        last[3] = "abc";
        lines[^1] = string.Join(',', last);
        var broken = string.Join('\n', lines) + "\n";
        var rejected = await SubmissionPolling.SendAndWaitAsync(client, ReturnFiles.Form(broken, agency: "police", period: "2024-25 Q1"));

        Assert.Equal(["loaded", "loaded", "rejected"], new[] { first, second, rejected }.Select(SubmissionPolling.Status));
        var error = Assert.Single(rejected.GetProperty("problems").EnumerateArray(), p => p.GetProperty("severity").GetString() == "error");
        Assert.Equal((6, "value"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        var all = await client.GetFromJsonAsync<JsonElement>("/api/indicators/repeat_da_pct/series?area=E06000019&versions=all");
        Assert.Equal([(1, 25.0), (2, 27.5)], all.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("version").GetInt32(), p.GetProperty("value").GetDouble())));
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>("/api/loads")).GetArrayLength());
        Assert.Equal(10, await CountOnServerAsync($"SELECT count() FROM {database}.observations"));
    }

    /// <summary>Asks the server itself, past the store, so rows the store's queries would hide are counted too.</summary>
    private static async Task<long> CountOnServerAsync(string sql)
    {
        var parts = TestServers.ClickHouse.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        using var http = new HttpClient { BaseAddress = new Uri($"http://{parts["Host"]}:{parts["Port"]}/") };
        var answer = await http.PostAsync(new Uri("?user=" + Uri.EscapeDataString(parts.GetValueOrDefault("Username", "default")), UriKind.Relative), new StringContent(sql));
        answer.EnsureSuccessStatusCode();
        return long.Parse((await answer.Content.ReadAsStringAsync()).Trim(), CultureInfo.InvariantCulture);
    }
}
