using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>The security headers on a page, an API answer and a static asset; the page's import map allowed by its hash.</summary>
public partial class SecurityHeadersTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/agencies")]
    [InlineData("/app.css")]
    [InlineData("/account/sign-in")]
    public async Task Every_kind_of_response_carries_the_security_headers(string path)
    {
        using var client = path.StartsWith("/account", StringComparison.Ordinal) ? host.Factory.CreateAnonymousClient() : host.Factory.CreateClientAs(BoardRoles.Analyst);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*'unsafe-inline'", csp);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is for outside Development.");
    }

    [Fact]
    public async Task The_pages_import_map_is_allowed_by_its_hash_and_no_other_inline_script_is()
    {
        using var client = host.Factory.CreateClientAs(BoardRoles.Analyst);

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var inline = InlineScripts().Matches(html).Select(m => m.Groups["text"].Value).ToList();
        var importMap = Assert.Single(inline);
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap))) + "'";
        Assert.Contains(hash, Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_https_answers_carry_a_years_hsts()
    {
        using var production = host.Factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = DashboardFactory.CreateClientAs(production, BoardRoles.Analyst);
        client.BaseAddress = new Uri("https://dashboard.example/");

        var response = await client.GetAsync("/api/agencies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header.");

    /// <summary>Script elements with content (not a <c>src</c>).</summary>
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(?<text>[^<]+)</script>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScripts();
}
