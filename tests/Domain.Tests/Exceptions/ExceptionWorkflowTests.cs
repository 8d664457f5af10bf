using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Domain.Tests.Exceptions;

public class ExceptionWorkflowTests
{
    private static readonly DateTime Now = new(2025, 7, 7, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly NextMonth = new(2025, 8, 7);

    [Fact]
    public void The_whole_path_moves_through_the_states_and_keeps_the_agency_until_reopened()
    {
        var position = ExceptionQaPosition.New;
        position = Allowed(position, Assign("police", NextMonth));
        Assert.Equal(new ExceptionQaPosition(ExceptionQaStates.Assigned, "police", NextMonth, 1), position);
        position = Allowed(position, Step(ExceptionActions.Assign, 1) with { AgencyId = "health", DueDate = NextMonth.AddDays(7) });
        Assert.Equal(new ExceptionQaPosition(ExceptionQaStates.Assigned, "health", NextMonth.AddDays(7), 2), position);
        position = Allowed(position, Step(ExceptionActions.Respond, 2));
        Assert.Equal(new ExceptionQaPosition(ExceptionQaStates.Responded, "health", NextMonth.AddDays(7), 3), position);
        position = Allowed(position, Step(ExceptionActions.Close, 3));
        Assert.Equal(ExceptionQaStates.Closed, position.State);
        position = Allowed(position, Step(ExceptionActions.Reopen, 4));
        Assert.Equal(new ExceptionQaPosition(ExceptionQaStates.Open, null, null, 5), position);
    }

    [Theory]
    [InlineData(ExceptionQaStates.Open, ExceptionActions.Escalate, ExceptionQaStates.Escalated)]
    [InlineData(ExceptionQaStates.Assigned, ExceptionActions.Escalate, ExceptionQaStates.Escalated)]
    [InlineData(ExceptionQaStates.Responded, ExceptionActions.Escalate, ExceptionQaStates.Escalated)]
    [InlineData(ExceptionQaStates.Escalated, ExceptionActions.Reopen, ExceptionQaStates.Open)]
    [InlineData(ExceptionQaStates.Closed, ExceptionActions.Reopen, ExceptionQaStates.Open)]
    public void Allowed_moves_lead_where_the_board_expects(string from, string action, string to) =>
        Assert.Equal(to, Allowed(new ExceptionQaPosition(from, "police", NextMonth, 4), Step(action, 4)).State);

    [Theory]
    [InlineData(ExceptionQaStates.Closed, ExceptionActions.Assign, "A closed exception must be reopened before it can be assigned.")]
    [InlineData(ExceptionQaStates.Escalated, ExceptionActions.Respond, "An escalated exception must be reopened before it can be responded to.")]
    [InlineData(ExceptionQaStates.Closed, ExceptionActions.Close, "The exception is already closed.")]
    [InlineData(ExceptionQaStates.Escalated, ExceptionActions.Escalate, "The exception has already been escalated to the board.")]
    [InlineData(ExceptionQaStates.Open, ExceptionActions.Respond, "An exception must be assigned to an agency before a response can be recorded.")]
    [InlineData(ExceptionQaStates.Open, ExceptionActions.Close, "An exception can be closed only once the agency has responded.")]
    [InlineData(ExceptionQaStates.Assigned, ExceptionActions.Close, "An exception can be closed only once the agency has responded.")]
    [InlineData(ExceptionQaStates.Responded, ExceptionActions.Respond, "The agency has already responded: close or escalate the exception.")]
    [InlineData(ExceptionQaStates.Assigned, ExceptionActions.Reopen, "Only a closed or escalated exception can be reopened; this one is assigned.")]
    public void Refused_moves_say_why_in_plain_words(string from, string action, string reason)
    {
        var step = action == ExceptionActions.Assign ? Assign("police", NextMonth) with { StepsSeen = 3 } : Step(action, 3);
        Assert.Equal(reason, Refusal(new ExceptionQaPosition(from, null, null, 3), step));
    }

    [Fact]
    public void A_responded_exception_is_closed_or_escalated_not_assigned_again() =>
        Assert.StartsWith("The agency has responded", Refusal(new ExceptionQaPosition(ExceptionQaStates.Responded, "police", NextMonth, 2), Assign("health", NextMonth) with { StepsSeen = 2 }), StringComparison.Ordinal);

    [Fact]
    public void A_due_date_in_the_past_is_refused_but_today_is_allowed()
    {
        Assert.Equal("The due date 6 July 2025 is in the past; it must be today or later.", Refusal(ExceptionQaPosition.New, Assign("police", new DateOnly(2025, 7, 6))));
        Assert.Equal(ExceptionQaStates.Assigned, Allowed(ExceptionQaPosition.New, Assign("police", new DateOnly(2025, 7, 7))).State);
    }

    [Fact]
    public void An_assignment_needs_an_agency_and_a_due_date_and_other_steps_name_neither()
    {
        Assert.Equal("An assignment needs the agency the exception is put to.", Refusal(ExceptionQaPosition.New, Assign(" ", NextMonth)));
        Assert.Equal("An assignment needs the date by which the agency must respond.", Refusal(ExceptionQaPosition.New, Step(ExceptionActions.Assign, 0) with { AgencyId = "police" }));
        var assigned = new ExceptionQaPosition(ExceptionQaStates.Assigned, "police", NextMonth, 1);
        Assert.Equal("Only an assignment names an agency and a due date.", Refusal(assigned, Step(ExceptionActions.Respond, 1) with { AgencyId = "health" }));
    }

    [Fact]
    public void Every_step_needs_a_comment_of_limited_length_and_an_actor()
    {
        Assert.Equal("Every step needs a comment saying why.", Refusal(ExceptionQaPosition.New, Assign("police", NextMonth) with { Comment = "  \n" }));
        Assert.Equal("Every step needs the name of the person taking it.", Refusal(ExceptionQaPosition.New, Assign("police", NextMonth) with { Actor = "" }));
        Assert.Equal(
            "The comment is 4,001 characters; it can be at most 4,000.",
            Refusal(ExceptionQaPosition.New, Assign("police", NextMonth) with { Comment = new string('x', 4_001) }));
        Assert.Equal(ExceptionQaStates.Assigned, Allowed(ExceptionQaPosition.New, Assign("police", NextMonth) with { Comment = new string('x', 4_000) }).State);
        Assert.Contains("NUL", Refusal(ExceptionQaPosition.New, Assign("police", NextMonth) with { Comment = "a\0b" }), StringComparison.Ordinal);
        Assert.StartsWith("'approve' is not a step", Refusal(ExceptionQaPosition.New, Step("approve", 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_taken_on_an_out_of_date_view_is_refused()
    {
        var assigned = new ExceptionQaPosition(ExceptionQaStates.Assigned, "police", NextMonth, 1);

        Assert.Equal(
            "Someone else has taken a step on this exception since you looked (it is now assigned, after 1 step); look at it again before acting.",
            Refusal(assigned, Assign("health", NextMonth)));
    }

    [Fact]
    public void An_assignment_due_on_or_after_the_next_QA_meeting_is_refused_naming_the_meeting()
    {
        var meeting = new DateOnly(2025, 7, 8);

        var onTheDay = Refusal(ExceptionQaPosition.New, Assign("police", meeting) with { NextQaMeeting = meeting });
        var dayBefore = Allowed(ExceptionQaPosition.New, Assign("police", meeting.AddDays(-1)) with { NextQaMeeting = meeting });

        Assert.Equal(
            "The due date 8 July 2025 is not before the next QA meeting on Tuesday 8 July 2025; choose a date before then, so the response is in hand when the meeting considers it.",
            onTheDay);
        Assert.Contains("Tuesday 8 July 2025", Refusal(ExceptionQaPosition.New, Assign("police", NextMonth) with { NextQaMeeting = meeting }), StringComparison.Ordinal);
        Assert.Equal(meeting.AddDays(-1), dayBefore.DueDate);
    }

    private static ExceptionStep Step(string action, int seen) => new() { Action = action, Comment = "Please explain the rise.", Actor = "qa.chair", StepsSeen = seen };

    private static ExceptionStep Assign(string agency, DateOnly due) => Step(ExceptionActions.Assign, 0) with { AgencyId = agency, DueDate = due };

    private static ExceptionQaPosition Allowed(ExceptionQaPosition position, ExceptionStep step)
    {
        var decision = ExceptionWorkflow.Decide(position, step, Now);
        Assert.True(decision.IsAllowed, decision.Refusal);
        return decision.After!;
    }

    private static string Refusal(ExceptionQaPosition position, ExceptionStep step)
    {
        var decision = ExceptionWorkflow.Decide(position, step, Now);
        Assert.False(decision.IsAllowed);
        return decision.Refusal!;
    }
}
