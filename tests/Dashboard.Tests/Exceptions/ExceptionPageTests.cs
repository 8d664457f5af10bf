using Bunit;
using Safeguarding.Analytics.Dashboard.Components.Pages.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Dashboard.Tests.Exceptions;

public class ExceptionPageTests : RegisterTestBed
{
    [Fact]
    public async Task An_exception_shows_its_summary_evidence_links_and_history_in_words()
    {
        var (cpp, _) = await RaiseTwoAsync();
        var due = new QaMeetingCalendar([]).DefaultDueDate(DateOnly.FromDateTime(DateTime.UtcNow));
        await Store.TakeExceptionStepAsync(cpp, new ExceptionStep { Action = "assign", Comment = "<i>Explain</i> the rise.", Actor = "qa.chair", AgencyId = "childrens_social_care", DueDate = due, StepsSeen = 0 });
        SignIn(Qa);

        var page = Render<ExceptionPage>(p => p.Add(c => c.Id, cpp));

        page.WaitForAssertion(() => Assert.Contains("SPC concern", page.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Contains("in 2025-26 Q2", page.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Equal("Assigned", page.Find("[data-testid='qa-state']").TextContent);
        Assert.Equal("Children's social care", page.Find("[data-testid='assigned-agency']").TextContent);
        var evidence = page.Find("[data-testid='exception-evidence']").TextContent;
        Assert.Contains("Upper limit", evidence, StringComparison.Ordinal);
        Assert.Contains("91.7", evidence, StringComparison.Ordinal);
        Assert.Contains("1, 2", evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("{", evidence, StringComparison.Ordinal);
        Assert.Equal("/indicators/cpp_rate_per_10k?area=E06000019", page.Find("[data-testid='indicator-link']").GetAttribute("href"));
        Assert.Equal("/indicators/cpp_rate_per_10k/compare?period=2025-26%20Q2&area=E06000019", page.Find("[data-testid='compare-link']").GetAttribute("href"));
        var step = page.Find("[data-testid='step']");
        Assert.Contains("qa.chair", step.TextContent, StringComparison.Ordinal);
        Assert.Contains("Open → Assigned", step.TextContent, StringComparison.Ordinal);
        Assert.Contains("<i>Explain</i> the rise.", step.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='step'] i"));
        Assert.Equal(["assign", "escalate"], page.FindAll("#step-action option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Another_agency_s_lead_is_told_it_is_not_found()
    {
        var (cpp, _) = await RaiseTwoAsync();
        SignIn(PoliceLead);

        var page = Render<ExceptionPage>(p => p.Add(c => c.Id, cpp));

        page.WaitForAssertion(() => Assert.Equal("Not found", page.Find("h1").TextContent));
        Assert.Empty(page.FindAll("[data-testid='exception-summary']"));
    }
}
