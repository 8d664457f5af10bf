using System.Globalization;

namespace Safeguarding.Analytics.Domain.Exceptions.Workflow;

/// <summary>
/// The QA sub-group's challenge-and-response rules for an exception, decided without storage so the app store, the
/// API and the page all refuse the same steps in the same words.
/// <list type="bullet">
/// <item>Open → Assigned: QA puts the exception to an agency with a due date (today or later, and before the next QA
/// meeting when the step names it: <see cref="ExceptionStep.NextQaMeeting"/>). An assigned exception
/// may be re-assigned, to another agency or a new date.</item>
/// <item>Assigned → Responded: the agency's response is recorded.</item>
/// <item>Responded → Closed, when QA accepts the response. Open, Assigned or Responded → Escalated, when QA takes it
/// to the board: an agency that does not respond, or a concern QA will not wait on, goes to the board without a
/// response.</item>
/// <item>Closed or Escalated → Open: QA reopens it; the agency and due date are cleared, to be set by a new
/// assignment.</item>
/// </list>
/// Every step needs a comment (at most <see cref="MaxCommentLength"/> characters) and an actor, and is refused when
/// the exception has changed since the actor looked (<see cref="ExceptionStep.StepsSeen"/>).
/// <para>
/// The QA state is separate from the analytics status (open or cleared by the detector) and neither moves the other.
/// When an evaluation clears a flag that QA has assigned, the QA state stays as it is: the agency still owes its
/// response and QA still decides the outcome; the register shows both ("cleared by analytics, assigned to police").
/// A flag that analytics raises again keeps its QA state too, and QA may take steps on a cleared flag.
/// </para>
/// </summary>
public static class ExceptionWorkflow
{
    public const int MaxCommentLength = 4_000;

    public const int MaxActorLength = 200;

    public const int MaxAgencyIdLength = 100;

    /// <summary>Whether the step is allowed from the current position at this time (UTC), and if so where it leads.</summary>
    public static ExceptionStepDecision Decide(ExceptionQaPosition current, ExceptionStep step, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(step);
        var refusal = CheckText(step) ?? CheckSeen(current, step) ?? CheckMove(current.State, step.Action) ?? CheckAssignment(step, now);
        if (refusal is not null)
        {
            return new ExceptionStepDecision(null, refusal);
        }

        var after = step.Action switch
        {
            ExceptionActions.Assign => new ExceptionQaPosition(ExceptionQaStates.Assigned, step.AgencyId, step.DueDate, current.Steps + 1),
            ExceptionActions.Respond => current with { State = ExceptionQaStates.Responded, Steps = current.Steps + 1 },
            ExceptionActions.Close => current with { State = ExceptionQaStates.Closed, Steps = current.Steps + 1 },
            ExceptionActions.Escalate => current with { State = ExceptionQaStates.Escalated, Steps = current.Steps + 1 },
            _ => new ExceptionQaPosition(ExceptionQaStates.Open, null, null, current.Steps + 1),
        };
        return new ExceptionStepDecision(after, null);
    }

    private static string? CheckText(ExceptionStep step)
    {
        if (!ExceptionActions.All.Contains(step.Action))
        {
            return $"'{step.Action}' is not a step: the steps are {string.Join(", ", ExceptionActions.All)}.";
        }

        if (string.IsNullOrWhiteSpace(step.Comment))
        {
            return "Every step needs a comment saying why.";
        }

        if (step.Comment.Length > MaxCommentLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The comment is {step.Comment.Length:N0} characters; it can be at most {MaxCommentLength:N0}.");
        }

        if (string.IsNullOrWhiteSpace(step.Actor))
        {
            return "Every step needs the name of the person taking it.";
        }

        if (step.Actor.Length > MaxActorLength)
        {
            return $"The name of the person taking the step can be at most {MaxActorLength} characters.";
        }

        // PostgreSQL's text cannot hold a NUL character; refused on every engine so both behave alike.
        return step.Comment.Contains('\0', StringComparison.Ordinal) || step.Actor.Contains('\0', StringComparison.Ordinal)
            ? "The comment or name holds a NUL character, which cannot be kept."
            : null;
    }

