using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>A data lead sends returns through the Submissions page and reads the answer row by row.</summary>
public class SubmissionsPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Header = "indicator_id,area_code,period,value,numerator,denominator,status,note";

    [Fact]
    public async Task A_bad_file_sent_from_the_page_is_refused_with_each_error_by_row_and_column()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/submissions").ToString());
        await page.Locator("[data-interactive='true']").WaitForAsync();
        var csv = $"{Header}\nrepeat_da_pct,E06000019,2023-24 Q3,125.0,30,120,final,\nmarac_cases_rate_per_10k,E99999999,2023-24 Q3,2.7,40,150000,final,\n";

        await page.SelectOptionAsync("[data-testid='agency']", "police");
        await page.SetInputFilesAsync("[data-testid='file']", new FilePayload { Name = "police_q3.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid='send']:not([disabled])");
        var result = page.Locator("[data-testid='result'][data-status='rejected']");
        await result.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        var problems = await result.Locator("[data-testid='problems'] tbody tr").AllInnerTextsAsync();
        Assert.Contains(problems, p => p.Contains("Error\t2\tvalue", StringComparison.Ordinal) && p.Contains("outside 0–100", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Error\t3\tarea_code", StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "submissions-rejected.png"), FullPage = true });
    }

    [Fact]
    public async Task A_good_file_sent_from_the_page_loads_and_its_history_and_data_quality_are_shown()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/submissions").ToString());
        await page.Locator("[data-interactive='true']").WaitForAsync();
        var csv = $"{Header}\nrepeat_da_pct,E06000019,2023-24 Q4,25.0,30,120,final,\nda_notifications_timely_pct,884,2023-24 Q4,95.0,380,400,final,\n";

        await page.SetInputFilesAsync("[data-testid='file']", new FilePayload { Name = "police_q4.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid='send']:not([disabled])");
        await page.Locator("[data-testid='result'][data-status='loaded']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        var submissions = await session.Api.GetFromJsonAsync<JsonElement>("/api/submissions?agency=police&period=2023-24 Q4");
        var loaded = submissions.EnumerateArray().First();
        Assert.Equal("upload", loaded.GetProperty("receivedVia").GetString());
        Assert.Contains("police_q4.csv", await page.Locator("[data-testid='history']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2023-24 Q4", await page.Locator("[data-testid='quality']").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "submissions-loaded.png"), FullPage = true });
    }

    [Fact]
    public async Task A_return_sent_from_the_page_is_audited_with_the_browsers_address_as_the_api_records_it()
    {
        var sender = session.Factory.CreateAccount(Domain.Readers.BoardRoles.Analyst);
        var page = await session.Browser.NewPageAsync();
        await session.SignInAsync(page, sender);
        await page.GotoAsync(new Uri(session.BaseAddress, "/submissions").ToString());
        await page.Locator("[data-interactive='true']").WaitForAsync();
        var csv = $"{Header}\nrepeat_da_pct,E06000019,2023-24 Q2,24.0,30,125,final,\n";

        await page.SelectOptionAsync("[data-testid='agency']", "police");
        await page.SetInputFilesAsync("[data-testid='file']", new FilePayload { Name = "police_q2.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid='send']:not([disabled])");
        await page.Locator("[data-testid='result'][data-status='loaded']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        var received = Assert.Single((await session.Api.GetFromJsonAsync<JsonElement>($"/api/audit?actor={sender}&action=return.received")).EnumerateArray());
        Assert.Contains("police_q2.csv", received.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", received.GetProperty("clientAddress").GetString());
    }
}
