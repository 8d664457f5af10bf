using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Accounts;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Observations;
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
    public async Task Each_view_of_the_overview_queries_the_warehouse_once_not_once_per_tile_and_not_again_until_a_load()
    {
        var client = DashboardFactory.CreateClientAs(_host, BoardRoles.BoardMember);
        var latest = await LatestQuarterAsync(client);
        var yearEarlier = latest.Previous().Previous().Previous().Previous();
        var warehouse = (CountingAnalyticStore)_host.Services.GetRequiredService<IAnalyticStore>();
        // The first view after a load also reads each indicator's whole frame, once, to decide what a board member may see.
        await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var earlier = $"/?quarter={Uri.EscapeDataString(yearEarlier.Key)}";

        // A quarter not viewed since the last load: its figures in one query; the stamp of the loads says the
        // decision made at the first view still holds.
        Assert.Equal(["GetLoadStampAsync", "GetLoadStampAsync", "QueryAsync"], await CallsToViewAsync(earlier, yearEarlier));
        // Viewed again before any load: the stamp alone, for either quarter.
        Assert.Equal(["GetLoadStampAsync", "GetLoadStampAsync"], await CallsToViewAsync(earlier, yearEarlier));
        Assert.Equal(["GetLoadStampAsync", "GetLoadStampAsync"], await CallsToViewAsync("/", latest));

        // A load committed (here straight into the store, as another instance of the service would): the next view
        // decides and reads afresh, and shows the new figure.
        await warehouse.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", "a corrected figure",
        [
            new() { IndicatorId = "contacts_24h_pct", AreaCode = "E06000019", PeriodKey = latest.Key, Value = 77.7, Numerator = 777, Denominator = 1000, Source = "test", Version = 99 },
        ]));
        Assert.Equal(["GetLoadStampAsync", "GetLoadStampAsync", "QueryAsync", "QueryAsync"], await CallsToViewAsync("/", latest));
        Assert.Contains("77.7%", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

        async Task<string[]> CallsToViewAsync(string url, Period quarter)
        {
            warehouse.Clear();
            var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.Contains($"data-testid=\"quarter\">{quarter.Key}<", html, StringComparison.Ordinal);
            return [.. warehouse.Calls.Order(StringComparer.Ordinal)];
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
