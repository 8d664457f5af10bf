using System.Globalization;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Dashboard.Exceptions;

/// <summary>
/// The QA sub-group's challenge and response as the API and the pages both take it: who may see an exception, who may
/// take which step, the next meeting an assignment must be due before, and the audit record of every step taken.
/// </summary>
internal sealed class ExceptionQa(IAppStore store, AuditTrail audit, QaMeetingCalendar calendar, TimeProvider clock, ReferenceDataSet reference)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public DateOnly NextMeeting => calendar.NextMeetingAfter(Today);

    public DateOnly DefaultDueDate => calendar.DefaultDueDate(Today);

    /// <summary>Whether the person may see the exception: anyone but an agency lead, who sees what is about or assigned to their agency.</summary>
    public static bool MaySee(BoardPerson person, ExceptionFlag flag) => ExceptionRegister.MaySee(person.Reader, flag);

    /// <summary>The exception, or null when there is none with this id or the person may not see it.</summary>
    public async Task<ExceptionFlag?> FindAsync(BoardPerson person, long id, CancellationToken cancellationToken)
    {
        var flag = await store.FindExceptionAsync(id, cancellationToken);
        return flag is not null && MaySee(person, flag) ? flag : null;
    }

    /// <summary>The steps this person could take on the exception as it stands (what the page offers).</summary>
    public static IReadOnlyList<string> ActionsFor(BoardPerson person, ExceptionFlag flag)
    {
        var state = flag.Qa.State;
        if (person.May(Policies.AnswerExceptions))
        {
            return state == ExceptionQaStates.Assigned && person.AgencyId is not null && person.MaySee(flag.Qa.AgencyId) ? [ExceptionActions.Respond] : [];
        }

        if (!person.May(Policies.RunQa))
        {
            return [];
        }

        return state switch
        {
            ExceptionQaStates.Open => [ExceptionActions.Assign, ExceptionActions.Escalate],
            ExceptionQaStates.Assigned => [ExceptionActions.Assign, ExceptionActions.Escalate],
            ExceptionQaStates.Responded => [ExceptionActions.Close, ExceptionActions.Escalate],
            _ => [ExceptionActions.Reopen],
        };
    }

    /// <summary>
    /// Takes the step as the person: 404 when they may not see the exception, 403 when their role may not take this
    /// step (or, for a response, the exception is with another agency), 409 when the rules refuse it or someone acted
    /// first, 400 when the step is not one of <see cref="ExceptionActions"/>. A step taken is recorded in the audit trail.
    /// </summary>
    public async Task<ExceptionStepOutcome> TakeStepAsync(
        BoardPerson person, long id, ExceptionStepRequest request, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(request);
        if (await FindAsync(person, id, cancellationToken) is not { } flag)
        {
            return ExceptionStepOutcome.Refused(StatusCodes.Status404NotFound, $"There is no exception {id} that you can see.");
        }

        if (request.Action is not { } action || !ExceptionActions.All.Contains(action))
        {
            return ExceptionStepOutcome.Refused(
                StatusCodes.Status400BadRequest, $"'{request.Action}' is not a step: the steps are {string.Join(", ", ExceptionActions.All)}.");
        }

        if (Forbidden(person, flag, action) is { } forbidden)
        {
            return ExceptionStepOutcome.Refused(StatusCodes.Status403Forbidden, forbidden);
        }

        if (action == ExceptionActions.Assign && request.AgencyId is { Length: > 0 } agencyId && !reference.Agencies.Any(a => a.Id == agencyId))
        {
            return ExceptionStepOutcome.Refused(
                StatusCodes.Status400BadRequest, $"'{agencyId}' is not an agency: choose one of {string.Join(", ", reference.Agencies.Select(a => a.Id))}.");
        }

        var step = new ExceptionStep
        {
            Action = action,
            Comment = request.Comment ?? string.Empty,
            Actor = person.UserName,
            AgencyId = request.AgencyId,
            DueDate = request.DueDate,
            NextQaMeeting = action == ExceptionActions.Assign ? NextMeeting : null,
            StepsSeen = request.StepsSeen,
        };
        var result = await store.TakeExceptionStepAsync(id, step, cancellationToken);
        if (result.Taken is not { } taken)
        {
            return ExceptionStepOutcome.Refused(StatusCodes.Status409Conflict, result.Refusal!);
        }

        await audit.RecordAsync(
            person.UserName, AuditActions.ExceptionStep, AuditSubjects.Exception, id.ToString(CultureInfo.InvariantCulture), Describe(taken), clientAddress, cancellationToken);
        return new ExceptionStepOutcome(StatusCodes.Status200OK, taken, null);
    }

    private static string? Forbidden(BoardPerson person, ExceptionFlag flag, string action)
    {
        if (action != ExceptionActions.Respond)
        {
            return person.May(Policies.RunQa) ? null : "Only a member of the QA sub-group can assign, close, escalate or reopen an exception.";
        }

        if (!person.May(Policies.AnswerExceptions))
        {
            return "Only the lead of the agency an exception is assigned to can respond to it.";
        }

        return flag.Qa.AgencyId is { } assigned && !person.MaySee(assigned)
            ? $"This exception is assigned to {assigned}; only that agency's lead can respond to it."
            : null;
    }

    /// <summary>The audit trail's account of a step: what moved where, to whom and by when, and the comment.</summary>
    public static string Describe(ExceptionStepTaken taken)
    {
        var assignment = taken.Action == ExceptionActions.Assign
            ? string.Create(CultureInfo.InvariantCulture, $" to {taken.AgencyId}, due {taken.DueDate:yyyy-MM-dd}")
            : string.Empty;
        return $"Step {taken.Number}: {taken.Action}{assignment} ({taken.FromState} → {taken.ToState}). Comment: {taken.Comment}";
    }
}
