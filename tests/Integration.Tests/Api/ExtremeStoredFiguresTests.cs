using Safeguarding.Analytics.Domain.Readers;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>
/// Figures no return could carry past the validator, stored straight into the warehouse (as a careless load, an old
/// version or another engine's import might leave them): no page or endpoint reading them may fail.
/// </summary>
public sealed class ExtremeStoredFiguresTests : IDisposable
{
    private const string Home = "E06000019";
    private const string Rate = "fte_rate_per_100k";
    private const string Proportion = "contacts_24h_pct";

    private static readonly double[] Extremes = [1e308, -1e308, double.MaxValue, 1e-308, 0, 1e308, double.MaxValue, -double.MaxValue];

    private readonly DashboardFactory _factory = new();

    [Fact]
    public async Task Every_page_and_endpoint_answers_without_a_server_error_over_extreme_stored_figures()
    {
        var admin = _factory.CreateClient();
        var board = _factory.CreateClientAs(BoardRoles.BoardMember);
        var latest = await LatestQuarterAsync(admin);
        var neighbours = (await admin.GetFromJsonAsync<JsonElement>($"/api/areas/{Home}")).GetProperty("neighbours");
        var neighbour = neighbours[0].GetProperty("neighbourCode").GetString()!;
        var second = neighbours[1].GetProperty("neighbourCode").GetString()!;
        var quarters = Enumerable.Range(1, Extremes.Length).Select(i => Enumerable.Range(0, i).Aggregate(latest, (p, _) => p.Next())).ToList();

        var store = _factory.Services.GetRequiredService<IAnalyticStore>();
        await store.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", "extreme figures", Figures(quarters, neighbour, second)));
        var stored = DateTime.UtcNow;
        await Task.Delay(20);
        var corrected = await store.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", "the figures corrected", Corrections(quarters)));

        // The analytics refresh that follows every load evaluates the extreme figures too, and must not fail on them.
        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AnalyticsRefreshJob>().RunAsync(corrected.LoadId, CancellationToken.None);
        }

        var last = Uri.EscapeDataString(quarters[^1].Key);
        var first = Uri.EscapeDataString(quarters[0].Key);
        var asOf = Uri.EscapeDataString(stored.ToString("O", CultureInfo.InvariantCulture));
        var addresses = new List<string>
        {
            "/api/indicators", $"/api/indicators/{Rate}", "/api/loads",
            $"/api/exceptions?indicator={Rate}", $"/api/exceptions/register?period={last}", "/api/anomalies", $"/api/anomalies?period={Uri.EscapeDataString(quarters[0].FinancialYearOf().Key)}",
            "/", $"/?quarter={last}", $"/?quarter={first}", "/exceptions", "/methods", "/submissions",
        };
        foreach (var indicator in new[] { Rate, Proportion })
        {
            foreach (var area in new[] { Home, neighbour })
            {
                addresses.Add($"/api/indicators/{indicator}/series?area={area}");
                addresses.Add($"/api/indicators/{indicator}/series?area={area}&asOf={asOf}");
                addresses.Add($"/api/indicators/{indicator}/series?area={area}&versions=all");
                addresses.Add($"/api/indicators/{indicator}/series?area={area}&asOf={asOf}&versions=all");
                addresses.Add($"/api/indicators/{indicator}/forecast?area={area}");
                addresses.Add($"/indicators/{indicator}?area={area}");
            }

            foreach (var quarter in quarters)
            {
                var period = Uri.EscapeDataString(quarter.Key);
                addresses.Add($"/api/indicators/{indicator}/compare?area={Home}&period={period}");
                addresses.Add($"/api/indicators/{indicator}/compare?area={neighbour}&period={period}");
                addresses.Add($"/indicators/{indicator}/compare?area={Home}&period={period}");
            }
        }

        var failures = new List<string>();

        // A board pack frozen for a quarter of extreme figures, and for one whose figure is double.MaxValue. A pack reads
        // the store as at the moment it is frozen and commit times are kept to the second: a second must pass first.
        await Task.Delay(1100);
        foreach (var (quarter, presentedOn) in new[] { (quarters[0], "2026-02-12"), (quarters[2], "2026-09-10") })
        {
            using var frozen = await admin.PostAsJsonAsync("/api/board-packs", new { quarter = quarter.Key, presentedOn });
            var body = await frozen.Content.ReadAsStringAsync();
            Assert.True(frozen.StatusCode == System.Net.HttpStatusCode.Created, $"freezing {quarter.Key}: {(int)frozen.StatusCode} {Shorten(body)}");
            var version = JsonDocument.Parse(body).RootElement.GetProperty("pack").GetProperty("version").GetInt32();
            var slug = quarter.Key.Replace(' ', '-');
            addresses.AddRange([$"/board-packs/{slug}/v{version}", $"/api/board-packs/{slug}/{version}"]);
        }

        addresses.AddRange(["/board-packs", "/api/board-packs"]);
        foreach (var client in new[] { admin, board })
        {
            foreach (var address in addresses)
            {
                using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{address}: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The same extreme figure for the home area and two neighbours, so that the neighbours' average overflows too.</summary>
    private static IEnumerable<Observation> Figures(List<Period> quarters, string neighbour, string second)
    {
        for (var i = 0; i < quarters.Count; i++)
        {
            var extreme = Extremes[i];
            foreach (var area in new[] { Home, neighbour, second })
            {
                yield return new Observation { IndicatorId = Rate, AreaCode = area, PeriodKey = quarters[i].Key, Value = extreme, Source = "test" };
                yield return new Observation
                {
                    IndicatorId = Proportion,
                    AreaCode = area,
                    PeriodKey = quarters[i].Key,
                    Value = extreme,
                    Numerator = Math.Abs(extreme),
                    Denominator = i % 2 == 0 ? Math.Abs(extreme) : 1e-308,
                    Source = "test",
                };
            }
        }
    }

    /// <summary>The home area's first extreme figure put right, so the moment before it stays readable with <c>asOf</c>.</summary>
    private static IEnumerable<Observation> Corrections(List<Period> quarters) =>
        [new Observation { IndicatorId = Rate, AreaCode = Home, PeriodKey = quarters[0].Key, Value = 310.5, Source = "test" }];

    private static async Task<Period> LatestQuarterAsync(HttpClient client)
    {
        var series = await client.GetFromJsonAsync<JsonElement>($"/api/indicators/{Proportion}/series?area={Home}");
        return series.GetProperty("points").EnumerateArray()
            .Select(p => Period.Parse(p.GetProperty("period").GetString()!))
            .Where(p => p.Kind == PeriodKind.FinancialQuarter)
            .Max()!;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];
}
