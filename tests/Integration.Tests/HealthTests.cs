using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests;

/// <summary>
/// <c>/health</c> answers anyone with the overall status and its code, as a load balancer's probe needs; only an
/// administrator is told each store's engine, version and error.
/// </summary>
public class HealthTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task An_administrator_with_a_token_is_told_each_embedded_store_its_engine_and_version()
    {
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var stores = health.GetProperty("stores");
        var warehouse = stores.GetProperty("warehouse");
        Assert.StartsWith("DuckDB", warehouse.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("DuckDB", warehouse.GetProperty("engine").GetString());
        Assert.False(string.IsNullOrWhiteSpace(warehouse.GetProperty("version").GetString()));
        Assert.StartsWith("SQLite", stores.GetProperty("appStore").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", stores.GetProperty("appStore").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_administrator_signed_in_with_a_session_is_told_each_store()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.Admin);
        using var browser = SignInForm.Client(host.Factory.Server);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(browser, userName, DashboardFactory.Password)).StatusCode);

        var health = await browser.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal(["appStore", "warehouse"], health.GetProperty("stores").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Nobody_signed_in_gets_the_status_only_as_a_load_balancers_probe_needs()
    {
        using var anonymous = host.Factory.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy"}""", body);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"))).StatusCode);
    }

    [Theory]
    [InlineData(BoardRoles.BoardMember)]
    [InlineData(BoardRoles.Analyst)]
    public async Task Any_other_role_gets_the_status_only(string role)
    {
        using var client = host.Factory.CreateClientAs(role);

        var body = await client.GetStringAsync("/health");

        Assert.Equal("""{"status":"Healthy"}""", body);
    }

    [Fact]
    public async Task A_store_that_does_not_answer_is_503_to_anyone_and_its_error_is_for_administrators_only()
    {
        using var factory = new DashboardFactory(settings: new Dictionary<string, string?> { ["Board:LoadDemoData"] = "false" });
        using var failing = factory.WithWebHostBuilder(web => web.ConfigureTestServices(WarehouseThatDoesNotAnswer));
        using var anonymous = new HttpClient(failing.Server.CreateHandler()) { BaseAddress = failing.Server.BaseAddress };
        using var boardMember = DashboardFactory.CreateClientAs(failing, BoardRoles.BoardMember);
        using var admin = DashboardFactory.CreateClientAs(failing, BoardRoles.Admin);

        foreach (var client in new[] { anonymous, boardMember })
        {
            var response = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("""{"status":"Unhealthy"}""", await response.Content.ReadAsStringAsync());
        }

        var told = await admin.GetAsync("/health");
        var warehouse = (await told.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stores").GetProperty("warehouse");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, told.StatusCode);
        Assert.Equal("Unhealthy", warehouse.GetProperty("status").GetString());
        Assert.Equal("DuckDB does not answer: " + Unreachable.Message, warehouse.GetProperty("description").GetString());
    }

    private static void WarehouseThatDoesNotAnswer(IServiceCollection services)
    {
        var real = services.Single(d => d.ServiceType == typeof(IAnalyticStore));
        services.Remove(real);
        services.AddSingleton<IAnalyticStore>(provider => new Unreachable((IAnalyticStore)real.ImplementationFactory!(provider)));
    }

    /// <summary>The real store, except that its ping fails as a server that has gone away would.</summary>
    private sealed class Unreachable(IAnalyticStore inner) : WarehouseDecorator(inner)
    {
        public const string Message = "connection refused by warehouse.internal.example:9000";

        public override Task<string> PingAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Message);
    }
}
