using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Integration.Tests.Journey;

/// <summary>
/// What the first user of the service does after a first start on the demo: every partner agency downloads its
/// template for the quarter after the demo's latest and fills it with plausible figures — each row's latest stored
/// figure of its kind carried forward, so it is consistent with its counts and close to the quarter before — and the
/// answer is looked for where a reader looks: the submission, the series API, the indicator page and the overview.
/// </summary>
public sealed partial class NewcomerJourney(IServiceProvider services, HttpClient admin)
{
    public const string HomeArea = "E06000019";

    /// <summary>The quarter the overview opens on.</summary>
    public async Task<Period> OverviewQuarterAsync()
    {
        var html = await admin.GetStringAsync(new Uri("/", UriKind.Relative));
        return Period.Parse(QuarterOnOverview().Match(html).Groups[1].Value);
    }

    /// <summary>Every partner agency, with the source its returns' figures are shown under.</summary>
    public async Task<IReadOnlyList<(string Id, string Source)>> AgenciesAsync() =>
        [.. (await admin.GetFromJsonAsync<JsonElement>("/api/agencies")).EnumerateArray()
            .Select(a => (a.GetProperty("id").GetString()!, $"{a.GetProperty("name").GetString()} return"))];

    /// <summary>The agency's template for the quarter, downloaded as its lead would, and filled in.</summary>
    public async Task<FilledReturn> FillTemplateAsync(HttpClient lead, string agencyId, Period quarter)
    {
        var response = await lead.GetAsync(new Uri($"/api/returns/template?agency={agencyId}&period={Uri.EscapeDataString(quarter.Key)}", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"template for {agencyId} {quarter.Key}: {(int)response.StatusCode}");
        var template = await response.Content.ReadAsByteArrayAsync();
        var figures = new List<FilledFigure>();
        foreach (var row in FilledReturn.RowsOf(template))
        {
            Assert.Equal(HomeArea, row.AreaCode);
            figures.Add(await CarriedForwardAsync(row.IndicatorId, Period.Parse(row.Period)));
        }

        return new FilledReturn(template, figures);
    }

    /// <summary>
    /// The indicator's latest stored figure of the same kind of period (quarter or year) for the home area, given
    /// again for the new period: what a lead with an unchanged service would report.
    /// </summary>
    private async Task<FilledFigure> CarriedForwardAsync(string indicatorId, Period period)
    {
        var series = await admin.GetFromJsonAsync<JsonElement>($"/api/indicators/{indicatorId}/series?area={HomeArea}");
        var latest = series.GetProperty("points").EnumerateArray()
            .Where(p => p.GetProperty("value").ValueKind == JsonValueKind.Number)
            .Where(p => Period.Parse(p.GetProperty("period").GetString()!).Kind == period.Kind)
            .LastOrDefault();
        Assert.True(latest.ValueKind == JsonValueKind.Object, $"{indicatorId} has no stored {period.Kind} figure to carry forward");
        return new FilledFigure(
            indicatorId,
            HomeArea,
            period.Key,
            latest.GetProperty("value").GetDouble(),
            Count(latest, "numerator"),
            Count(latest, "denominator"));
    }

    /// <summary>What a reader sees of one figure just sent: its series point must hold it, from the agency's return.</summary>
    public async Task AssertInSeriesAsync(FilledFigure figure, string source)
    {
        var series = await admin.GetFromJsonAsync<JsonElement>($"/api/indicators/{figure.IndicatorId}/series?area={HomeArea}");
        var point = series.GetProperty("points").EnumerateArray().SingleOrDefault(p => p.GetProperty("period").GetString() == figure.PeriodKey);
        Assert.True(point.ValueKind == JsonValueKind.Object, $"{figure.IndicatorId} {figure.PeriodKey} is not in its series");
        Assert.Equal(figure.Value, point.GetProperty("value").GetDouble());
        Assert.Equal(source, point.GetProperty("source").GetString());
        if (point.GetProperty("lowerCi").ValueKind == JsonValueKind.Number)
        {
            Assert.InRange(figure.Value, point.GetProperty("lowerCi").GetDouble(), point.GetProperty("upperCi").GetDouble());
        }
    }

    /// <summary>The indicator page names the period and shows the figure as the board reads it.</summary>
    public async Task AssertOnIndicatorPageAsync(FilledFigure figure)
    {
        var html = await admin.GetStringAsync(new Uri($"/indicators/{figure.IndicatorId}", UriKind.Relative));
        Assert.Contains(figure.PeriodKey, html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Waits until no job is queued or running, then asserts none failed: every analytics refresh the returns set off
    /// has run to the end.
    /// </summary>
    public async Task AssertJobsRanWithoutErrorAsync()
    {
        var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        long Busy() => monitoring.ProcessingCount() + JobQueues.All.Sum(monitoring.EnqueuedCount);
        while (Busy() > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Equal(0, Busy());
        var failed = monitoring.FailedJobs(0, 10);
        Assert.True(failed.Count == 0, string.Join("\n", failed.Select(f => $"{f.Value.Job?.Type.Name}: {f.Value.ExceptionMessage}")));
        Assert.Equal(0, monitoring.ScheduledCount());
    }

    private static double? Count(JsonElement point, string name) =>
        point.GetProperty(name).ValueKind == JsonValueKind.Number ? point.GetProperty(name).GetDouble() : null;

    [GeneratedRegex("data-testid=\"quarter\">([^<]+)<")]
    private static partial Regex QuarterOnOverview();

    public static string Describe(FilledReturn filled) =>
        string.Join("; ", filled.Figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.IndicatorId} {f.PeriodKey}={f.Value}")));
}
