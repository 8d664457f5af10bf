using System.Globalization;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Warehouse.Exceptions.Register;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>GET /api/exceptions/register</c>: one page of the register as <c>{ total, items }</c>. Filters: <c>priority</c>,
/// <c>agency</c> (the finding's), <c>kind</c>, <c>indicator</c>, <c>area</c>, <c>status</c>, <c>qaState</c>,
/// <c>severity</c>, <c>period</c>, <c>assignedAgency</c>; <c>sort</c> one of severity, period, indicator, kind,
/// qaState, dueDate, firstSeen, lastSeen, with a leading <c>-</c> for descending (default <c>severity</c>, the most
/// serious first); <c>skip</c> and <c>take</c> (1–1000, default 25).
/// </summary>
internal static class ExceptionRegisterEndpoint
{
    public static async Task<IResult> GetAsync(HttpRequest request, ExceptionRegister register, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        string? Text(string name) => query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;
        if (CheckValues(Text("kind"), Text("severity"), Text("status"), Text("qaState")) is { } refused)
        {
            return refused;
        }

        var sort = Text("sort") ?? ExceptionRegisterSorts.Severity;
        var descending = sort.StartsWith('-');
        var column = descending ? sort[1..] : sort;
        if (!ExceptionRegisterSorts.All.Contains(column))
        {
            return ApiProblem.BadRequest($"sort '{sort}' is not one of {string.Join(", ", ExceptionRegisterSorts.All)} (with a leading - for descending).");
        }

        if (!TryWhole(Text("skip"), 0, 0, int.MaxValue, out var skip) || !TryWhole(Text("take"), 25, 1, ExceptionRegisterQuery.MaxTake, out var take))
        {
            return ApiProblem.BadRequest($"skip must be a whole number from 0, take from 1 to {ExceptionRegisterQuery.MaxTake}.");
        }

        if (BoardPerson.From(request.HttpContext.User) is not { } person)
        {
            return Results.Unauthorized();
        }

        var page = await register.PageAsync(
            person.Reader,
            new ExceptionRegisterQuery
            {
                PriorityId = Text("priority"),
                AgencyId = Text("agency"),
                Kind = Text("kind"),
                IndicatorId = Text("indicator"),
                AreaCode = Text("area"),
                Status = Text("status"),
                QaState = Text("qaState"),
                Severity = Text("severity"),
                PeriodKey = Text("period"),
                AssignedAgencyId = Text("assignedAgency"),
                SortBy = column,
                Descending = descending,
                Skip = skip,
                Take = take,
            },
            ct);
        return Results.Ok(new { total = page.Total, items = page.Items.Select(ExceptionsEndpoints.Item) });
    }

    /// <summary>A 400 naming the allowed values when a filter holds one the register never has.</summary>
    public static IResult? CheckValues(string? kind, string? severity, string? status, string? qaState)
    {
        if (kind is not null && !ExceptionKinds.All.Contains(kind))
        {
            return ApiProblem.BadRequest($"kind '{kind}' is not one of {string.Join(", ", ExceptionKinds.All)}.");
        }

        if (severity is not null && !ExceptionSeverities.All.Contains(severity))
        {
            return ApiProblem.BadRequest($"severity '{severity}' is not one of {string.Join(", ", ExceptionSeverities.All)}.");
        }

        if (status is not null && status is not (ExceptionStatuses.Open or ExceptionStatuses.Cleared))
        {
            return ApiProblem.BadRequest($"status '{status}' is not one of {ExceptionStatuses.Open}, {ExceptionStatuses.Cleared}.");
        }

        return qaState is not null && !ExceptionQaStates.All.Contains(qaState)
            ? ApiProblem.BadRequest($"qaState '{qaState}' is not one of {string.Join(", ", ExceptionQaStates.All)}.")
            : null;
    }

    private static bool TryWhole(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }
}
