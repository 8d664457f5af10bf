using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// WCAG 2.2 AA: each page, once interactive, passes axe-core's WCAG A and AA rules with no serious or critical
/// violation, and a keyboard user meets a skip link first and sees where focus is.
/// </summary>
public class AccessibilityTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string SubmissionPath = "/submissions/{a rejected return}";

    private const string ExceptionPath = "/exceptions/{an exception}";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Theory]
    [InlineData("overview", "/", "tr[data-indicator]")]
    [InlineData("overview-earlier-quarter", "/?quarter=2022-23%20Q3", "tr[data-indicator]")]
    [InlineData("indicator-return", "/indicators/repeat_da_pct", "[data-testid='points']")]
    [InlineData("indicator-lait", "/indicators/cla_missing_pct", "[data-testid='points']")]
    [InlineData("compare", "/indicators/cpp_repeat_pct/compare", "[data-testid='compare-chart']")]
    [InlineData("methods", "/methods", "[data-interactive='true']")]
    [InlineData("submissions", "/submissions", "[data-testid='history']")]
    [InlineData("submission", SubmissionPath, "[data-testid='facts']")]
    [InlineData("exceptions", "/exceptions", "[data-testid='exception-link']")]
    [InlineData("exception", ExceptionPath, "[data-testid='step-form']")]
    [InlineData("audit", "/admin/audit", "[data-testid='audit-event']")]
    [InlineData("accounts", "/admin/accounts", "[data-testid='account-row']")]
    [InlineData("extracts", "/extracts", "[data-testid='extracts']")]
    [InlineData("extract", "/extracts/early-help", "[data-testid='extract-form']")]
    [InlineData("commentary-form", "/indicators/repeat_da_pct", "[data-testid='commentary-form']")]
    [InlineData("board-packs", "/board-packs", "[data-testid='freeze-form']")]
    [InlineData("sign-in", "/account/sign-in", "#userName")]
    [InlineData("account", "/account", "#token-name")]
    [InlineData("password", "/account/password", "#current")]
    public async Task Page_has_no_serious_or_critical_wcag_violation(string name, string path, string ready)
    {
        if (path.StartsWith("/submissions", StringComparison.Ordinal))
        {
            var id = await RejectedSubmissionAsync();
            path = path.Replace(SubmissionPath, $"/submissions/{id}", StringComparison.Ordinal);
        }

        if (path == ExceptionPath)
        {
            path = $"/exceptions/{await ExceptionIdAsync()}";
        }

        // The QA sub-group sees the register's step form, an administrator the audit trail, the police lead the
        // commentary form on their indicator; everyone else reads what an analyst reads. Nobody is signed in to sign in.
        // axe is added to the page as an inline script, which the Content-Security-Policy would rightly refuse.
        var bypassCsp = new BrowserNewPageOptions { BypassCSP = true };
        var page = name switch
        {
            "sign-in" => await session.Browser.NewPageAsync(bypassCsp),
            "commentary-form" => await session.NewPageAsync(Domain.Readers.BoardRoles.AgencyLead, "police", bypassCsp),
            _ when path.StartsWith("/exceptions", StringComparison.Ordinal) => await session.NewPageAsync(Domain.Readers.BoardRoles.QaMember, options: bypassCsp),
            _ when path.StartsWith("/admin", StringComparison.Ordinal) => await session.NewPageAsync(Domain.Readers.BoardRoles.Admin, options: bypassCsp),
            _ => await session.NewPageAsync(options: bypassCsp),
        };
        await page.GotoAsync(new Uri(session.BaseAddress, path).ToString());
        // The account pages, the accounts administration and the audit trail are served without a live connection.
        var renderMode = path.StartsWith("/account", StringComparison.Ordinal) || path.StartsWith("/admin/accounts", StringComparison.Ordinal)
            || path.StartsWith("/admin/audit", StringComparison.Ordinal) ? "static" : "interactive";
        await page.Locator($"main[data-render-mode='{renderMode}']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        var result = await ScanAsync(page);
        await File.WriteAllTextAsync(Path.Combine(BrowserSession.ArtifactsFolder, $"axe-{name}.json"), JsonSerializer.Serialize(result, Indented));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, $"axe-{name}.png"), FullPage = true });

        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .ToList();
        Assert.True(serious.Count == 0, $"{path} has {serious.Count} serious or critical accessibility violations:\n{Describe(serious)}");
    }

    [Fact]
    public async Task Tab_from_the_top_reaches_the_skip_link_then_the_navigation_with_a_visible_focus_ring()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/").ToString());
        await page.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await FocusedTextAsync(page));
        Assert.True(await HasFocusRingAsync(page), "The focused skip link shows no outline or box-shadow.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "keyboard-skip-link.png") });

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Safeguarding Analytics", await FocusedTextAsync(page));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Board overview", await FocusedTextAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('nav[aria-label=Main]') !== null"), "The third stop is not in the main navigation.");
        Assert.True(await HasFocusRingAsync(page), "The focused navigation link shows no outline or box-shadow.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ArtifactsFolder, "keyboard-navigation.png") });
    }

    [Fact]
    public async Task The_skip_link_moves_focus_to_the_main_content_without_leaving_the_page()
    {
        var page = await session.NewPageAsync();
        var address = new Uri(session.BaseAddress, "/methods").ToString();
        await page.GotoAsync(address);
        await page.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();
        Assert.Equal(address, page.Url);
    }

    [Fact]
    public async Task After_a_navigation_inside_the_app_focus_is_on_the_new_page_heading()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(session.BaseAddress, "/").ToString());
        await page.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        await page.ClickAsync("nav[aria-label=Main] a[href='/methods']");

        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
        Assert.EndsWith("/methods", page.Url, StringComparison.Ordinal);
    }

    internal static async Task<JsonElement> ScanAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript.Path });
        // Returned as axe's own JSON text: Playwright's object transfer would add reference ids to every object.
        var json = await page.EvaluateAsync<string>(
            """
            async () => JSON.stringify(await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            }))
            """);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    internal static string Describe(IEnumerable<JsonElement> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            var nodes = violation.GetProperty("nodes").EnumerateArray().ToList();
            var targets = nodes.Take(3).Select(n => n.GetProperty("target").ToString());
            text.AppendLine($"- {violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}, {nodes.Count} elements): " +
                $"{violation.GetProperty("help").GetString()} — {string.Join(" | ", targets)}");
        }

        return text.ToString();
    }

    private static Task<string> FocusedTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");

    private static Task<bool> HasFocusRingAsync(IPage page) =>
        page.EvaluateAsync<bool>(
            """
            () => {
                const style = getComputedStyle(document.activeElement);
                const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                return outlined || style.boxShadow !== 'none';
            }
            """);

    /// <summary>
    /// A return with errors and a good one, sent once, so the submission pages show a problems table and both
    /// badges; the id is the rejected one's.
    /// </summary>
    /// <summary>An exception the demo raised at start, once the register holds one.</summary>
    private async Task<long> ExceptionIdAsync()
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var page = await session.Api.GetFromJsonAsync<JsonElement>("/api/exceptions/register?qaState=open&take=1");
            if (page.GetProperty("items").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } item)
            {
                return item.GetProperty("id").GetInt64();
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The demo raised no exception within a minute.");
    }

    private async Task<long> RejectedSubmissionAsync()
    {
        var sent = await session.Api.GetFromJsonAsync<JsonElement>("/api/submissions?status=rejected&limit=1");
        if (sent.GetArrayLength() > 0)
        {
            return sent[0].GetProperty("id").GetInt64();
        }

        await SendAndWaitAsync("police_q4.csv", "repeat_da_pct,E06000019,2023-24 Q4,25.0,30,120,final,\n");
        return await SendAndWaitAsync("police_q3.csv",
            "repeat_da_pct,E06000019,2023-24 Q3,125.0,30,120,final,\nmarac_cases_rate_per_10k,E99999999,2023-24 Q3,2.7,40,150000,final,\n");
    }

    private async Task<long> SendAndWaitAsync(string fileName, string rows) =>
        (await session.SendReturnAndWaitAsync("indicator_id,area_code,period,value,numerator,denominator,status,note\n" + rows, "police", fileName)).Id;
}
