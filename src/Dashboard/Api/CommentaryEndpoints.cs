using Safeguarding.Analytics.Dashboard.Indicators;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Dashboard.Commentary;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>/api/commentary</c>: what agencies say is behind their figures, by period then agency — the latest version of
/// each note, or every version with <c>versions=all</c> — filtered by indicator, area, period and agency.
/// <c>POST /api/commentary</c> (<c>{ indicator, period, text }</c>, an agency lead's access token) adds a version of
/// their agency's note on one of its indicators for the partnership's area.
/// </summary>
internal static class CommentaryEndpoints
{
    public static IEndpointRouteBuilder MapCommentaryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/commentary", GetAsync);
        endpoints.MapPost("/api/commentary", WriteAsync).RequireAuthorization(Policies.WriteCommentary);
        return endpoints;
    }

    /// <summary>An agency lead's note on one of their agency's indicators for a period: 201 with the version, 200 when unchanged.</summary>
    private static async Task<IResult> WriteAsync(CommentaryRequest note, HttpContext context, CommentaryWriter writer, CancellationToken ct)
    {
        var person = BoardPerson.From(context.User)!;
        if (!writer.MayWrite(person, note.Indicator ?? string.Empty))
        {
            return Results.Problem($"Only the lead of the agency that reports '{note.Indicator}' writes its commentary.", statusCode: StatusCodes.Status403Forbidden, title: "Not your agency's indicator");
        }

        var written = await writer.WriteAsync(person, note.Indicator!, note.Period, note.Text, context.Connection.RemoteIpAddress?.ToString(), ct);
        return written switch
        {
            { Refusal: { } refusal } => ApiProblem.BadRequest(refusal),
            { Note: { } stored } => Results.Created($"/api/commentary?indicator={stored.IndicatorId}&period={Uri.EscapeDataString(stored.PeriodKey)}&versions=all", stored),
            _ => Results.Ok(new { unchanged = true }),
        };
    }

    /// <summary>The body of <c>POST /api/commentary</c>.</summary>
    internal sealed record CommentaryRequest(string? Indicator, string? Period, string? Text);

    private static async Task<IResult> GetAsync(
        string? indicator, string? area, string? period, string? agency, string? versions, int? limit, HttpContext context, AgencyCommentaryReads commentary, AreaDirectory areas, CancellationToken ct)
    {
        string? areaCode = null;
        if (area is not null)
        {
            if (!areas.TryResolve(area, out var resolved))
            {
                return ApiProblem.BadRequest($"area '{area}' is not an ONS or DfE code of any area.");
            }

            areaCode = resolved.Code;
        }

        if (period is not null && !Period.TryParse(period, out _))
        {
            return ApiProblem.BadRequest($"period '{period}' is not a period: write a quarter as 2024-25 Q1, a financial year as 2024-25.");
        }

        if (versions is not (null or "latest" or "all"))
        {
            return ApiProblem.BadRequest($"versions '{versions}' is not one of latest, all.");
        }

        if (limit is < 1 or > 10_000)
        {
            return ApiProblem.BadRequest("limit must be from 1 to 10000.");
        }

        var notes = await commentary.ForAsync(
            BoardPerson.From(context.User)!.Reader,
            new CommentaryFilter
            {
                IndicatorId = indicator,
                AreaCode = areaCode,
                PeriodKey = period,
                AgencyId = agency,
                LatestOnly = versions != "all",
                Limit = limit ?? 1_000,
            },
            ct);
        return Results.Ok(notes.Select(n => new
        {
            n.Id,
            indicator = n.IndicatorId,
            area = n.AreaCode,
            period = n.PeriodKey,
            agency = n.AgencyId,
            n.Text,
            n.Version,
            submission = n.SubmissionId,
            n.Author,
            created = n.CreatedAt,
        }));
    }
}
