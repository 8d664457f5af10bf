namespace Safeguarding.Analytics.Dashboard.Exceptions;

/// <summary>
/// A step someone asks to take on an exception, as the API's JSON and the page's form give it; the actor is always the
/// signed-in person, never taken from the request.
/// </summary>
internal sealed record ExceptionStepRequest(string? Action, string? Comment, string? AgencyId, DateOnly? DueDate, int StepsSeen);

/// <summary>What became of a step: taken, or refused with the HTTP status that says why and the reason in words.</summary>
internal sealed record ExceptionStepOutcome(int StatusCode, Domain.Exceptions.Workflow.ExceptionStepTaken? Taken, string? Refusal)
{
    public bool WasTaken => Taken is not null;

    public static ExceptionStepOutcome Refused(int statusCode, string reason) => new(statusCode, null, reason);
}
