using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>
/// Every endpoint the host maps — pages, API, account, job dashboard — read from the host's own route table, so one
/// added later cannot be forgotten: each names one of the service's policies or is one of the few open on purpose;
/// nobody signed in is refused by each guarded one, and so is every role its policy does not admit.
/// </summary>
public class EndpointAuthorizationTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    /// <summary>Open to anyone, on purpose: signing in, health for monitoring, the error and not-found pages.</summary>
    private static readonly HashSet<string> OpenOnPurpose = new(StringComparer.Ordinal)
    {
        "/account/sign-in", "/account/sign-in/council", "/health", "/not-found", "/Error",
    };

    /// <summary>The framework's own endpoints (the live connection, its redirects), guarded by the fallback policy: someone signed in, any role.</summary>
    private static bool IsFramework(string route) =>
        route.StartsWith("/_blazor", StringComparison.Ordinal) || route.StartsWith("/_framework/", StringComparison.Ordinal);

    [Fact]
    public void Every_endpoint_names_a_policy_of_the_service_or_is_open_on_purpose()
    {
        var unexplained = Routes()
            .Where(r => !r.IsStaticAsset && !IsFramework(r.Route))
            .Where(r => r.Anonymous ? !OpenOnPurpose.Contains(r.Route) : r.Policies.Count == 0 || !r.Policies.All(Policies.Roles.ContainsKey))
            .Select(r => $"{r.Method} {r.Route} ({(r.Anonymous ? "open" : "policies: " + string.Join(", ", r.Policies))})")
            .ToList();

        Assert.True(unexplained.Count == 0, "Endpoints without a named policy:\n" + string.Join("\n", unexplained));
        Assert.True(Routes().Count(r => r.Policies.Count > 0) >= 30, "The route table was not read.");
    }

    [Fact]
    public async Task Nobody_signed_in_is_refused_by_every_guarded_endpoint()
    {
        using var anonymous = host.Factory.CreateAnonymousClient();
        var let = new List<string>();
        foreach (var route in Routes().Where(r => !r.Anonymous && !r.IsStaticAsset))
        {
            using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Url));
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal));
            if (!refused)
            {
                let.Add($"{route.Method} {route.Url}: {(int)response.StatusCode}");
            }
        }

        Assert.True(let.Count == 0, "Let in with nobody signed in:\n" + string.Join("\n", let));
    }

    [Fact]
    public async Task Every_role_a_policy_does_not_admit_is_refused_and_every_role_it_admits_is_let_in()
    {
        var clients = BoardRoles.All.ToDictionary(role => role, role => host.Factory.CreateClientAs(role, role == BoardRoles.AgencyLead ? "police" : null));
        var wrong = new List<string>();
        try
        {
            foreach (var route in Routes().Where(r => r.Policies.Count > 0 && r.Route != "/account/sign-out"))
            {
                foreach (var (role, client) in clients)
                {
                    var admitted = route.Policies.All(policy => Policies.Roles[policy].Contains(role));
                    using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Url));
                    var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                    if (refused == admitted)
                    {
                        wrong.Add($"{route.Method} {route.Url} as {role}: {(int)response.StatusCode}, expected {(admitted ? "let in" : "refused")}");
                    }
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task An_unknown_or_revoked_token_is_refused()
    {
        using var unknown = host.Factory.CreateAnonymousClient();
        unknown.DefaultRequestHeaders.Authorization = new("Bearer", "sga_not-a-token-anyone-was-given");
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("/api/indicators")).StatusCode);

        var userName = host.Factory.CreateAccount(BoardRoles.Analyst);
        using var revoked = host.Factory.CreateAnonymousClient();
        revoked.DefaultRequestHeaders.Authorization = new("Bearer", host.Factory.IssueToken(userName));
        Assert.Equal(HttpStatusCode.OK, (await revoked.GetAsync("/api/indicators")).StatusCode);
        using (var scope = host.Factory.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<Warehouse.AppStore.IAppStore>();
            var account = (await store.FindAccountAsync(userName))!;
            var token = Assert.Single(await store.GetAccessTokensAsync(account.Id));
            Assert.True(await scope.ServiceProvider.GetRequiredService<AccessTokens>().RevokeAsync(account, token.Id, null, CancellationToken.None));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/indicators")).StatusCode);
    }

    private sealed record MappedRoute(string Method, string Route, string Url, bool Anonymous, IReadOnlyList<string> Policies, bool IsStaticAsset);

    /// <summary>Each route and method in the host's table, with a URL that fills its parameters with plausible values.</summary>
    private List<MappedRoute> Routes()
    {
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<MappedRoute>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            // Published files, and in Development the fallback that serves files added since the build.
            var isStatic = endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal))
                || route == "/{**path:file}";
            foreach (var method in methods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE"))
            {
                routes.Add(new MappedRoute(method, route, Fill(route), anonymous, policies, isStatic));
            }
        }

        return routes;
    }

    private static string Fill(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, "{([^}:=?]+)[^}]*}", parameter => parameter.Groups[1].Value.TrimStart('*') switch
        {
            "id" when parameter.Value.Contains(":long", StringComparison.Ordinal) => "1",
            "Id" when parameter.Value.Contains(":long", StringComparison.Ordinal) => "1",
            "id" or "Id" => "cpp_2yrs_plus_pct",
            "code" => "E06000019",
            "quarter" => "2024-25-Q1",
            "version" => "1",
            _ => "x",
        });
}
