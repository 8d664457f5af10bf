using System.Globalization;
using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Dashboard.Submissions;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.Submissions;
using Safeguarding.Analytics.Ingest.Spreadsheets;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>GET /api/submissions</c> (<c>agency</c>, <c>period</c>, <c>status</c>, <c>limit</c>) lists submissions, newest
/// first; <c>GET /api/submissions/{id}</c> gives one with every problem kept and the agency's other versions of the
/// quarter; <c>/file</c> gives the file exactly as received, once its download is in the audit trail;
/// <c>GET /api/data-quality</c> the scores. An agency lead sees only their agency's: another agency's submission is
/// not found, and the lists hold only theirs.
/// </summary>
internal static class SubmissionsEndpoints
{
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/submissions", ListAsync);
        endpoints.MapGet("/api/submissions/{id:long}", GetAsync);
        // The file as received holds figures before disclosure control: only those who send returns take it back.
        endpoints.MapGet("/api/submissions/{id:long}/file", FileAsync).RequireAuthorization(Policies.SendReturns);
        endpoints.MapGet("/api/data-quality", DataQualityAsync);
        return endpoints;
    }

    private static async Task<IResult> DataQualityAsync(string? agency, string? period, ClaimsPrincipal user, SubmissionRecords records, CancellationToken ct) =>
        Results.Ok(await records.DataQualityAsync(BoardPerson.From(user)!.Reader, agency, period, ct));

    private static async Task<IResult> ListAsync(string? agency, string? period, string? status, int? limit, ClaimsPrincipal user, SubmissionRecords records, CancellationToken ct)
    {
        SubmissionStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<SubmissionStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return ApiProblem.BadRequest($"'status' must be one of {string.Join(", ", Enum.GetNames<SubmissionStatus>()).ToLowerInvariant()}, not '{status}'.");
            }

            wanted = parsed;
        }

        if (limit is < 1 or > 1000)
        {
            return ApiProblem.BadRequest("'limit' must be between 1 and 1000.");
        }

        var submissions = await records.ListAsync(
            BoardPerson.From(user)!.Reader,
            new SubmissionFilter { AgencyId = agency, PeriodKey = period, Status = wanted, Limit = limit ?? 200 }, ct);
        return Results.Ok(submissions.Select(SubmissionJson.Summary));
    }

    private static async Task<IResult> GetAsync(long id, ClaimsPrincipal user, SubmissionRecords records, CancellationToken ct)
    {
        if (await records.FindAsync(BoardPerson.From(user)!.Reader, id, ct) is not { } record)
        {
            return ApiProblem.NotFound($"There is no submission {id}.");
        }

        return Results.Ok(new
        {
            submission = SubmissionJson.Summary(record.Submission),
            problems = record.Problems.Select(SubmissionJson.Problem),
            history = record.History.Select(SubmissionJson.Summary),
        });
    }

    private static async Task<IResult> FileAsync(long id, HttpContext context, SubmissionRecords records, AuditTrail audit, CancellationToken ct)
    {
        var person = BoardPerson.From(context.User)!;
        var file = await records.FileAsync(person.Reader, id, ct);
        if (file.Submission is not { } submission)
        {
            return ApiProblem.NotFound($"There is no submission {id}.");
        }

        if (file.Content is not { } content)
        {
            return Results.Problem(
                "The file as received holds the partner's figures before disclosure control; an analyst can download it. Its checks and figures are on the submission's page.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not allowed");
        }

        await audit.RecordAsync(person.UserName, AuditActions.SubmissionFileDownloaded, AuditSubjects.Submission, id.ToString(CultureInfo.InvariantCulture), $"{submission.FileName} ({content.Length:N0} bytes)", context.Connection.RemoteIpAddress?.ToString(), ct);
        var type = SpreadsheetMl.MediaTypeOf(submission.Format);
        return Results.File(content, type, submission.FileName);
    }
}
