using System.Globalization;
using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Dashboard.Indicators;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>/api/indicators/{id}/series?area=</c>: every period of one indicator in one area, the latest version of each;
/// <c>asOf=</c> (an ISO 8601 moment, UTC unless it says otherwise) reads the series as it stood then, and
/// <c>versions=all</c> lists every version. Each point carries its 95% interval and, for the latest versions, its
/// place on the series' XmR chart, whose mean, limits and icons come with the series.
/// </summary>
internal static class SeriesEndpoints
{
    public static IEndpointRouteBuilder MapSeriesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/indicators/{id}/series", GetSeriesAsync);
        return endpoints;
    }

    private static async Task<IResult> GetSeriesAsync(
        string id,
        string? area,
        string? from,
        string? to,
        string? asOf,
        string? versions,
        IndicatorSeries feature,
        AreaDirectory areas,
        ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (await feature.FindIndicatorAsync(id, ct) is null)
        {
            return ApiProblem.NotFound($"There is no indicator '{id}' in the catalogue.");
        }

        if (string.IsNullOrWhiteSpace(area))
        {
            return ApiProblem.BadRequest("The 'area' query parameter is required: an ONS code such as E06000019 or a DfE code such as 884.");
        }

        if (!areas.TryResolve(area, out var resolved))
        {
            return ApiProblem.NotFound($"'{area}' is not an ONS or DfE code of any area.");
        }

        Period? first = null, last = null;
        if ((from is not null && !Period.TryParse(from, out first)) || (to is not null && !Period.TryParse(to, out last)))
        {
            return ApiProblem.BadRequest("'from' and 'to' must be period keys such as '2024-25 Q1', '2023-24' or '2023'.");
        }

        DateTime? moment = null;
        if (asOf is not null)
        {
            if (!DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return ApiProblem.BadRequest($"'asOf' must be an ISO 8601 date or moment such as 2025-07-31 or 2025-07-31T12:00:00Z, not '{asOf}'.");
            }

            moment = parsed.UtcDateTime;
        }

        if (versions is not null && versions is not ("all" or "latest"))
        {
            return ApiProblem.BadRequest($"'versions' must be 'latest' (the default) or 'all', not '{versions}'.");
        }

        var reader = BoardPerson.From(user)!.Reader;
        var series = (await feature.ForAsync(reader, new IndicatorSeriesRequest(id, resolved.Code) { From = first, To = last, AsOf = moment, AllVersions = versions == "all" }, ct))!;
        var chart = series.Chart;
        return Results.Ok(new
        {
            indicatorId = id,
            area = new { resolved.Code, resolved.Name },
            asOf = moment,
            spcWithout = chart is not null && series.WithheldCount > 0
                ? $"the chart is worked out without the {series.WithheldCount} {(series.WithheldCount == 1 ? "figure" : "figures")} withheld for a small count, so that its mean and limits cannot give them away"
                : null,
            spc = chart is null ? null : new
            {
                periodKind = chart.Kind,
                mean = chart.Chart.Mean,
                lowerLimit = chart.Chart.LowerProcessLimit,
                upperLimit = chart.Chart.UpperProcessLimit,
                lowerNearLimit = chart.Chart.LowerNearLimit,
                upperNearLimit = chart.Chart.UpperNearLimit,
                trialLimits = chart.Chart.TrialLimits,
                variation = chart.Chart.VariationIcon,
                assurance = chart.Chart.AssuranceIcon,
                notComputed = chart.Chart.NotComputedReason,
            },
            disclosureControl = series.Withheld.Rule?.SmallCountReason,
            points = series.Points.Select((p, i) => Point(p, series.WithheldBecause[i])),
        });
    }

    /// <summary>
    /// A point with its 95% interval (published, or worked out from its counts) and its place on the chart; with
    /// <paramref name="suppressed"/>, its figures and interval are withheld and the reason given (such a point is not
    /// on the chart either).
    /// </summary>
    private static object Point(IndicatorPoint point, string? suppressed)
    {
        var (o, interval, onChart) = point;
        var shown = suppressed is null;
        return new
        {
            period = o.PeriodKey,
            Value = shown ? o.Value : null,
            Numerator = shown ? o.Numerator : null,
            Denominator = shown ? o.Denominator : null,
            suppressed,
            lowerCi = shown ? interval?.Lower : null,
            upperCi = shown ? interval?.Upper : null,
            intervalMethod = shown ? interval?.Method : null,
            status = o.Status.ToString().ToLowerInvariant(),
            o.StatusReason,
            o.Source,
            o.Version,
            o.LoadId,
            o.LoadedAt,
            spc = onChart is null ? null : new { pointType = onChart.PointType, rule = onChart.Rule },
        };
    }
}
