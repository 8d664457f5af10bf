namespace Safeguarding.Analytics.Warehouse.Audit;

/// <summary>
/// One thing someone (or the service itself) did, as the audit trail keeps it: who, what, to which record, when and
/// from where. Once appended it is never changed or removed.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>Given by the store when the event is appended; 0 before.</summary>
    public long Id { get; init; }

    /// <summary>When it happened, UTC to the millisecond; set by the store when left at its default.</summary>
    public DateTime At { get; init; }

    /// <summary>
    /// Who did it: <see cref="AuditActors.System"/> for the service's own jobs, <see cref="AuditActors.Anonymous"/> for a
    /// web request until sign-in exists, later the signed-in user.
    /// </summary>
    public required string Actor { get; init; }

    /// <summary>What was done: one of <see cref="AuditActions.All"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The kind of record acted on, e.g. <c>submission</c>, <c>comparator</c>, <c>indicator</c>, <c>area</c>.</summary>
    public required string SubjectType { get; init; }

    /// <summary>Which one, e.g. a submission's number or an area's ONS code.</summary>
    public required string SubjectId { get; init; }

    /// <summary>A short account in words, e.g. the file's name and what the load made of it.</summary>
    public string Detail { get; init; } = "";

    /// <summary>The client's network address when a web request did it; null for the service's own jobs.</summary>
    public string? ClientAddress { get; init; }
}

/// <summary>The actors there are before sign-in exists.</summary>
public static class AuditActors
{
    /// <summary>The service's own background jobs.</summary>
    public const string System = "system";

    /// <summary>A request from nobody signed in (a refused sign-in, or a return dropped in the inbox).</summary>
    public const string Anonymous = "anonymous";
}

/// <summary>The kinds of record an audit event can be about.</summary>
public static class AuditSubjects
{
    /// <summary>A partner's return, by submission number.</summary>
    public const string Submission = "submission";

    /// <summary>A published comparator file, by its content's key.</summary>
    public const string Comparator = "comparator";

    /// <summary>A record feed file by its content's key, or the derived figures by their load.</summary>
    public const string Records = "records";

    /// <summary>An area, by ONS code.</summary>
    public const string Area = "area";

    /// <summary>An indicator or board priority in the catalogue, by id.</summary>
    public const string Catalogue = "catalogue";

    /// <summary>An exception in the register, by id.</summary>
    public const string Exception = "exception";

    /// <summary>An agency's note on a figure, by its id.</summary>
    public const string Commentary = "commentary";

    /// <summary>A frozen board pack, as "quarter v version".</summary>
    public const string BoardPack = "boardpack";

    /// <summary>A person's account, by user name.</summary>
    public const string Account = "account";

    /// <summary>A deep-dive extract; its runs are audited under the extract, the run named in the detail.</summary>
    public const string Extract = "extract";

    /// <summary>The audit trail itself, by where it was read: <c>page</c>, <c>api</c> or <c>csv</c>.</summary>
    public const string AuditTrail = "audit";

    /// <summary>A background job by its id, or a recurring job by its name.</summary>
    public const string Job = "job";
}
