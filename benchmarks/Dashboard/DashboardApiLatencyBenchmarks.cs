using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Ingest;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Benchmarks.Dashboard;

/// <summary>
/// What a board member's reading costs the service, one request an iteration over loopback HTTP in the session of
/// <c>board.member</c>, signed in through the form (so disclosure control applies as it does for them): the overview page (it reads the
/// warehouse on the server; there is no overview API), the home area's series of one indicator, the comparison of
/// that indicator for its national year across every local authority, and the first page of the exceptions register
/// — on the embedded DuckDB warehouse and, when <c>SGA_BENCH_CLICKHOUSE</c> or <c>SGA_TEST_CLICKHOUSE</c> names a
/// server, on ClickHouse. Each engine gets a first start of its own: every local authority's LAIT comparators and the
/// demo returns. For national scale, <c>SGA_BENCH_NATIONAL_RECORDS</c> names a folder of record files; they are put
/// in the inbox and loaded, with everything they set off, before anything is measured.
/// </summary>
[PerViewJob]
[MemoryDiagnoser]
public partial class DashboardApiLatencyBenchmarks : IDisposable
{
    /// <summary>Every first-start account's password in the benchmark hosts.</summary>
    internal const string Password = "benchmark board member";

    private static readonly string? ClickHouse =
        Environment.GetEnvironmentVariable("SGA_BENCH_CLICKHOUSE") is { Length: > 0 } bench ? bench
        : Environment.GetEnvironmentVariable("SGA_TEST_CLICKHOUSE") is { Length: > 0 } test ? test : null;

    private FirstStartHost? host;
    private HttpClient member = null!;
    private string overview = "/";
    private string series = null!;
    private string compare = null!;
    private string register = null!;
    private string derivedSeries = null!;
    private string derivedCompare = null!;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = "DuckDb";

    /// <summary>DuckDB always; ClickHouse only when a server is named, so that without one the run still measures the default.</summary>
    public static IEnumerable<string> Engines() => ClickHouse is null ? ["DuckDb"] : ["DuckDb", "ClickHouse"];

    [GlobalSetup]
    public void StartHost()
    {
        var settings = new Dictionary<string, string?>
        {
            // One token makes every measured call: the per-user API limit would otherwise answer 429 part-way through.
            ["Security:RateLimits:ApiBurst"] = "1000000",
            ["Security:RateLimits:ApiPerSecond"] = "1000000",
            ["Accounts:FirstStartPassword"] = Password,
        };
        if (Engine == "ClickHouse")
        {
            settings["Warehouse:Engine"] = "ClickHouse";
            settings["ConnectionStrings:ClickHouse"] = ClickHouse;
            settings["Warehouse:ClickHouseDatabase"] = $"sga_bench_api_{Guid.NewGuid():N}";
        }

        host = FirstStartHost.Start(TimeSpan.FromMinutes(10), settings);
        if (Environment.GetEnvironmentVariable("SGA_BENCH_NATIONAL_RECORDS") is { Length: > 0 } records)
        {
            NationalRecords.Load(host, records, TimeSpan.FromHours(2));
        }

        member = SignedInBoardMember(host.Loopback.BaseAddress!);
        var (indicator, period, home) = IndicatorWithNationalYear();
        series = $"/api/indicators/{indicator}/series?area={home}";
        compare = $"/api/indicators/{indicator}/compare?area={home}&period={Uri.EscapeDataString(period)}";
        register = "/api/exceptions/register?sort=severity&take=50";
        derivedSeries = $"/api/indicators/repeat_da_pct/series?area={home}";
        derivedCompare = $"/api/indicators/fte_rate_per_100k/compare?area={home}&period={Uri.EscapeDataString(LatestQuarterOf("fte_rate_per_100k"))}";
        Console.WriteLine($"// {Engine}: {series}, {compare}, {register}");
        foreach (var path in new[] { overview, series, compare, register, derivedSeries, derivedCompare })
        {
            // A redirect to the sign-in page or a 404 would be measured as if it were the reading.
            GetAsync(path).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        member?.Dispose();
        if (host?.Services.GetService<IAnalyticStore>() is ClickHouseAnalyticStore clickHouse)
        {
            clickHouse.DropDatabaseAsync().GetAwaiter().GetResult();
        }

        host?.Dispose();
        host = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Task<string> OverviewPage() => GetAsync(overview);

    [Benchmark]
    public Task<string> HomeAreaSeries() => GetAsync(series);

    [Benchmark]
    public Task<string> CompareAcrossAuthorities() => GetAsync(compare);

    [Benchmark]
    public Task<string> ExceptionsRegister() => GetAsync(register);

    /// <summary>The home area's series of a record-derived indicator (<c>repeat_da_pct</c>), every quarter.</summary>
    [Benchmark]
    public Task<string> DerivedSeries() => GetAsync(derivedSeries);

    /// <summary>A record-derived indicator (<c>fte_rate_per_100k</c>) for its latest quarter across every local authority.</summary>
    [Benchmark]
    public Task<string> DerivedCompareAcrossAuthorities() => GetAsync(derivedCompare);

    private async Task<string> GetAsync(string path)
    {
        // Redirects are not followed: a bounce to the sign-in page fails here rather than being measured as the reading.
        using var response = await member.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK ? body : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
    }

    /// <summary>A browser's client in which <c>board.member</c> has signed in through the form, with its antiforgery token.</summary>
    internal static HttpClient SignedInBoardMember(Uri address)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        var page = client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative)).GetAwaiter().GetResult();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "board.member",
            ["password"] = Password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value),
        });
        using var signedIn = client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form).GetAwaiter().GetResult();
        if (signedIn.Headers.Location?.OriginalString != "/")
        {
            client.Dispose();
            throw new InvalidOperationException($"board.member could not sign in: sent to {signedIn.Headers.Location}.");
        }

        return client;
    }

    /// <summary>The latest financial quarter the warehouse holds of an indicator.</summary>
    private string LatestQuarterOf(string indicatorId)
    {
        var periods = host!.Services.GetRequiredService<IAnalyticStore>().GetLoadedPeriodsAsync().GetAwaiter().GetResult();
        return periods.Where(p => p.IndicatorId == indicatorId)
            .Select(p => Period.Parse(p.PeriodKey))
            .Where(p => p.Kind == PeriodKind.FinancialQuarter)
            .Max()?.Key ?? throw new InvalidOperationException($"The warehouse holds no quarter of {indicatorId}.");
    }

    /// <summary>The first indicator on the overview with a national year (a comparison across authorities), that year, and the home area.</summary>
    private (string Indicator, string Period, string Home) IndicatorWithNationalYear()
    {
        using var scope = host!.Services.CreateScope();
        var view = scope.ServiceProvider.GetRequiredService<BoardOverviewQuery>().BuildAsync(Reader.BoardMember, null).GetAwaiter().GetResult();
        var tile = view.Sections.SelectMany(s => s.Tiles).FirstOrDefault(t => t.National is not null)
            ?? throw new InvalidOperationException("No indicator on the overview has a national year to compare.");
        return (tile.Indicator.Id, tile.National!.PeriodKey, scope.ServiceProvider.GetRequiredService<BoardOptions>().HomeAreaCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
