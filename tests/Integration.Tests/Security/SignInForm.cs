using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>A browser-like client of the test server: it keeps cookies, does not follow redirects, and fills in forms with their antiforgery token.</summary>
internal static partial class SignInForm
{
    private static int _clients;

    /// <summary>
    /// A client from <paramref name="address"/>, or else from an address of its own (in 198.18.0.0/15, kept for tests), as
    /// each person's browser is: sign-in attempts are rate limited per client address.
    /// </summary>
    public static HttpClient Client(TestServer server, IPAddress? address = null)
    {
        var from = address ?? new IPAddress([198, 18, 0, (byte)(Interlocked.Increment(ref _clients) % 250 + 1)]);
        return new(new CookieContainerHandler { InnerHandler = server.CreateHandler(context => context.Connection.RemoteIpAddress = from) }) { BaseAddress = server.BaseAddress };
    }

    /// <summary>Posts the sign-in form as a person would after opening the page; the response (a redirect).</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string returnUrl = "/") =>
        PostFormAsync(client, "/account/sign-in", "/account/sign-in", new() { ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl });

    /// <summary>Opens <paramref name="page"/>, takes its antiforgery token, and posts the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
