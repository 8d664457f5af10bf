using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Safeguarding.Analytics.Tests.Support;

namespace Safeguarding.Analytics.Integration.Tests;

public class FirstStartTests
{
    [Fact]
    public async Task A_restart_keeps_what_was_loaded_and_loads_nothing_twice()
    {
        var folder = Directory.CreateTempSubdirectory("sga-restart-").FullName;
        try
        {
            JsonElement before;
            using (var first = new DashboardFactory(folder))
            {
                before = await first.CreateClient().GetFromJsonAsync<JsonElement>("/api/loads");
            }

            using var second = new DashboardFactory(folder);
            var after = await second.CreateClient().GetFromJsonAsync<JsonElement>("/api/loads");

            var sources = before.EnumerateArray().Select(l => l.GetProperty("source").GetString()).ToList();
            Assert.Contains("LAIT", sources);
            Assert.Contains("Children's social care return", sources);
            Assert.Contains("Police return", sources);
            Assert.Equal(before.GetRawText(), after.GetRawText());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ClickHouse_and_PostgreSQL_serve_the_same_figures_as_the_embedded_engines()
    {
        var database = $"test_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(TestServers.Postgres))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {database}");
            await create.ExecuteNonQueryAsync();
        }

        var settings = new Dictionary<string, string?>
        {
            ["Warehouse:Engine"] = "ClickHouse",
            ["Warehouse:ClickHouseDatabase"] = database,
            ["ConnectionStrings:ClickHouse"] = TestServers.ClickHouse,
            ["AppStore:Engine"] = "Postgres",
            ["ConnectionStrings:AppStore"] = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = database, Pooling = false }.ConnectionString,
        };
        const string series = "/api/indicators/cpp_2yrs_plus_pct/series?area=E06000019";

        JsonElement onServers, onEmbedded, health;
        using (var servers = new DashboardFactory(settings: settings))
        using (var embedded = new DashboardFactory())
        {
            onServers = await servers.CreateClient().GetFromJsonAsync<JsonElement>(series);
            onEmbedded = await embedded.CreateClient().GetFromJsonAsync<JsonElement>(series);
            health = await servers.CreateClient().GetFromJsonAsync<JsonElement>("/health");
        }

        await using (var admin = NpgsqlDataSource.Create(TestServers.Postgres))
        {
            await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            await drop.ExecuteNonQueryAsync();
        }

        Assert.Equal(Figures(onEmbedded), Figures(onServers));
        Assert.StartsWith("ClickHouse", health.GetProperty("stores").GetProperty("warehouse").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("PostgreSQL", health.GetProperty("stores").GetProperty("appStore").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static List<string> Figures(JsonElement series) =>
        series.GetProperty("points").EnumerateArray()
            .Select(p => $"{p.GetProperty("period")}|{p.GetProperty("value")}|{p.GetProperty("numerator")}|{p.GetProperty("denominator")}|{p.GetProperty("status")}|{p.GetProperty("source")}")
            .ToList();
}
