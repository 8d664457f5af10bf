using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// The QA sub-group's challenge and response, on every engine: the history explains the state, a refused step leaves
// nothing, two people acting at once cannot both move an exception.
public abstract partial class AppStoreContract
{
    private static readonly DateOnly DueInAMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task The_whole_challenge_path_is_kept_in_order_and_the_register_shows_where_it_stands()
    {
        var (store, id) = await StoreWithOneExceptionAsync();

        await TakeAsync(store, id, QaStep(ExceptionActions.Assign, 0, "Please explain the rise in repeat plans.") with { AgencyId = "childrens_social_care", DueDate = DueInAMonth });
        var assigned = Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter { QaState = ExceptionQaStates.Assigned, AssignedAgencyId = "childrens_social_care" }));
        await TakeAsync(store, id, QaStep(ExceptionActions.Respond, 1, "Three large sibling groups; reviewed at panel.", "csc.data.lead"));
        await TakeAsync(store, id, QaStep(ExceptionActions.Close, 2, "Response accepted."));
        await TakeAsync(store, id, QaStep(ExceptionActions.Reopen, 3, "Risen again in the next quarter."));
        await TakeAsync(store, id, QaStep(ExceptionActions.Escalate, 4, "For the board: a pattern across two quarters."));

        Assert.Equal(new ExceptionQaPosition(ExceptionQaStates.Assigned, "childrens_social_care", DueInAMonth, 1), assigned.Qa);
        var history = await store.GetExceptionStepsAsync(id);
        Assert.Equal(
            [
                (1, ExceptionActions.Assign, ExceptionQaStates.Open, ExceptionQaStates.Assigned, "childrens_social_care", (DateOnly?)DueInAMonth, "qa.chair"),
                (2, ExceptionActions.Respond, ExceptionQaStates.Assigned, ExceptionQaStates.Responded, "childrens_social_care", DueInAMonth, "csc.data.lead"),
                (3, ExceptionActions.Close, ExceptionQaStates.Responded, ExceptionQaStates.Closed, "childrens_social_care", DueInAMonth, "qa.chair"),
                (4, ExceptionActions.Reopen, ExceptionQaStates.Closed, ExceptionQaStates.Open, null, null, "qa.chair"),
                (5, ExceptionActions.Escalate, ExceptionQaStates.Open, ExceptionQaStates.Escalated, null, null, "qa.chair"),
            ],
            history.Select(s => (s.Number, s.Action, s.FromState, s.ToState, s.AgencyId, s.DueDate, s.Actor)));
        Assert.Equal("Three large sibling groups; reviewed at panel.", history[1].Comment);
        Assert.All(history, s => Assert.Equal(id, s.ExceptionId));
        Assert.All(history, s => Assert.InRange(s.At, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1)));
        Assert.Equal(history.Select(s => s.At).Order(), history.Select(s => s.At));
        var flag = Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter { QaState = ExceptionQaStates.Escalated }));
        Assert.Equal(new ExceptionQaPosition(ExceptionQaStates.Escalated, null, null, 5), flag.Qa);
        Assert.Empty(await store.GetExceptionsAsync(new ExceptionFilter { AssignedAgencyId = "childrens_social_care" }));
    }

    [Fact]
    public async Task A_refused_step_says_why_and_leaves_nothing_behind()
    {
        var (store, id) = await StoreWithOneExceptionAsync();

        var closing = await store.TakeExceptionStepAsync(id, QaStep(ExceptionActions.Close, 0, "Nothing to see."));
        var late = await store.TakeExceptionStepAsync(id, QaStep(ExceptionActions.Assign, 0, "Explain.") with { AgencyId = "police", DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1) });
        var stale = await store.TakeExceptionStepAsync(id, QaStep(ExceptionActions.Assign, 3, "Explain.") with { AgencyId = "police", DueDate = DueInAMonth });
        var silent = await store.TakeExceptionStepAsync(id, QaStep(ExceptionActions.Assign, 0, " ") with { AgencyId = "police", DueDate = DueInAMonth });

        Assert.Equal("An exception can be closed only once the agency has responded.", closing.Refusal);
        Assert.Contains("is in the past", late.Refusal, StringComparison.Ordinal);
        Assert.StartsWith("Someone else has taken a step", stale.Refusal, StringComparison.Ordinal);
        Assert.Equal("Every step needs a comment saying why.", silent.Refusal);
        Assert.All(new[] { closing, late, stale, silent }, r => Assert.False(r.WasTaken));
        Assert.Empty(await store.GetExceptionStepsAsync(id));
        Assert.Equal(ExceptionQaPosition.New, Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter())).Qa);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.TakeExceptionStepAsync(id + 1000, QaStep(ExceptionActions.Escalate, 0, "No such flag.")));
    }

    [Fact]
    public async Task Two_people_stepping_at_once_move_the_exception_once_and_the_other_is_told()
    {
        var (store, id) = await StoreWithOneExceptionAsync();
        await TakeAsync(store, id, QaStep(ExceptionActions.Assign, 0, "Explain.") with { AgencyId = "police", DueDate = DueInAMonth });

        for (var round = 0; round < 3; round++)
        {
            var seen = (await store.GetExceptionStepsAsync(id)).Count;
            var results = await Task.WhenAll(
                Task.Run(() => store.TakeExceptionStepAsync(id, QaStep(ExceptionActions.Assign, seen, "To health instead.") with { AgencyId = "health", DueDate = DueInAMonth })),
                Task.Run(() => store.TakeExceptionStepAsync(id, QaStep(ExceptionActions.Assign, seen, "To education instead.") with { AgencyId = "education", DueDate = DueInAMonth })));

            var taken = Assert.Single(results, r => r.WasTaken);
            var refused = Assert.Single(results, r => !r.WasTaken);
            Assert.StartsWith("Someone else has taken a step", refused.Refusal, StringComparison.Ordinal);
            Assert.Equal(seen + 1, (await store.GetExceptionStepsAsync(id)).Count);
            Assert.Equal(taken.Taken!.AgencyId, Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter())).Qa.AgencyId);
        }
    }

    [Fact]
    public async Task A_comment_and_name_come_back_exactly_as_written()
    {
        var (store, id) = await StoreWithOneExceptionAsync();
        const string Hostile = "'; DROP TABLE exception_steps; --\r\n\t\"quoted\" \\back\\slash <script>alert(1)</script> %_ ' OR '1'='1 \u202Eevil\u202C Zoë ✓ 👩‍👧 \u00A0end ";
        var comment = Hostile + new string('x', ExceptionWorkflow.MaxCommentLength - Hostile.Length);
        const string Actor = "O'Brien, Siân (QA) <qa@example.org>";

        var result = await TakeAsync(store, id, new ExceptionStep { Action = ExceptionActions.Escalate, Comment = comment, Actor = Actor, StepsSeen = 0 });
        var kept = Assert.Single(await store.GetExceptionStepsAsync(id));

        Assert.Equal(ExceptionWorkflow.MaxCommentLength, kept.Comment.Length);
        Assert.Equal((comment, Actor), (kept.Comment, kept.Actor));
        Assert.Equal(result, kept);
    }

    [Fact]
    public async Task Analytics_clearing_a_flag_leaves_its_QA_state_and_the_register_shows_both()
    {
        var (store, id) = await StoreWithOneExceptionAsync();
        await TakeAsync(store, id, QaStep(ExceptionActions.Assign, 0, "Explain.") with { AgencyId = "police", DueDate = DueInAMonth });

        await store.ReconcileExceptionsAsync("E06000019", [], Monday.AddDays(1));
        var cleared = Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter { Status = ExceptionStatuses.Cleared, QaState = ExceptionQaStates.Assigned }));
        await store.ReconcileExceptionsAsync("E06000019", [Finding("cpp_repeat_pct", "2024-25 Q1")], Monday.AddDays(2));
        var back = Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter()));

        Assert.Equal(new ExceptionQaPosition(ExceptionQaStates.Assigned, "police", DueInAMonth, 1), cleared.Qa);
        Assert.Equal((ExceptionStatuses.Open, cleared.Qa), (back.Status, back.Qa));
        await TakeAsync(store, id, QaStep(ExceptionActions.Respond, 1, "Recording change; figure corrected."));
    }

    [Fact]
    public async Task An_assignment_due_on_or_after_the_next_QA_meeting_is_refused_and_leaves_nothing()
    {
        var (store, id) = await StoreWithOneExceptionAsync();
        var meeting = DueInAMonth.AddDays(-1);

        var refused = await store.TakeExceptionStepAsync(id, QaStep(ExceptionActions.Assign, 0, "Explain.") with { AgencyId = "police", DueDate = DueInAMonth, NextQaMeeting = meeting });
        var taken = await TakeAsync(store, id, QaStep(ExceptionActions.Assign, 0, "Explain.") with { AgencyId = "police", DueDate = meeting.AddDays(-1), NextQaMeeting = meeting });

        Assert.Contains("is not before the next QA meeting", refused.Refusal, StringComparison.Ordinal);
        Assert.Equal((1, meeting.AddDays(-1)), (taken.Number, taken.DueDate));
    }

    private static ExceptionStep QaStep(string action, int seen, string comment, string actor = "qa.chair") =>
        new() { Action = action, Comment = comment, Actor = actor, StepsSeen = seen };

    private static async Task<ExceptionStepTaken> TakeAsync(IAppStore store, long id, ExceptionStep step)
    {
        var result = await store.TakeExceptionStepAsync(id, step);
        Assert.True(result.WasTaken, result.Refusal);
        return result.Taken!;
    }

    private async Task<(IAppStore Store, long Id)> StoreWithOneExceptionAsync()
    {
        var store = await CreateStoreAsync();
        await store.ReconcileExceptionsAsync("E06000019", [Finding("cpp_repeat_pct", "2024-25 Q1")], Monday);
        return (store, Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter())).Id);
    }
}
