namespace Safeguarding.Analytics.Domain.Exceptions.Workflow;

/// <summary>
/// Where the QA sub-group's challenge of an exception has got to. Kept apart from the analytics status
/// (<see cref="ExceptionStatuses"/>: open or cleared by the detector): see <see cref="ExceptionWorkflow"/>.
/// </summary>
public static class ExceptionQaStates
{
    /// <summary>Raised and not yet put to a partner: every exception starts here.</summary>
    public const string Open = "open";

    /// <summary>Put to an agency, with a date by which it must respond.</summary>
    public const string Assigned = "assigned";

    /// <summary>The agency has given its response; QA closes or escalates it.</summary>
    public const string Responded = "responded";

    /// <summary>QA is satisfied.</summary>
    public const string Closed = "closed";

    /// <summary>Taken to the board.</summary>
    public const string Escalated = "escalated";

    public static IReadOnlyList<string> All { get; } = [Open, Assigned, Responded, Closed, Escalated];
}

/// <summary>The steps QA (and, for a response, the agency) can take on an exception.</summary>
public static class ExceptionActions
{
    /// <summary>Put the exception to an agency with a due date; also re-assigns an assigned one.</summary>
    public const string Assign = "assign";

    /// <summary>Record the agency's response.</summary>
    public const string Respond = "respond";

    /// <summary>QA accepts the response.</summary>
    public const string Close = "close";

    /// <summary>QA takes the exception to the board.</summary>
    public const string Escalate = "escalate";

    /// <summary>QA opens a closed or escalated exception again.</summary>
    public const string Reopen = "reopen";

    public static IReadOnlyList<string> All { get; } = [Assign, Respond, Close, Escalate, Reopen];
}
