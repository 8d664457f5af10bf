using Microsoft.Playwright;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Tests.Support;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>Hostile notes in partners' returns show on the indicator page as the text they are: nothing runs.</summary>
public class HostileTextPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly string[] Quarters = ["2021-22 Q1", "2021-22 Q2", "2021-22 Q3", "2021-22 Q4", "2022-23 Q1", "2022-23 Q2", "2022-23 Q3"];

    [Fact]
    public async Task Hostile_notes_show_as_text_and_no_script_runs()
    {
        for (var i = 0; i < HostileText.NoteText.Count; i++)
        {
            var lines = ReturnFiles.Police(Quarters[i]).Split('\n');
            var row = Array.FindIndex(lines, l => l.StartsWith("repeat_da_pct,", StringComparison.Ordinal));
            lines[row] += HostileText.CsvField(HostileText.NoteText[i]);
            await session.SendReturnAsync(string.Join('\n', lines), "police", $"police_{i}.csv");
        }

        var dialogs = new List<string>();
        var page = await session.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(session.BaseAddress, "/indicators/repeat_da_pct").ToString());
        await page.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.Locator("[data-testid='commentary']").First.WaitForAsync();
        await page.WaitForTimeoutAsync(500);

        var shown = await page.Locator("[data-testid='commentary'] .commentary-text").AllTextContentsAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "hostile-notes.png"), FullPage = true });
        Assert.All(HostileText.NoteText, hostile => Assert.Contains(hostile, shown));
        Assert.Empty(dialogs);
        Assert.Equal(0, await page.Locator("main img[src='x']").CountAsync());
        Assert.Equal(0, await page.Locator("main script").CountAsync());
    }
}
