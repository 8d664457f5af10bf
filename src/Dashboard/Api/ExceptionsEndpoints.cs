using System.Text.Json;
using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// The exceptions register. An agency lead sees only exceptions about their agency or assigned to it (another's is
/// "not found").
/// <list type="bullet">
/// <item><c>GET /api/exceptions</c>: open before cleared, the most serious first, filtered by kind, indicator, area,
/// period, severity, status, qaState and assignedAgency; each with its evidence, method and QA position.</item>
/// <item><c>GET /api/exceptions/register</c>: one page of the QA sub-group's register as <c>{ total, items }</c>
/// (see <see cref="ExceptionRegisterEndpoint"/>).</item>
/// <item><c>GET /api/exceptions/{id}</c>: one exception with its steps history, the next QA meeting and the steps
/// the caller may take.</item>
/// <item><c>POST /api/exceptions/{id}/steps</c> with <c>{ action, comment, agencyId?, dueDate?, stepsSeen }</c>: takes
/// a QA step as the signed-in person (QA: assign, close, escalate, reopen; the assigned agency's lead: respond); 403
/// when their role may not, 409 with the reason when the rules refuse it or the exception changed since
/// <c>stepsSeen</c>.</item>
/// </list>
/// </summary>
internal static class ExceptionsEndpoints
{
    public static IEndpointRouteBuilder MapExceptionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/exceptions", GetAsync).RequireAuthorization(Policies.ReadExceptions);
        endpoints.MapGet("/api/exceptions/register", ExceptionRegisterEndpoint.GetAsync).RequireAuthorization(Policies.ReadExceptions);
        endpoints.MapGet("/api/exceptions/{id:long}", GetOneAsync).RequireAuthorization(Policies.ReadExceptions);
        endpoints.MapPost("/api/exceptions/{id:long}/steps", StepAsync).RequireAuthorization(Policies.ReadExceptions).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        string? kind, string? indicator, string? area, string? period, string? severity, string? status, string? qaState, string? assignedAgency,
        int? limit, HttpContext context, ExceptionRegister register, CancellationToken ct)
    {
        if (ExceptionRegisterEndpoint.CheckValues(kind, severity, status, qaState) is { } refused)
        {
            return refused;
        }

        if (limit is < 1 or > 10_000)
        {
            return ApiProblem.BadRequest("limit must be from 1 to 10000.");
        }

        if (BoardPerson.From(context.User) is not { } person)
        {
            return Results.Unauthorized();
        }

        var flags = await register.ListAsync(
            person.Reader,
            new ExceptionFilter
            {
                Kind = kind,
                IndicatorId = indicator,
                AreaCode = area,
                PeriodKey = period,
                Severity = severity,
                Status = status,
                QaState = qaState,
                AssignedAgencyId = assignedAgency,
                Limit = limit ?? 500,
            },
            ct);
        return Results.Ok(flags.Select(Item));
    }

    private static async Task<IResult> GetOneAsync(long id, HttpContext context, ExceptionDetail detail, ExceptionQa qa, CancellationToken ct)
    {
        if (BoardPerson.From(context.User) is not { } person)
        {
            return Results.Unauthorized();
        }

        if (await detail.FindAsync(person.Reader, id, ct) is not { } found)
        {
            return ApiProblem.NotFound($"There is no exception {id} that you can see.");
        }

        return Results.Ok(new
        {
            exception = Item(found.Exception),
            steps = found.Steps.Select(s => new { s.Number, s.Action, s.FromState, s.ToState, agency = s.AgencyId, s.DueDate, s.Comment, s.Actor, s.At }),
            nextQaMeeting = qa.NextMeeting,
            defaultDueDate = qa.DefaultDueDate,
            allowedActions = ExceptionQa.ActionsFor(person, found.Exception.Flag),
        });
    }

    private static async Task<IResult> StepAsync(long id, ExceptionStepRequest? request, HttpContext context, ExceptionQa qa, CancellationToken ct)
    {
        if (BoardPerson.From(context.User) is not { } person)
        {
            return Results.Unauthorized();
        }

        if (request is null)
        {
            return ApiProblem.BadRequest("Send the step as JSON: { action, comment, agencyId?, dueDate?, stepsSeen }.");
        }

        var outcome = await qa.TakeStepAsync(person, id, request, context.Connection.RemoteIpAddress?.ToString(), ct);
        return outcome.Taken is { } taken
            ? Results.Ok(taken)
            : Results.Problem(outcome.Refusal, statusCode: outcome.StatusCode, title: Title(outcome.StatusCode));
    }

    private static string Title(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status409Conflict => "Step refused",
        _ => "Bad request",
    };

    /// <summary>
    /// An exception as the API gives it: the finding, its evidence as JSON, the analytics status and the QA position.
    /// When its evidence is withheld from the reader, the summary is in words, <c>evidence</c> is null and
    /// <c>suppressed</c> says why.
    /// </summary>
    internal static object Item(ExceptionForReader shown)
    {
        var f = shown.Flag;
        return new
        {
            f.Id,
            f.Finding.Kind,
            indicator = f.Finding.IndicatorId.Length == 0 ? null : f.Finding.IndicatorId,
            area = f.Finding.AreaCode,
            period = f.Finding.PeriodKey,
            agency = f.Finding.AgencyId,
            f.Finding.Severity,
            f.Status,
            summary = f.Finding.Summary,
            f.Finding.Method,
            evidence = shown.Withheld is null ? JsonDocument.Parse(f.Finding.EvidenceJson).RootElement : (JsonElement?)null,
            suppressed = shown.Withheld,
            f.FirstSeen,
            f.LastSeen,
            f.ClearedAt,
            qaState = f.Qa.State,
            assignedAgency = f.Qa.AgencyId,
            dueDate = f.Qa.DueDate,
            steps = f.Qa.Steps,
        };
    }
}
