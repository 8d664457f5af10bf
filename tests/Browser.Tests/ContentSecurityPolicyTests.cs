using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>
/// Every page works under the Content-Security-Policy: the browser reports no violation (neither a
/// <c>securitypolicyviolation</c> event nor a console message), and the Blazor circuit starts, so controls work.
/// </summary>
public class ContentSecurityPolicyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string CollectViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
        """;

    /// <summary>The pages, each with what shows once it is ready; interactive pages wait for the circuit.</summary>
    private static readonly (string Path, string Ready, bool Interactive)[] Pages =
    [
        ("/", "tr[data-indicator]", true),
        ("/?quarter=2022-23%20Q3", "tr[data-indicator]", true),
        ("/indicators/repeat_da_pct", "[data-testid='points']", true),
        ("/indicators/cpp_repeat_pct/compare", "[data-testid='compare-chart']", true),
        ("/methods", "[data-interactive='true']", true),
        ("/submissions", "[data-testid='history']", true),
        ("/account", "main", false),
        ("/account/password", "main", false),
        ("/no-such-page", "main", false),
        ("/hangfire", "body", false),
        ("/hangfire/jobs/enqueued", "body", false),
        ("/exceptions", "[data-testid='exception-link']", true),
    ];

    [Fact]
    public async Task No_page_reports_a_content_security_policy_violation_and_the_circuit_starts()
    {
        var console = new List<string>();
        var page = await session.Browser.NewPageAsync();
        await page.AddInitScriptAsync(CollectViolations);
        page.Console += (_, message) => console.Add($"{page.Url}: [{message.Type}] {message.Text}");
        await session.SignInAsync(page, session.Factory.CreateAccount(BoardRoles.Analyst));
        var violations = await ViolationsAsync(page, "/account/sign-in");
        var (submission, _) = await session.SendReturnAndWaitAsync(
            "indicator_id,area_code,period,value,numerator,denominator,status,note\nrepeat_da_pct,E06000019,2023-24 Q3,25.0,30,120,final,\n", "police", "police.csv");

        foreach (var (path, ready, interactive) in Pages.Append(($"/submissions/{submission}", "[data-testid='facts']", true)))
        {
            await page.GotoAsync(new Uri(session.BaseAddress, path).ToString());
            if (interactive)
            {
                await page.Locator("main[data-render-mode='interactive']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            }

            await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            violations.AddRange(await ViolationsAsync(page, path));
        }

        // The circuit works end to end: a calculator on the Methods page answers a click.
        await page.GotoAsync(new Uri(session.BaseAddress, "/methods").ToString());
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.ClickAsync("[data-testid='ci-calculate']");
        await Assertions.Expect(page.Locator("[data-testid='ci-result']")).ToContainTextAsync("wilson method");
        violations.AddRange(await ViolationsAsync(page, "/methods"));

        // The pages other roles see: the exception's step form (QA), the audit trail (administrator), the commentary form (agency lead).
        var exception = await OpenExceptionIdAsync();
        foreach (var (role, agency, path, ready) in new (string, string?, string, string)[]
        {
            (BoardRoles.QaMember, null, $"/exceptions/{exception}", "[data-testid='step-form']"),
            (BoardRoles.Admin, null, "/admin/audit", "[data-testid='audit-event']"),
            (BoardRoles.AgencyLead, "police", "/indicators/repeat_da_pct", "[data-testid='commentary-form']"),
        })
        {
            var other = await session.Browser.NewPageAsync();
            await other.AddInitScriptAsync(CollectViolations);
            other.Console += (_, message) => console.Add($"{other.Url}: [{message.Type}] {message.Text}");
            await session.SignInAsync(other, session.Factory.CreateAccount(role, agency));
            await other.GotoAsync(new Uri(session.BaseAddress, path).ToString());
            // The audit page is served without a live connection, so that each opening reads the trail once.
            var renderMode = path.StartsWith("/admin", StringComparison.Ordinal) ? "static" : "interactive";
            await other.Locator($"main[data-render-mode='{renderMode}']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            await other.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            violations.AddRange(await ViolationsAsync(other, $"{path} ({role})"));
        }

        var policyMessages = console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(violations.Count == 0 && policyMessages.Count == 0,
            $"Content-Security-Policy violations:\n{string.Join('\n', violations.Concat(policyMessages))}");
    }

    private async Task<long> OpenExceptionIdAsync()
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

        throw new TimeoutException("The register had no open exception within a minute.");
    }

    private static async Task<List<string>> ViolationsAsync(IPage page, string path)
    {
        // Violation events are dispatched asynchronously; give the page a moment to report.
        await page.WaitForTimeoutAsync(300);
        var found = await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        return [.. found.Select(v => $"{path}: {v}")];
    }
}
