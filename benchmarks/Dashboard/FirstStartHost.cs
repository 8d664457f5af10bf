using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Jobs;

namespace Safeguarding.Analytics.Benchmarks.Dashboard;

/// <summary>
/// The dashboard as a new user's first start runs it — Development, DuckDB warehouse, SQLite app store, in-memory
/// Hangfire, the LAIT comparators and demo returns loaded — on a loopback port, with its data in a temporary folder.
/// </summary>
internal sealed class FirstStartHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private FirstStartHost(IReadOnlyDictionary<string, string?>? settings)
    {
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("sga-bench-host-").FullName;

    /// <summary>A client of the host's loopback port, disposed with the host.</summary>
    public HttpClient Loopback { get; private set; } = null!;

    /// <summary>
    /// Starts a host (the start-up load runs before it serves) and waits for the analytics refresh; extra settings
    /// (another warehouse engine, say) apply over the first start's.
    /// </summary>
    public static FirstStartHost Start(TimeSpan timeout, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new FirstStartHost(settings);
        try
        {
            host.UseKestrel(0);
            host.StartServer();
            host.WaitForAnalyticsRefresh(timeout);
            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            host.Loopback = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal)) };
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The settings `dotnet run --project src/Dashboard` uses, with every file of the service under the folder.
        builder.UseEnvironment("Development");
        // The dashboard's appsettings.json is copied beside the benchmarks; WebApplicationFactory would otherwise look
        // for the project from the working directory, which under `dotnet run` is not the build output.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("Warehouse:DuckDbPath", Path.Combine(Folder, "warehouse.duckdb"));
        builder.UseSetting("AppStore:SqlitePath", Path.Combine(Folder, "appstore.db"));
        builder.UseSetting("Ingest:InboxPath", Path.Combine(Folder, "inbox"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Loopback?.Dispose();
        }

        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>The start-up load queues one refresh of the board's analytics; measuring while it runs would measure it too.</summary>
    private void WaitForAnalyticsRefresh(TimeSpan timeout)
    {
        var monitoring = Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + timeout;
        while (!monitoring.SucceededJobs(0, 100).Any(j => j.Value.Job?.Type == typeof(AnalyticsRefreshJob)))
        {
            if (monitoring.FailedJobs(0, 100).FirstOrDefault(j => j.Value.Job?.Type == typeof(AnalyticsRefreshJob)) is { Value: { } failed })
            {
                throw new InvalidOperationException($"The analytics refresh failed: {failed.ExceptionMessage}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The analytics refresh had not finished after {timeout}.");
            }

            Thread.Sleep(200);
        }
    }
}
