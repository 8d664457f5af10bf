using Safeguarding.Analytics.Dashboard.Extracts;
using System.Globalization;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Ingest.Extracts;
using Safeguarding.Analytics.Ingest.Spreadsheets;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// Deep-dive extracts, for analysts and administrators: <c>GET /api/extracts</c> lists them with the schedule in words,
/// the next run and the last; <c>POST</c> defines one and <c>PUT/DELETE /api/extracts/{id}</c> change or delete it
/// (body: title, theme, indicatorIds or priorityIds, areaRoles, periods {from, to} or {lastQuarters}, format csv or
/// xlsx, schedule {kind manual, cron or board-meeting, cron, workingDaysBefore, boardMonth, enabled});
/// <c>POST /api/extracts/{id}/run</c> runs one now (202 with the run); <c>GET /api/extracts/{id}/runs</c> gives the run
/// history and <c>GET /api/extracts/runs/{runId}/file</c> a run's file, once its download is in the audit trail.
/// </summary>
internal static class ExtractsEndpoints
{
    public static IEndpointRouteBuilder MapExtractsApi(this IEndpointRouteBuilder endpoints)
    {
        var extracts = endpoints.MapGroup("/api/extracts").RequireAuthorization(Policies.RunJobs);
        extracts.MapGet(string.Empty, ListAsync);
        extracts.MapGet("/{id}", GetAsync);
        extracts.MapPost(string.Empty, DefineAsync);
        extracts.MapPut("/{id}", ChangeAsync);
        extracts.MapDelete("/{id}", DeleteAsync);
        extracts.MapPost("/{id}/run", RunAsync);
        extracts.MapGet("/{id}/runs", RunsAsync);
        extracts.MapGet("/runs/{id:long}/file", FileAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(DeepDiveExtracts feature, ExtractScheduler scheduler, CancellationToken ct)
    {
        var latest = await feature.LatestRunsAsync(ct);
        var extracts = await feature.ExtractsAsync(ct);
        return Results.Ok(extracts.Select(e => ExtractJson.Extract(e, scheduler, latest.GetValueOrDefault(e.Id))));
    }

    private static async Task<IResult> GetAsync(string id, DeepDiveExtracts feature, ExtractScheduler scheduler, CancellationToken ct)
    {
        if (await feature.FindAsync(id, ct) is not { } extract)
        {
            return NoSuchExtract(id);
        }

        var runs = await feature.RunsAsync(id, 1, ct);
        return Results.Ok(ExtractJson.Extract(extract, scheduler, (runs.Count > 0 ? runs[0] : null)));
    }

    private static async Task<IResult> DefineAsync(ExtractDraft? draft, HttpContext context, ExtractLibrary library, ExtractScheduler scheduler, CancellationToken ct)
    {
        if (draft is null)
        {
            return ApiProblem.BadRequest("The body must be an extract: title, theme, indicatorIds or priorityIds, areaRoles, periods, format and schedule.");
        }

        var change = await library.DefineAsync(draft, Person(context), Address(context), ct);
        return change.Extract is { } extract
            ? Results.Created($"/api/extracts/{Uri.EscapeDataString(extract.Id)}", ExtractJson.Extract(extract, scheduler, null))
            : Refused(change.Problems);
    }

    private static async Task<IResult> ChangeAsync(string id, ExtractDraft? draft, HttpContext context, ExtractLibrary library, DeepDiveExtracts feature, ExtractScheduler scheduler, CancellationToken ct)
    {
        if (draft is null)
        {
            return ApiProblem.BadRequest("The body must be an extract: title, theme, indicatorIds or priorityIds, areaRoles, periods, format and schedule.");
        }

        if (await library.ChangeAsync(id, draft, Person(context), Address(context), ct) is not { } change)
        {
            return NoSuchExtract(id);
        }

        if (change.Extract is not { } extract)
        {
            return Refused(change.Problems);
        }

        var runs = await feature.RunsAsync(id, 1, ct);
        return Results.Ok(ExtractJson.Extract(extract, scheduler, (runs.Count > 0 ? runs[0] : null)));
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext context, ExtractLibrary library, CancellationToken ct) =>
        await library.DeleteAsync(id, Person(context), Address(context), ct) ? Results.NoContent() : NoSuchExtract(id);

    private static async Task<IResult> RunAsync(string id, HttpContext context, ExtractLibrary library, CancellationToken ct)
    {
        if (await library.RunNowAsync(id, Person(context), Address(context), ct) is not { } run)
        {
            return NoSuchExtract(id);
        }

        return Results.Accepted($"/api/extracts/{Uri.EscapeDataString(id)}/runs", new { runId = run.Id, run = ExtractJson.Run(run) });
    }

    private static async Task<IResult> RunsAsync(string id, DeepDiveExtracts feature, CancellationToken ct, int limit = 100)
    {
        if (await feature.FindAsync(id, ct) is null)
        {
            return NoSuchExtract(id);
        }

        return Results.Ok((await feature.RunsAsync(id, limit, ct)).Select(ExtractJson.Run));
    }

    private static async Task<IResult> FileAsync(long id, HttpContext context, DeepDiveExtracts feature, AuditTrail audit, CancellationToken ct)
    {
        if (await feature.FindRunAsync(id, ct) is not { } run)
        {
            return ApiProblem.NotFound($"There is no extract run {id}.");
        }

        if (run.Status != ExtractRunStatuses.Succeeded || run.FilePath is null || run.FileName is null)
        {
            return ApiProblem.NotFound($"Extract run {id} is {run.Status} and has no file{(run.Error is null ? string.Empty : $": {run.Error}")}.");
        }

        if (!File.Exists(run.FilePath))
        {
            return ApiProblem.NotFound($"The file of extract run {id} ({run.FileName}) is no longer kept on the server; run the extract again.");
        }

        await audit.RecordAsync(Person(context), AuditActions.ExtractFileDownloaded, AuditSubjects.Extract, run.ExtractId,
            string.Create(CultureInfo.InvariantCulture, $"Run {id}: {run.FileName} ({run.Bytes:N0} bytes, SHA-256 {run.Sha256})"), Address(context), ct);
        return Results.File(run.FilePath, SpreadsheetMl.MediaTypeOf(Path.GetExtension(run.FileName).TrimStart('.')), run.FileName);
    }

    private static IResult NoSuchExtract(string id) => ApiProblem.NotFound($"There is no extract '{id}'.");

    private static IResult Refused(IReadOnlyList<string> problems) =>
        Results.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: "The extract was not saved",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    private static string Person(HttpContext context) => BoardPerson.From(context.User)!.UserName;

    private static string? Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
