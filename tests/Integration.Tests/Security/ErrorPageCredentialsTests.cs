using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>
/// A request that fails shows an error page — the developer exception page in Development, <c>/Error</c> elsewhere —
/// and neither shows the token or cookies the request came with.
/// </summary>
public sealed class ErrorPageCredentialsTests : IDisposable
{
    private const string Cookie = "sga-secret-cookie-value-0123456789";

    // No demo: its returns would be read back through the failing warehouse at first start.
    private readonly DashboardFactory _factory = new(settings: new Dictionary<string, string?> { ["Board:LoadDemoData"] = "false" });

    [Theory]
    [InlineData("Development", "text/html")]
    [InlineData("Development", "text/plain")]
    [InlineData("Development", "application/json")]
    [InlineData("Production", "text/html")]
    public async Task An_error_page_never_echoes_the_requests_token_or_cookies(string environment, string accept)
    {
        using var host = _factory.WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.ConfigureTestServices(WarehouseThatFails);
        });
        using var client = DashboardFactory.CreateClientAs(host, BoardRoles.Analyst);
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/indicators/contacts_24h_pct/series?area=E06000019");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        request.Headers.Add("Cookie", $".AspNetCore.Antiforgery.x={Cookie}; sga.session={Cookie}");
        request.Headers.Add("Proxy-Authorization", "Basic " + Cookie);

        using var response = await client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(environment != "Development" || page.Contains("the warehouse is down", StringComparison.Ordinal), "the developer page still shows the error");
        Assert.DoesNotContain(token, page, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..12], page, StringComparison.Ordinal);
        Assert.DoesNotContain(Cookie, page, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static void WarehouseThatFails(IServiceCollection services)
    {
        var real = services.Single(d => d.ServiceType == typeof(IAnalyticStore));
        services.Remove(real);
        services.AddSingleton<IAnalyticStore>(provider => new FailingReads((IAnalyticStore)real.ImplementationFactory!(provider)));
    }

    /// <summary>The real store, except that reading figures fails as an unreachable server would.</summary>
    private sealed class FailingReads(IAnalyticStore inner) : WarehouseDecorator(inner)
    {
        public override Task<IReadOnlyList<Observation>> QueryAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the warehouse is down");

        public override IAsyncEnumerable<Observation> StreamAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the warehouse is down");
    }
}