    private static string? CheckSeen(ExceptionQaPosition current, ExceptionStep step) =>
        step.StepsSeen == current.Steps
            ? null
            : $"Someone else has taken a step on this exception since you looked (it is now {current.State}, after {current.Steps} step{(current.Steps == 1 ? "" : "s")}); look at it again before acting.";

    private static string? CheckMove(string state, string action) => (action, state) switch
    {
        (ExceptionActions.Assign, ExceptionQaStates.Open or ExceptionQaStates.Assigned) => null,
        (ExceptionActions.Respond, ExceptionQaStates.Assigned) => null,
        (ExceptionActions.Close, ExceptionQaStates.Responded) => null,
        (ExceptionActions.Escalate, ExceptionQaStates.Open or ExceptionQaStates.Assigned or ExceptionQaStates.Responded) => null,
        (ExceptionActions.Reopen, ExceptionQaStates.Closed or ExceptionQaStates.Escalated) => null,
        (_, ExceptionQaStates.Closed) when action != ExceptionActions.Close => $"A closed exception must be reopened before it can be {Done(action)}.",
        (_, ExceptionQaStates.Escalated) when action != ExceptionActions.Escalate => $"An escalated exception must be reopened before it can be {Done(action)}.",
        (ExceptionActions.Close, ExceptionQaStates.Closed) => "The exception is already closed.",
        (ExceptionActions.Escalate, ExceptionQaStates.Escalated) => "The exception has already been escalated to the board.",
        (ExceptionActions.Reopen, _) => $"Only a closed or escalated exception can be reopened; this one is {state}.",
        (ExceptionActions.Assign, ExceptionQaStates.Responded) => "The agency has responded: close or escalate the exception; it can be assigned again only once reopened.",
        (ExceptionActions.Respond, ExceptionQaStates.Open) => "An exception must be assigned to an agency before a response can be recorded.",
        (ExceptionActions.Respond, ExceptionQaStates.Responded) => "The agency has already responded: close or escalate the exception.",
        (ExceptionActions.Close, _) => "An exception can be closed only once the agency has responded.",
        _ => $"An exception that is {state} cannot be {Done(action)}.",
    };

    private static string? CheckAssignment(ExceptionStep step, DateTime now)
    {
        if (step.Action != ExceptionActions.Assign)
        {
            return step.AgencyId is null && step.DueDate is null ? null : "Only an assignment names an agency and a due date.";
        }

        if (string.IsNullOrWhiteSpace(step.AgencyId))
        {
            return "An assignment needs the agency the exception is put to.";
        }

        if (step.AgencyId.Length > MaxAgencyIdLength || step.AgencyId.Contains('\0', StringComparison.Ordinal))
        {
            return $"The agency id can be at most {MaxAgencyIdLength} characters, with no NUL character.";
        }

        if (step.DueDate is not { } due)
        {
            return "An assignment needs the date by which the agency must respond.";
        }

        var today = DateOnly.FromDateTime(now.Kind == DateTimeKind.Local ? now.ToUniversalTime() : now);
        if (due < today)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The due date {due:d MMMM yyyy} is in the past; it must be today or later.");
        }

        return step.NextQaMeeting is { } meeting && due >= meeting
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"The due date {due:d MMMM yyyy} is not before the next QA meeting on {meeting:dddd d MMMM yyyy}; choose a date before then, so the response is in hand when the meeting considers it.")
            : null;
    }

    private static string Done(string action) => action switch
    {
        ExceptionActions.Assign => "assigned",
        ExceptionActions.Respond => "responded to",
        ExceptionActions.Close => "closed",
        ExceptionActions.Escalate => "escalated",
        _ => "reopened",
    };
}
