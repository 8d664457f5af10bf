using Safeguarding.Analytics.Domain.Readers;
using Bunit;
using Safeguarding.Analytics.Dashboard.Components.Pages.Exceptions;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Dashboard.Tests.Exceptions;

public class ExceptionStepFormTests : RegisterTestBed
{
    [Fact]
    public async Task A_QA_member_is_offered_assign_and_escalate_and_an_assignment_is_taken_and_audited()
    {
        var (cpp, _) = await RaiseTwoAsync();
        var form = RenderForm(Qa, cpp);

        Assert.Equal(["assign", "escalate"], form.FindAll("#step-action option").Select(o => o.GetAttribute("value")));
        Assert.Equal("step-action", form.Find("label[for='step-action']").GetAttribute("for"));
        Assert.Contains("Before the next QA meeting on", form.Find("#step-due-hint").TextContent, StringComparison.Ordinal);
        form.Find("#step-agency").Change("childrens_social_care");
        form.Find("#step-comment").Input("Please explain the rise in plans.");
        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => Assert.Contains("now assigned", form.Find("[data-testid='step-done']").TextContent, StringComparison.Ordinal));
        var flag = await Store.FindExceptionAsync(cpp);
        Assert.Equal((ExceptionQaStates.Assigned, "childrens_social_care"), (flag!.Qa.State, flag.Qa.AgencyId));
        Assert.True(flag.Qa.DueDate < new QaMeetingCalendar([]).NextMeetingAfter(DateOnly.FromDateTime(DateTime.UtcNow)));
        var audit = Assert.Single(await Store.GetAuditAsync(new AuditFilter { Action = AuditActions.ExceptionStep }));
        Assert.Equal(("qa.chair", "exception", cpp.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Actor, audit.SubjectType, audit.SubjectId));
    }

    [Fact]
    public async Task A_refused_step_is_shown_in_words_as_an_alert()
    {
        var (cpp, _) = await RaiseTwoAsync();
        var form = RenderForm(Qa, cpp);

        form.Find("#step-agency").Change("police");
        form.Find("#step-due").Change(DateTime.UtcNow.AddDays(70).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        form.Find("#step-comment").Input("Explain.");
        await form.Find("form").SubmitAsync();

        var alert = form.WaitForElement("[data-testid='step-refusal']");
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Contains("is not before the next QA meeting on", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal(ExceptionQaStates.Open, (await Store.FindExceptionAsync(cpp))!.Qa.State);
    }

    [Fact]
    public async Task Only_the_assigned_agency_s_lead_is_offered_a_response_and_nobody_else_sees_a_form()
    {
        var (cpp, _) = await RaiseTwoAsync();
        var due = new QaMeetingCalendar([]).DefaultDueDate(DateOnly.FromDateTime(DateTime.UtcNow));
        await Store.TakeExceptionStepAsync(cpp, new ExceptionStep { Action = "assign", Comment = "Explain.", Actor = "qa.chair", AgencyId = "police", DueDate = due, StepsSeen = 0 });

        var police = RenderForm(PoliceLead, cpp);
        var health = RenderForm(HealthLead, cpp);
        var board = RenderForm(new BoardPerson("member", "Member", Domain.Readers.BoardRoles.BoardMember, null), cpp);

        Assert.Equal(["respond"], police.FindAll("#step-action option").Select(o => o.GetAttribute("value")));
        Assert.Equal("The agency's response", police.Find("label[for='step-comment']").TextContent);
        Assert.Empty(health.FindAll("form"));
        Assert.Empty(board.FindAll("form"));
    }

    private IRenderedComponent<ExceptionStepForm> RenderForm(BoardPerson person, long id)
    {
        var flag = Store.FindExceptionAsync(id).GetAwaiter().GetResult()!;
        return Render<ExceptionStepForm>(p => p.Add(c => c.Flag, flag).Add(c => c.Person, person).Add(c => c.Agencies, Reference.Agencies));
    }
}
