using Safeguarding.Analytics.Domain.Readers;
using Hangfire;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// A published comparator file dropped in the inbox while the warehouse refuses its load every time: once Hangfire's
/// retries are spent the file is filed as failed with the last error in words, not left in <c>processing/</c>, and
/// the administrator's header counts the failed job. The real host, its retries made short by configuration.
/// </summary>
public sealed class FailingInboxFileJobTests : IDisposable
{
    private readonly string _inbox = Directory.CreateTempSubdirectory("sga-inbox-").FullName;
    private readonly DashboardFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    public FailingInboxFileJobTests()
    {
        _factory = new DashboardFactory(settings: new Dictionary<string, string?>
        {
            ["Board:LoadDemoData"] = "false",
            ["Ingest:InboxPath"] = _inbox,
            ["Ingest:InboxSettleSeconds"] = "0",
            ["Hangfire:SchedulePollingSeconds"] = "1",
            ["Hangfire:RetryDelaysSeconds:0"] = "1",
        });
        _host = _factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(IAnalyticStore));
            services.Remove(real);
            services.AddSingleton<IAnalyticStore>(provider => new RefusingLoads((IAnalyticStore)real.ImplementationFactory!(provider), "comparator:"));
        }));
    }

    [Fact]
    public async Task A_comparator_file_the_store_keeps_refusing_is_filed_as_failed_with_the_reason_once_retries_are_spent()
    {
        var admin = DashboardFactory.CreateClientAs(_host, BoardRoles.Admin);
        var c1 = ReferenceDataFolder.Locate().ComparatorFile("dfe_c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");
        File.Copy(c1, Path.Combine(_inbox, "referrals.csv"));

        _host.Services.GetRequiredService<IRecurringJobManager>().Trigger("inbox-watch");

        var failed = Path.Combine(_inbox, "failed");
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!(Directory.Exists(failed) && Directory.GetFiles(failed, "*.error.txt").Length == 1) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var reason = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(failed, "*.error.txt")));
        // The inbox stamps a file's name with the time it was taken.
        var words = reason.Split("_referrals.csv could not be loaded after every retry: ", 2);
        Assert.Equal(2, words.Length);
        Assert.StartsWith(RefusingLoads.Refusal, words[1], StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d", words[1]);
        Assert.Empty(Directory.GetFiles(Path.Combine(_inbox, "processing")));
        Assert.Empty(await _host.Services.GetRequiredService<IAnalyticStore>().GetLoadsAsync());
        // The file is filed as the failed state is applied; the count follows once Hangfire commits it.
        const string counted = "data-testid=\"failed-jobs\" data-count=\"1\"";
        var header = await admin.GetStringAsync(new Uri("/", UriKind.Relative));
        for (var tries = 0; !header.Contains(counted, StringComparison.Ordinal) && tries < 50; tries++)
        {
            await Task.Delay(100);
            header = await admin.GetStringAsync(new Uri("/", UriKind.Relative));
        }

        Assert.Contains(counted, header, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
        Directory.Delete(_inbox, recursive: true);
    }
}
