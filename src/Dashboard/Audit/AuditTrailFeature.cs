using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Audit;

/// <summary>Where the audit trail was read: the audit page, <c>/api/audit</c>, or the CSV export <c>/api/audit.csv</c>.</summary>
public enum AuditTrailView
{
    Page,
    Api,
    Csv,
}

/// <summary>
/// The audit trail for one reader: the audit page, <c>/api/audit</c> and <c>/api/audit.csv</c>. It names every
/// agency's files, steps and comments, so it is the administrator's alone (the route's policy admits no one else, and
/// the query answers anyone else with nothing). Each read is itself recorded in the trail, with the filter and how
/// many events it gave, before the events are handed over: if it cannot be recorded, nothing is shown.
/// </summary>
public sealed class AuditTrailReads(IAppStore store, AuditTrail audit)
{
    public async Task<IReadOnlyList<AuditEvent>> ForAsync(
        BoardPerson person, AuditFilter filter, AuditTrailView view, string? clientAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(filter);
        if (person.Role != BoardRoles.Admin)
        {
            return [];
        }

        var events = await store.GetAuditAsync(filter, cancellationToken);
        await audit.RecordAsync(
            person.UserName,
            view == AuditTrailView.Csv ? AuditActions.AuditExported : AuditActions.AuditRead,
            AuditSubjects.AuditTrail,
            view.ToString().ToLowerInvariant(),
            $"{Describe(filter)}; {events.Count.ToString("N0", CultureInfo.InvariantCulture)} events",
            clientAddress,
            cancellationToken);
        return events;
    }

    /// <summary>The filter in words, as the audit trail keeps it: e.g. "action return.loaded, subject submission:17, limit 500".</summary>
    public static string Describe(AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string>();
        if (filter.From is { } from)
        {
            parts.Add("from " + Utc(from));
        }

        if (filter.To is { } to)
        {
            parts.Add("before " + Utc(to));
        }

        if (filter.Actor is { } actor)
        {
            parts.Add("actor " + Visible(actor));
        }

        if (filter.Action is { } action)
        {
            parts.Add("action " + action);
        }

        if (filter.SubjectType is { } subjectType)
        {
            parts.Add("subject " + Visible(subjectType + (filter.SubjectId is { } id ? ":" + id : string.Empty)));
        }

        parts.Add("limit " + filter.Limit.ToString(CultureInfo.InvariantCulture));
        return string.Join(", ", parts);
    }

    /// <summary>
    /// The text with each control character written as <c>\uXXXX</c>: a filter is typed by someone, and the trail
    /// keeps its detail on one line and cannot hold a NUL.
    /// </summary>
    private static string Visible(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = char.IsControl(c) ? visible.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)) : visible.Append(c);
        }

        return visible.ToString();
    }

    private static string Utc(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
