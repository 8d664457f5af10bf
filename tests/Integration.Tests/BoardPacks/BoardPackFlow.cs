using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Integration.Tests.BoardPacks;

/// <summary>The steps the board pack tests take through the real host: returns loaded and evaluated, packs frozen and read.</summary>
internal static class BoardPackFlow
{
    /// <summary>The quarter the demo's overview opens on, once the demo is loaded.</summary>
    public static async Task<Period> LatestQuarterAsync(DashboardFactory factory)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var scope = factory.Services.CreateScope();
            var overview = await scope.ServiceProvider.GetRequiredService<BoardOverviewQuery>().BuildAsync(Safeguarding.Analytics.Domain.Readers.Reader.BoardMember, null);
            if (overview.Quarters.Count > 0)
            {
                return overview.Quarter;
            }

            Assert.True(DateTime.UtcNow < deadline, "The demo loaded no quarter.");
            await Task.Delay(250);
        }
    }

    /// <summary>Sends a police return, waits for it to load and for the register to be re-evaluated after it.</summary>
    public static async Task LoadPoliceReturnAsync(HttpClient analyst, HttpClient admin, string quarter, string csv)
    {
        var detail = await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(csv, agency: "police", period: quarter));
        Assert.Equal("loaded", SubmissionPolling.Status(detail));
        var load = detail.GetProperty("submission").GetProperty("loadId").GetString()!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await admin.GetFromJsonAsync<JsonElement>("/api/audit?action=exceptions.reconciled&limit=10000")).EnumerateArray()
                   .Any(e => e.GetProperty("detail").GetString()!.Contains(load, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The register was not re-evaluated after load {load}.");
            await Task.Delay(250);
        }
    }

    /// <summary>Police's return for the quarter with the repeat victims on 3 of 120 and timely notifications on the given count of 400.</summary>
    public static string PoliceReturn(string quarter, int timelyOf400) =>
        ReturnFiles.Police(quarter)
            .Replace($"repeat_da_pct,E06000019,{quarter},25.0,30,120", $"repeat_da_pct,E06000019,{quarter},2.5,3,120", StringComparison.Ordinal)
            .Replace(
                $"da_notifications_timely_pct,E06000019,{quarter},95.0,380,400",
                $"da_notifications_timely_pct,E06000019,{quarter},{(timelyOf400 / 4.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)},{timelyOf400},400",
                StringComparison.Ordinal);

    public static async Task<JsonElement> FreezeAsync(HttpClient client, string quarter, string presentedOn)
    {
        var response = await client.PostAsJsonAsync("/api/board-packs", new { quarter, presentedOn });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("pack").Clone();
    }

    public static async Task<JsonElement> ContentAsync(HttpClient client, string slug, int version) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/board-packs/{slug}/{version}")).GetProperty("content");

    /// <summary>The pack's row for an indicator.</summary>
    public static JsonElement Indicator(JsonElement content, string id) =>
        content.GetProperty("priorities").EnumerateArray().SelectMany(p => p.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == id);
}
