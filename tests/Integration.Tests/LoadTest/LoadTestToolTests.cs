using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Benchmarks.LoadTest;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.LoadTest;

/// <summary>
/// The load test's core (benchmarks/LoadTest) for a few seconds with three board members against the real host on a
/// loopback port, over real sockets as the tool runs: it signs in through the form, follows the journey, and counts
/// as errors what a browser would see go wrong.
/// </summary>
public sealed class LoadTestToolTests : IClassFixture<LoadTestToolTests.KestrelHost>
{
    private static readonly string[] JourneyRoutes =
    [
        "GET /account/sign-in", "POST /account/sign-in", "GET /", "GET /indicators/{id}", "GET /api/indicators/{id}/series",
        "GET /indicators/{id}/compare", "GET /api/indicators/{id}/compare", "GET /exceptions", "GET /api/exceptions/register", "GET /methods",
    ];

    private readonly KestrelHost _host;

    public LoadTestToolTests(KestrelHost host) => _host = host;

    [Fact]
    public async Task Three_board_members_browse_the_journey_without_an_error_and_with_ordered_percentiles()
    {
        var report = await RunAsync(Options(_host.Factory.CreateAccount(BoardRoles.BoardMember)));

        Assert.True(report.ErrorCount == 0, report.ToTable());
        var whole = report.Windows[0];
        Assert.Equal(JourneyRoutes.Order(StringComparer.Ordinal), whole.Routes.Select(r => r.Route));
        Assert.Equal(3, whole.Routes.Single(r => r.Route == "POST /account/sign-in").Count);
        Assert.All(whole.Routes.Append(whole.Overall), r =>
        {
            Assert.True(r.Count > 0, r.Route);
            Assert.True(r.P50 > 0 && r.P50 <= r.P95 && r.P95 <= r.P99 && r.P99 <= r.Max, $"{r.Route}: {r.P50} {r.P95} {r.P99} {r.Max}");
        });
        Assert.Equal(whole.Routes.Sum(r => r.Count), whole.Overall.Count);
        Assert.InRange(whole.Overall.RequestsPerSecond, 1, 1000);
    }

    [Fact]
    public async Task Reads_that_answer_404_are_reported_as_errors()
    {
        // No area has this code: the JSON API answers 404 for the series and the comparison; the pages still show.
        var report = await RunAsync(Options(_host.Factory.CreateAccount(BoardRoles.BoardMember)) with { Area = "E99999999" });

        var whole = report.Windows[0];
        var series = whole.Routes.Single(r => r.Route == "GET /api/indicators/{id}/series");
        Assert.True(series.Count > 0 && series.Errors == series.Count, report.ToTable());
        Assert.Equal(0, whole.Routes.Single(r => r.Route == "GET /").Errors);
        Assert.True(report.ErrorCount > 0);
        Assert.Contains(report.Errors, e => e.Contains("answered 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_sign_in_is_an_error_and_no_page_is_read()
    {
        var report = await RunAsync(Options(_host.Factory.CreateAccount(BoardRoles.BoardMember)) with { Password = "not the password" });

        var whole = report.Windows[0];
        Assert.Equal(3, whole.Overall.Errors);
        Assert.Equal(["GET /account/sign-in", "POST /account/sign-in"], whole.Routes.Select(r => r.Route));
        Assert.Contains(report.Errors, e => e.Contains("was refused", StringComparison.Ordinal));
    }

    private LoadTestOptions Options(string userName) => new()
    {
        Url = _host.Address,
        Users = 3,
        Duration = TimeSpan.FromSeconds(6),
        RampUp = TimeSpan.FromSeconds(1),
        UserName = userName,
        Password = DashboardFactory.Password,
        ThinkMin = TimeSpan.FromMilliseconds(50),
        ThinkMax = TimeSpan.FromMilliseconds(200),
        Api = true,
    };

    private async Task<LoadReport> RunAsync(LoadTestOptions options) =>
        LoadReport.Of(await LoadRun.RunAsync(options, user => BrowserClient.Create(_host.Address, user), CancellationToken.None));

    /// <summary>The real host, with the demo loaded, on a loopback port (Kestrel rather than the in-memory test server).</summary>
    public sealed class KestrelHost : IDisposable
    {
        public KestrelHost()
        {
            Factory = new DashboardFactory();
            Factory.UseKestrel(0);
            Factory.StartServer();
            var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }

        public DashboardFactory Factory { get; }

        public Uri Address { get; }

        public void Dispose() => Factory.Dispose();
    }
}
