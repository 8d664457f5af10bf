using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Accounts;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Overview;

/// <summary>The overview page through the real host on the demo, with the real DuckDB warehouse counted, not mocked.</summary>
public sealed class BoardOverviewPageTests : IDisposable
{
    private readonly DashboardFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    public BoardOverviewPageTests() => _host = _factory.WithWebHostBuilder(web => web.ConfigureTestServices(CountWarehouseCalls));

    [Fact]
    public async Task Each_view_of_the_overview_queries_the_warehouse_once_not_once_per_tile()
    {
        var client = DashboardFactory.CreateClientAs(_host, BoardRoles.BoardMember);
        var latest = await LatestQuarterAsync(client);
        var yearEarlier = latest.Previous().Previous().Previous().Previous();
        var warehouse = (CountingAnalyticStore)_host.Services.GetRequiredService<IAnalyticStore>();
        // The first view after a load also reads each indicator's whole frame, once, to decide what a board member may see.
        await client.GetStringAsync(new Uri("/", UriKind.Relative));

        foreach (var (url, quarter) in new[] { ("/", latest), ($"/?quarter={Uri.EscapeDataString(yearEarlier.Key)}", yearEarlier) })
        {
            warehouse.Clear();
            var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));

            // The figures in one query; the list of loads tells the decision made at the first view still holds.
            Assert.Equal(["GetLoadsAsync", "QueryAsync"], warehouse.Calls.Order(StringComparer.Ordinal));
            Assert.Contains($"data-testid=\"quarter\">{quarter.Key}<", html, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }

    private static void CountWarehouseCalls(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        var real = services.Single(d => d.ServiceType == typeof(IAnalyticStore));
        services.Remove(real);
        services.AddSingleton<IAnalyticStore>(provider => new CountingAnalyticStore(
            (IAnalyticStore)real.ImplementationFactory!(provider), provider.GetRequiredService<IHttpContextAccessor>()));
    }

    /// <summary>The home area's latest quarter with a figure, from the series API rather than the page under test.</summary>
    private static async Task<Period> LatestQuarterAsync(HttpClient client)
    {
        var series = await client.GetFromJsonAsync<JsonElement>("/api/indicators/contacts_24h_pct/series?area=E06000019");
        return series.GetProperty("points").EnumerateArray()
            .Select(p => Period.Parse(p.GetProperty("period").GetString()!))
            .Last(p => p.Kind == PeriodKind.FinancialQuarter);
    }
}
