using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests;

public class HealthTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task Health_reports_each_embedded_store()
    {
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var stores = health.GetProperty("stores");
        Assert.StartsWith("DuckDB", stores.GetProperty("warehouse").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("SQLite", stores.GetProperty("appStore").GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
