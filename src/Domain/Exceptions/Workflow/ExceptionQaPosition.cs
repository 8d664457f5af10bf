namespace Safeguarding.Analytics.Domain.Exceptions.Workflow;

/// <summary>
/// Where an exception stands with QA: its state, the agency it is with and the date that agency must respond by
/// (both null while it is with nobody), and how many steps have been taken on it.
/// </summary>
public sealed record ExceptionQaPosition(string State, string? AgencyId, DateOnly? DueDate, int Steps)
{
    /// <summary>Every exception starts here, however analytics raised it.</summary>
    public static ExceptionQaPosition New { get; } = new(ExceptionQaStates.Open, null, null, 0);
}

/// <summary>What the rules decided: the position after the step, or why the step is not allowed.</summary>
public sealed record ExceptionStepDecision(ExceptionQaPosition? After, string? Refusal)
{
    public bool IsAllowed => After is not null;
}
