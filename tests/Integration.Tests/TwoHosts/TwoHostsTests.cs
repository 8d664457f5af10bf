using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Integration.Tests.Security;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Integration.Tests.TwoHosts;

/// <summary>
/// Two instances behind one address, as production runs them: two hosts on their own loopback ports (Kestrel, real
/// sockets), one PostgreSQL app store and Hangfire storage, one ClickHouse warehouse. A browser signed in on one is
/// signed in on the other, and returns sent to either are each loaded once, with the audit trail complete.
/// </summary>
public sealed class TwoHostsTests : IAsyncLifetime
{
    private readonly string _database = $"test_{Guid.NewGuid():N}";
    private Dictionary<string, string?> _settings = [];
    private DashboardFactory? _first;
    private DashboardFactory? _second;

    public async Task InitializeAsync()
    {
        await using (var admin = NpgsqlDataSource.Create(TestServers.Postgres))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {_database}");
            await create.ExecuteNonQueryAsync();
        }

        var postgres = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = _database }.ConnectionString;
        _settings = new Dictionary<string, string?>
        {
            ["Hangfire:InvisibilityTimeoutSeconds"] = "10",
            ["Hangfire:DistributedLockTimeoutSeconds"] = "15",
            ["Board:LoadDemoData"] = "false",
            ["Warehouse:Engine"] = "ClickHouse",
            ["Warehouse:ClickHouseDatabase"] = _database,
            ["ConnectionStrings:ClickHouse"] = TestServers.ClickHouse,
            ["AppStore:Engine"] = "Postgres",
            ["ConnectionStrings:AppStore"] = postgres,
            ["Hangfire:Storage"] = "Postgres",
            ["ConnectionStrings:Hangfire"] = postgres,
        };
        var settings = _settings;

        // The first start migrates and seeds; the second instance then starts on stores already made, as a second
        // machine joining would.
        _first = Started(new DashboardFactory(settings: settings));
        _second = Started(new DashboardFactory(settings: settings));
    }

    [Fact]
    public async Task A_browser_signed_in_on_one_instance_is_signed_in_on_the_other()
    {
        var cookies = new CookieContainer();
        using var onFirst = Browser(Address(_first!), cookies);
        using var onSecond = Browser(Address(_second!), cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await onSecond.GetAsync("/")).StatusCode);

        var signedIn = await SignInForm.SignInAsync(onFirst, _first!.CreateAccount(BoardRoles.BoardMember), DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);

        var home = await onSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Test board member", await home.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Returns_sent_to_both_instances_are_each_loaded_once_and_audited()
    {
        using var toFirst = _first!.CreateClient();
        using var toSecond = _second!.CreateClient();
        var quarters = new[] { "2024-25 Q1", "2024-25 Q2", "2024-25 Q3", "2024-25 Q4" };

        var decided = await Task.WhenAll(quarters.Select((quarter, i) =>
            SubmissionPolling.SendAndWaitAsync(i % 2 == 0 ? toFirst : toSecond, ReturnFiles.Form(ReturnFiles.Police(quarter), $"police-{i}.csv"), TimeSpan.FromSeconds(120))));

        Assert.All(decided, detail => Assert.Equal("loaded", SubmissionPolling.Status(detail)));
        var ids = decided.Select(d => d.GetProperty("submission").GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)).ToList();
        var store = _first.Services.GetRequiredService<IAppStore>();
        var audit = await store.GetAuditAsync(new AuditFilter { SubjectType = AuditSubjects.Submission });
        foreach (var id in ids)
        {
            Assert.Single(audit, e => e.SubjectId == id && e.Action == AuditActions.ReturnReceived);
            Assert.Single(audit, e => e.SubjectId == id && e.Action == AuditActions.ReturnLoaded);
        }
    }

    [Fact]
    public async Task Returns_taken_by_an_instance_killed_while_loading_are_loaded_once_by_the_other()
    {
        var admin = _first!.IssueToken(_first.CreateAccount(BoardRoles.Admin));
        var quarters = new[] { "2023-24 Q1", "2023-24 Q2", "2023-24 Q3", "2023-24 Q4", "2024-25 Q1", "2024-25 Q2" };
        var ids = new List<long>();
        using (var doomed = await DashboardProcess.StartAsync(_settings))
        {
            using var toDoomed = new HttpClient { BaseAddress = doomed.Address };
            toDoomed.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", admin);
            foreach (var quarter in quarters)
            {
                var response = await toDoomed.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Police(quarter), $"police {quarter}.csv"));
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
                ids.Add(System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64());
            }

            // Killed while its workers are taking the returns just received: some loading, some waiting.
            doomed.Kill();
        }

        using var survivor = _first.CreateClient();
        foreach (var id in ids)
        {
            Assert.Equal("loaded", SubmissionPolling.Status(await SubmissionPolling.WaitAsync(survivor, id, TimeSpan.FromSeconds(120))));
        }

        var audit = await _first.Services.GetRequiredService<IAppStore>().GetAuditAsync(new AuditFilter { SubjectType = AuditSubjects.Submission });
        foreach (var id in ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))
        {
            Assert.Single(audit, e => e.SubjectId == id && e.Action == AuditActions.ReturnReceived);
            Assert.Single(audit, e => e.SubjectId == id && e.Action == AuditActions.ReturnLoaded);
        }
    }

    public async Task DisposeAsync()
    {
        _second?.Dispose();
        _first?.Dispose();
        await using var admin = NpgsqlDataSource.Create(TestServers.Postgres);
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    private static DashboardFactory Started(DashboardFactory factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static Uri Address(DashboardFactory factory)
    {
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    private static HttpClient Browser(Uri address, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
}
