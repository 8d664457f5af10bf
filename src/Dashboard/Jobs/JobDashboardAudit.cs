using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Jobs;

/// <summary>
/// Records in the audit trail each command sent from the job dashboard (<c>/hangfire</c>): running a recurring job
/// now, removing its schedule, requeueing or deleting jobs, with who sent it and each job's id. It runs after the
/// endpoint's authorization (only those the job dashboard admits get here) and records only a command that carries
/// its antiforgery token, as the dashboard itself requires; and it records before the dashboard carries the command
/// out, so a command that cannot be recorded is not carried out. The dashboard's reads, including the statistics it
/// polls for by POST, are not commands and are not recorded.
/// </summary>
internal sealed partial class JobDashboardAudit(RequestDelegate next)
{
    /// <summary>Where the job dashboard is mapped.</summary>
    public const string Path = "/hangfire";

    public async Task InvokeAsync(HttpContext context, AuditTrail audit, IAntiforgery antiforgery)
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase, out var rest)
            && Command(rest.Value ?? string.Empty) is { } command
            && BoardPerson.From(context.User) is { } person
            && await antiforgery.IsRequestValidAsync(context))
        {
            var jobIds = command.JobId is { } one
                ? [one]
                : context.Request.HasFormContentType
                    ? (await context.Request.ReadFormAsync(context.RequestAborted))["jobs[]"].Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToList()
                    : [];
            var address = context.Connection.RemoteIpAddress?.ToString();
            foreach (var jobId in jobIds)
            {
                await audit.RecordAsync(
                    person.UserName, command.Action, AuditSubjects.Job, jobId, $"{command.Words} from the job dashboard ({rest.Value})", address, context.RequestAborted);
            }
        }

        await next(context);
    }

    /// <summary>The audited command a dashboard path names, or null for anything else.</summary>
    internal static DashboardCommand? Command(string path)
    {
        if (ActionOnOneJob().Match(path) is { Success: true } one)
        {
            return one.Groups["verb"].Value == "delete"
                ? new(AuditActions.JobDeleted, "deleted", Uri.UnescapeDataString(one.Groups["id"].Value))
                : new(AuditActions.JobRequeued, "requeued", Uri.UnescapeDataString(one.Groups["id"].Value));
        }

        if (ActionOnSelectedJobs().Match(path) is { Success: true } batch)
        {
            return batch.Groups["verb"].Value switch
            {
                "delete" => new(AuditActions.JobDeleted, "deleted", null),
                "requeue" => new(AuditActions.JobRequeued, "requeued", null),
                _ => new(AuditActions.JobRequeued, "enqueued now", null),
            };
        }

        return path.ToLowerInvariant() switch
        {
            "/recurring/trigger" => new(AuditActions.JobTriggered, "run now", null),
            "/recurring/remove" => new(AuditActions.RecurringJobRemoved, "schedule removed", null),
            _ => null,
        };
    }

    /// <summary>What a command does; the job's id when the path names it, else the ids are the form's <c>jobs[]</c>.</summary>
    internal sealed record DashboardCommand(string Action, string Words, string? JobId);

    [GeneratedRegex("^/jobs/actions/(?<verb>requeue|delete)/(?<id>[^/]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionOnOneJob();

    [GeneratedRegex("^/jobs/[a-z]+/(?<verb>requeue|enqueue|delete)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionOnSelectedJobs();
}

internal static class JobDashboardAuditExtensions
{
    /// <summary>Audits the job dashboard's commands; after <c>UseAuthorization</c>, so only those it admits are recorded.</summary>
    public static IApplicationBuilder UseJobDashboardAudit(this IApplicationBuilder app) => app.UseMiddleware<JobDashboardAudit>();
}
