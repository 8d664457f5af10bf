namespace Safeguarding.Analytics.Domain.Exceptions.Workflow;

/// <summary>
/// A step someone asks to take on an exception: what, why (the comment), who, and — for an assignment — to which
/// agency and by when. <see cref="StepsSeen"/> is how many steps the exception's history held when they looked, so a
/// step taken on a view someone else has since changed is refused rather than overwriting their work.
/// </summary>
public sealed record ExceptionStep
{
    /// <summary>One of <see cref="ExceptionActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The challenge, the response or the reason; never empty.</summary>
    public required string Comment { get; init; }

    /// <summary>Who is taking the step (the signed-in user).</summary>
    public required string Actor { get; init; }

    /// <summary>The agency an assignment puts the exception to; only for <see cref="ExceptionActions.Assign"/>.</summary>
    public string? AgencyId { get; init; }

    /// <summary>The date by which the agency must respond; only for <see cref="ExceptionActions.Assign"/>.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>
    /// The date of the QA sub-group's next meeting (from <see cref="QaMeetingCalendar"/>); an assignment's due date must
    /// come before it, so the response is in hand when the meeting considers it. Set by whoever knows the calendar.
    /// </summary>
    public DateOnly? NextQaMeeting { get; init; }

    /// <summary>The number of steps in the exception's history when the actor looked.</summary>
    public required int StepsSeen { get; init; }
}

/// <summary>A step as the exception's history keeps it: numbered from 1, with the state it moved from and to.</summary>
public sealed record ExceptionStepTaken
{
    public long Id { get; init; }

    public long ExceptionId { get; init; }

    /// <summary>1 for the first step on the exception, and so on.</summary>
    public int Number { get; init; }

    public required string Action { get; init; }

    public required string FromState { get; init; }

    public required string ToState { get; init; }

    /// <summary>The agency the exception is with after the step; null while it is with nobody.</summary>
    public string? AgencyId { get; init; }

    /// <summary>The due date after the step; null while it is with nobody.</summary>
    public DateOnly? DueDate { get; init; }

    public required string Comment { get; init; }

    public required string Actor { get; init; }

    public DateTime At { get; init; }
}

/// <summary>What became of a step: taken (with the history entry) or refused (with the reason, in plain words).</summary>
public sealed record ExceptionStepResult(ExceptionStepTaken? Taken, string? Refusal)
{
    public bool WasTaken => Taken is not null;

    public static ExceptionStepResult Refused(string reason) => new(null, reason);
}
