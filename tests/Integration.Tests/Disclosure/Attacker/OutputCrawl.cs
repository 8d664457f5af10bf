using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>
/// Every GET address the host maps, read from its live route table (as <c>EndpointAuthorizationTests</c> does), so an
/// output added later is read too: each route with its parameters filled with a planted figure's indicator, area,
/// quarter and the ids of the planted submission, the exceptions on the planted indicators and the extract's run, and
/// with <c>?indicator=&amp;area=&amp;period=&amp;quarter=</c> naming the planted figure. The indicator routes
/// (series, compare, forecast, …) are also read for every authority of the planted area's region, every region and
/// England, as an attacker collecting the sums would; the series also as it stood at the moment the counts were
/// planted and with every version. The PDF of a board pack is read as its words; the job dashboard's pages are read
/// too. Not read: static files, the framework's own endpoints and sign-out.
/// </summary>
internal sealed partial class OutputCrawl(PlantedSmallCountsHost host)
{
    public async Task<IReadOnlyList<ServiceOutput>> ReadEverythingAsync(Reader reader, HttpClient client)
    {
        var exceptions = await ExceptionIdsAsync();
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in GetRoutes())
        {
            urls.TryAdd(Fill(route, host.Planted[0], host.Planted[0].Cell.Area, null), route);
            foreach (var planted in host.Planted)
            {
                var areas = route.StartsWith("/api/indicators/{id", StringComparison.Ordinal) ? AttackAreas(planted) : [planted.Cell.Area];
                foreach (var area in areas)
                {
                    var ids = route.Contains("{id:long}", StringComparison.Ordinal) && route.Contains("exceptions", StringComparison.Ordinal)
                        ? exceptions : [null];
                    foreach (var id in ids)
                    {
                        urls.TryAdd(Fill(route, planted, area, id) + Query(planted, area), route);
                    }
                }
            }
        }

        foreach (var planted in host.Planted)
        {
            // The series as it stood a moment ago, and every version of it: decided over the frame of that moment.
            var series = "/api/indicators/{id}/series";
            urls.TryAdd(Fill(series, planted, planted.Cell.Area, null) + Query(planted, planted.Cell.Area) + "&versions=all", series);
            urls.TryAdd(Fill(series, planted, planted.Cell.Area, null) + Query(planted, planted.Cell.Area) + "&asOf=" + Uri.EscapeDataString(host.PlantedAt.ToString("O", CultureInfo.InvariantCulture)), series);
        }

        foreach (var page in JobDashboardPages)
        {
            urls.TryAdd(page, "/hangfire");
        }

        var outputs = new List<ServiceOutput>();
        foreach (var (url, route) in urls)
        {
            using var response = await client.GetAsync(url);
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
            var text = mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.Contains("json", StringComparison.Ordinal)
                ? await response.Content.ReadAsStringAsync()
                : mediaType == PdfMediaType && response.IsSuccessStatusCode ? WordsOf(await response.Content.ReadAsByteArrayAsync()) : string.Empty;
            outputs.Add(new ServiceOutput(reader, route, url, (int)response.StatusCode, mediaType, text));
        }

        return outputs;
    }

    public const string PdfMediaType = "application/pdf";

    /// <summary>
    /// The job dashboard's pages (analysts' and administrators' tool): the queues, the jobs in each state with their
    /// arguments and any failure's message, and the recurring jobs.
    /// </summary>
    private static readonly string[] JobDashboardPages =
        ["/hangfire", "/hangfire/jobs/enqueued", "/hangfire/jobs/succeeded", "/hangfire/jobs/failed", "/hangfire/jobs/scheduled", "/hangfire/recurring", "/hangfire/retries"];

    /// <summary>A PDF's text as its words, in reading order, one space apart.</summary>
    private static string WordsOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
    }

    /// <summary>The area itself, every authority of its region, every region, the region's sub-regions and England.</summary>
    public IReadOnlyList<string> AttackAreas(PlantedFigure planted)
    {
        var areas = host.Reference.Areas;
        var area = areas.Resolve(planted.Cell.Area);
        var region = areas.RegionOf(area);
        return [.. new[] { area.Code }
            .Concat(areas.LocalAuthorities.Where(a => a.IsCurrent && region is not null && a.RegionCode == region.Code).Select(a => a.Code))
            .Concat(areas.Regions.Select(r => r.Code))
            .Concat(areas.SubRegions.Where(s => region is not null && s.RegionCode == region.Code).Select(s => s.Code))
            .Append(areas.England.Code)
            .Distinct(StringComparer.Ordinal)];
    }

    private async Task<List<string?>> ExceptionIdsAsync()
    {
        var ids = new List<string?>();
        foreach (var planted in host.Planted)
        {
            var found = await host.Analyst.GetFromJsonAsync<JsonElement>($"/api/exceptions?indicator={planted.Cell.Indicator}&limit=1000");
            ids.AddRange(found.EnumerateArray().Select(e => e.GetProperty("id").GetRawText()));
        }

        return [.. ids.Distinct().Take(40)];
    }

    private List<string> GetRoutes()
    {
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var isStatic = endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)) || route == "/{**path:file}";
            var notAnOutput = route.StartsWith("/_", StringComparison.Ordinal) || route.StartsWith("/hangfire", StringComparison.Ordinal)
                || route == "/account/sign-out";
            if (methods.Contains("GET") && !isStatic && !notAnOutput)
            {
                routes.Add(route);
            }
        }

        Assert.True(routes.Count >= 30, "The route table was not read.");
        return [.. routes.Distinct(StringComparer.Ordinal)];
    }

    private string Fill(string route, PlantedFigure planted, string area, string? exceptionId) =>
        Parameter().Replace(route, parameter =>
        {
            var name = parameter.Groups[1].Value.TrimStart('*');
            var isLong = parameter.Value.Contains(":long", StringComparison.Ordinal);
            return name switch
            {
                "id" or "Id" when isLong && route.Contains("submissions", StringComparison.Ordinal) => host.PlantedSubmissionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "id" or "Id" when isLong && route.Contains("runs", StringComparison.Ordinal) => host.ExtractRunId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "id" or "Id" when isLong => exceptionId ?? "1",
                "id" or "Id" when route.StartsWith("/api/extracts", StringComparison.Ordinal) || route.StartsWith("/extracts", StringComparison.Ordinal) => host.ExtractId,
                "id" or "Id" => planted.Cell.Indicator,
                "code" => area,
                "quarter" => QuarterOf(planted).Replace(' ', '-'),
                "version" => "1",
                _ => "x",
            };
        });

    private static string Query(PlantedFigure planted, string area) =>
        $"?indicator={planted.Cell.Indicator}&area={area}&period={Uri.EscapeDataString(planted.Cell.Period)}&quarter={Uri.EscapeDataString(QuarterOf(planted))}";

    /// <summary>The planted quarter, or a planted year's last quarter (when its year's figures are published).</summary>
    public static string QuarterOf(PlantedFigure planted) =>
        planted.Cell.Period.Contains(" Q", StringComparison.Ordinal) ? planted.Cell.Period : planted.Cell.Period + " Q4";

    [GeneratedRegex("{([^}:=?]+)[^}]*}")]
    private static partial Regex Parameter();
}
