using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Safeguarding.Analytics.Integration.Tests.CouncilSignIn.Provider;
using Safeguarding.Analytics.Tests.Support;

namespace Safeguarding.Analytics.Integration.Tests.CouncilSignIn;

/// <summary>
/// One person's browser between the dashboard (its test server) and the council's provider (on loopback), each with
/// its own cookies, following the redirects and the provider's self-posting form by hand as a browser would.
/// </summary>
internal sealed partial class CouncilBrowser : IDisposable
{
    private readonly HttpClient _provider = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });

    public CouncilBrowser(DashboardFactory dashboard)
    {
        Dashboard = new HttpClient(new CookieContainerHandler { InnerHandler = dashboard.Server.CreateHandler() }) { BaseAddress = dashboard.Server.BaseAddress };
    }

    /// <summary>The dashboard side: after a sign-in it carries the session cookie.</summary>
    public HttpClient Dashboard { get; }

    /// <summary>
    /// Signs in at the provider as the subject, then through the council button on the dashboard; the dashboard's
    /// answer to the provider's callback (a redirect into the service, or the refusal page).
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(CouncilProvider provider, string subject)
    {
        using (var login = await _provider.GetAsync(new Uri($"{provider.Authority}/login?sub={Uri.EscapeDataString(subject)}")))
        {
            login.EnsureSuccessStatusCode();
        }

        using var challenge = await Dashboard.GetAsync("/account/sign-in/council?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(provider.Authority + "/connect/authorize", authorize.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("code_challenge=", authorize.Query, StringComparison.Ordinal);

        // The provider answers with a form that posts itself back to the dashboard's callback (response_mode=form_post).
        using var answer = await _provider.GetAsync(authorize);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"The provider answered {(int)answer.StatusCode}: {html}");
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.True(fields.ContainsKey("code"), $"The provider gave no code: {html}");
        return await Dashboard.PostAsync(new Uri(action).PathAndQuery, new FormUrlEncodedContent(fields));
    }

    public void Dispose()
    {
        _provider.Dispose();
        Dashboard.Dispose();
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenField();
}
