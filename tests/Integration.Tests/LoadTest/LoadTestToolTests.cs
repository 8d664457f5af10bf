using Safeguarding.Analytics.Domain.Readers;
using Hangfire;
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

    [Fact]
    public async Task The_members_are_measured_while_a_dropped_comparator_file_loads()
    {
        // The published LAIT file with a blank line added: other content, so it is loaded again rather than recognised.
        var file = Path.Combine(_host.Sources, "lait-again.csv");
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "data", "comparators", "lait_safeguarding_indicators_long.csv")) + "\n");

        var report = await RunWithInboxWatchedAsync(Options(_host.Factory.CreateAccount(BoardRoles.BoardMember)) with
        {
            IngestFile = file, Inbox = _host.Inbox, IngestAt = TimeSpan.FromSeconds(1), IngestTimeout = TimeSpan.FromSeconds(90),
        });

        Assert.True(report.ErrorCount == 0, report.ToTable());
        Assert.True(report.IngestDroppedAtSeconds <= report.IngestStartedAtSeconds && report.IngestStartedAtSeconds <= report.IngestFinishedAtSeconds, report.ToTable());
        Assert.True(report.Windows.Single(w => w.Name == "while the ingest job ran").Overall.Count > 0, report.ToTable());
        Assert.Single(Directory.GetFiles(Path.Combine(_host.Inbox, "processed"), "*_load-test-*-lait-again.csv"));
    }

    [Fact]
    public async Task A_dropped_file_the_service_refuses_is_an_error_with_its_reason()
    {
        var file = Path.Combine(_host.Sources, "not-a-return.csv");
        await File.WriteAllTextAsync(file, "this,is,not\na,return,file\n");

        var report = await RunWithInboxWatchedAsync(Options(_host.Factory.CreateAccount(BoardRoles.BoardMember)) with
        {
            IngestFile = file, Inbox = _host.Inbox, IngestAt = TimeSpan.FromSeconds(1), IngestTimeout = TimeSpan.FromSeconds(60),
        });

        Assert.Equal(0, report.Windows[0].Overall.Errors);
        Assert.Equal(1, report.ErrorCount);
        Assert.Contains("neither a quarterly return", report.IngestProblem, StringComparison.Ordinal);
    }

    /// <summary>Runs the load while the inbox job is set off every second (it is otherwise due once a minute).</summary>
    private async Task<LoadReport> RunWithInboxWatchedAsync(LoadTestOptions options)
    {
        using var done = new CancellationTokenSource();
        var jobs = _host.Factory.Services.GetRequiredService<IRecurringJobManager>();
        var watching = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                jobs.Trigger("inbox-watch");
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        });
        try
        {
            return await RunAsync(options);
        }
        finally
        {
            await done.CancelAsync();
            await watching;
        }
    }

    private LoadTestOptions Options(string userName) => new()
    {
        Url = _host.Address,
        Users = 3,
        // Long enough for each member to walk the whole journey at least once on a busy two-core machine.
        Duration = TimeSpan.FromSeconds(12),
        RampUp = TimeSpan.FromSeconds(1),
        UserName = userName,
        Password = DashboardFactory.Password,
        ThinkMin = TimeSpan.FromMilliseconds(50),
        ThinkMax = TimeSpan.FromMilliseconds(200),
        Api = true,
    };

    private async Task<LoadReport> RunAsync(LoadTestOptions options) =>
        LoadReport.Of(await LoadRun.RunAsync(options, user => BrowserClient.Create(_host.Address, user), CancellationToken.None));

    /// <summary>
    /// The real host, with the demo loaded, on a loopback port (Kestrel rather than the in-memory test server), its inbox
    /// in a folder of its own taking files as soon as they land.
    /// </summary>
    public sealed class KestrelHost : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("sga-load-test-").FullName;

        public KestrelHost()
        {
            Directory.CreateDirectory(Sources);
            Factory = new DashboardFactory(settings: new Dictionary<string, string?>
            {
                ["Ingest:InboxPath"] = Inbox,
                ["Ingest:InboxSettleSeconds"] = "0",
            });
            Factory.UseKestrel(0);
            Factory.StartServer();
            var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }

        public DashboardFactory Factory { get; }

        public Uri Address { get; }

        public string Inbox => Path.Combine(_folder, "inbox");

        /// <summary>Where the files to drop are written first.</summary>
        public string Sources => Path.Combine(_folder, "sources");

        public void Dispose()
        {
            Factory.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
