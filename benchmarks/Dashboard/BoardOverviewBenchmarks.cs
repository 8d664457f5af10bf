using Safeguarding.Analytics.Domain.Readers;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Benchmarks.Dashboard;

/// <summary>
/// The board overview's server work on the demo, in the real host after a first start: the query alone (DI-resolved
/// in a scope of its own, as a request resolves it) and the whole response to <c>GET /</c> — query and prerendered
/// HTML — over loopback HTTP as a signed-in board member, for the latest quarter and for the same quarter a year earlier.
/// </summary>
[PerViewJob]
[MemoryDiagnoser]
public class BoardOverviewBenchmarks
{
    private FirstStartHost? host;
    private HttpClient? member;
    private Period latest = null!;
    private Period earlier = null!;

    [GlobalSetup]
    public void StartHost()
    {
        host = FirstStartHost.Start(TimeSpan.FromMinutes(5), new Dictionary<string, string?> { ["Accounts:FirstStartPassword"] = DashboardApiLatencyBenchmarks.Password });
        member = DashboardApiLatencyBenchmarks.SignedInBoardMember(host.Loopback.BaseAddress!);
        var overview = BuildAsync(null).GetAwaiter().GetResult();
        latest = overview.Quarter;
        earlier = overview.Quarters.Count >= 5 ? overview.Quarters[^5] : overview.Quarters[0];
        Console.WriteLine($"// latest quarter {latest}, earlier quarter {earlier}, {overview.Sections.Sum(s => s.Tiles.Count)} tiles");

        // A page that silently showed another quarter, or an error, would measure the wrong work.
        foreach (var (get, quarter) in new[] { (GetOverview(), latest), (GetOverviewForEarlierQuarter(), earlier) })
        {
            var html = get.GetAwaiter().GetResult();
            if (!html.Contains($"data-testid=\"quarter\">{quarter.Key}<", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The overview did not show quarter {quarter.Key}.");
            }
        }
    }

    [GlobalCleanup]
    public void StopHost()
    {
        member?.Dispose();
        host?.Dispose();
    }

    [Benchmark]
    public Task<BoardOverview> BuildLatestQuarter() => BuildAsync(latest);

    [Benchmark]
    public Task<BoardOverview> BuildEarlierQuarter() => BuildAsync(earlier);

    [Benchmark]
    public Task<string> GetOverview() => member!.GetStringAsync(new Uri("/", UriKind.Relative));

    [Benchmark]
    public Task<string> GetOverviewForEarlierQuarter() =>
        member!.GetStringAsync(new Uri($"/?quarter={Uri.EscapeDataString(earlier.Key)}", UriKind.Relative));

    private async Task<BoardOverview> BuildAsync(Period? quarter)
    {
        await using var scope = host!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BoardOverviewQuery>().BuildAsync(Reader.BoardMember, quarter);
    }
}
