using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>PUT /api/indicators/{id}</c> (administrators; <c>{ name, definition, priorityId, polarity, target, decimalPlaces }</c>)
/// changes what the board decides about an indicator — its words, its priority, which direction is better, its
/// target, its precision — and keeps the edit (who, when, before and after) in the catalogue's history and the audit
/// trail. What the figures are (unit, multiplier, value type, a quarter's annualisation, comparator mapping) is not
/// edited here: those follow the returns and published data. <c>GET /api/indicators/{id}/edits</c> gives the history.
/// </summary>
internal static class CatalogueEditEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueEditApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/api/indicators/{id}", EditAsync).RequireAuthorization(Policies.EditCatalogue);
        endpoints.MapGet("/api/indicators/{id}/edits", async (string id, IAppStore store, CancellationToken ct) =>
            Results.Ok(await store.GetCatalogueEditsAsync(id, ct))).RequireAuthorization(Policies.ReadDashboard);
        return endpoints;
    }

    /// <summary>The body of an edit: every field the board decides, all given.</summary>
    internal sealed record IndicatorEdit(string? Name, string? Definition, string? PriorityId, Polarity? Polarity, double? Target, int? DecimalPlaces);

    private static async Task<IResult> EditAsync(string id, IndicatorEdit edit, ClaimsPrincipal user, HttpContext context, IAppStore store, AuditTrail audit, CancellationToken ct)
    {
        if (await store.FindIndicatorAsync(id, ct) is not { } before)
        {
            return ApiProblem.NotFound($"There is no indicator '{id}' in the catalogue.");
        }

        if (string.IsNullOrWhiteSpace(edit.Name) || edit.Name.Length > 200 || string.IsNullOrWhiteSpace(edit.Definition) || edit.Definition.Length > 2_000)
        {
            return ApiProblem.BadRequest("name (up to 200 characters) and definition (up to 2,000) must both be given.");
        }

        var priorities = await store.GetPrioritiesAsync(ct);
        if (priorities.All(p => p.Id != edit.PriorityId))
        {
            return ApiProblem.BadRequest($"priorityId '{edit.PriorityId}' is not one of {string.Join(", ", priorities.Select(p => p.Id))}.");
        }

        if (edit.Polarity is null || edit.DecimalPlaces is not (>= 0 and <= 4) || edit.Target is double.NaN or double.PositiveInfinity or double.NegativeInfinity)
        {
            return ApiProblem.BadRequest("polarity (High, Low or Neutral) and decimalPlaces (0 to 4) must be given; target is a number or null.");
        }

        var after = before with
        {
            Name = edit.Name.Trim(),
            Definition = edit.Definition.Trim(),
            PriorityId = edit.PriorityId!,
            Polarity = edit.Polarity.Value,
            Target = edit.Target,
            DecimalPlaces = edit.DecimalPlaces.Value,
        };
        if (after == before)
        {
            return Results.Ok(after);
        }

        var person = BoardPerson.From(user)!;
        await store.SaveIndicatorAsync(after, person.UserName, ct);
        await audit.RecordAsync(person.UserName, AuditActions.CatalogueEdited, AuditSubjects.Catalogue, id, Changes(before, after), context.Connection.RemoteIpAddress?.ToString(), ct);
        return Results.Ok(after);
    }

    private static string Changes(Indicator before, Indicator after)
    {
        var changes = new List<string>();
        void Compare(string field, object? was, object? now)
        {
            if (!Equals(was, now))
            {
                changes.Add($"{field}: {was ?? "none"} → {now ?? "none"}");
            }
        }

        Compare("name", before.Name, after.Name);
        Compare("priority", before.PriorityId, after.PriorityId);
        Compare("polarity", before.Polarity, after.Polarity);
        Compare("target", before.Target, after.Target);
        Compare("decimal places", before.DecimalPlaces, after.DecimalPlaces);
        if (before.Definition != after.Definition)
        {
            changes.Add("definition reworded");
        }

        return string.Join("; ", changes);
    }
}
