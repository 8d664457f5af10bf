using Bunit;
using Safeguarding.Analytics.Dashboard.Components.Pages.Exceptions;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Tests.Exceptions;

/// <summary>
/// An SPC flag on a series with a figure built on a small count: its evidence (the value, the limits, the chart's
/// points) could give the withheld figure back, so every reader but the analyst reads the finding without its numbers,
/// on the exception's page and in the register alike.
/// </summary>
public class ExceptionEvidenceWithheldTests : RegisterTestBed
{
    [Fact]
    public async Task A_qa_member_reads_an_spc_flag_on_a_series_with_a_small_count_without_its_limits_or_values()
    {
        var (cpp, _) = await RaiseTwoAsync();
        await LoadCppAsync(numeratorOfEarlierQuarter: 3);
        SignIn(Qa);

        var page = Render<ExceptionPage>(p => p.Add(c => c.Id, cpp));

        page.WaitForAssertion(() => Assert.Contains("SPC concern", page.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid='exception-evidence']"));
        Assert.Contains("Figures withheld", page.Find("[data-testid='evidence-withheld']").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("91.7", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("40.1", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("rose above the upper limit", page.Find("[data-testid='exception-summary']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_gives_a_qa_member_the_flag_in_words_and_the_analyst_its_summary()
    {
        await RaiseTwoAsync();
        await LoadCppAsync(numeratorOfEarlierQuarter: 3);
        SignIn(Qa);

        var register = Render<ExceptionsPage>();

        register.WaitForAssertion(() => Assert.Equal("2 exceptions match.", register.Find("[data-testid='register-count']").TextContent));
        var summaries = register.FindAll("[data-testid='exception-link']").Select(a => a.TextContent).ToList();
        Assert.DoesNotContain(summaries, s => s.Contains("rose above the upper limit", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s.Contains("Figures withheld", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s.Contains("62%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_analyst_reads_the_evidence_of_the_same_flag()
    {
        var (cpp, _) = await RaiseTwoAsync();
        await LoadCppAsync(numeratorOfEarlierQuarter: 3);
        SignIn(new Dashboard.Security.BoardPerson("analyst", "Analyst", Domain.Readers.BoardRoles.Analyst, null));

        var page = Render<ExceptionPage>(p => p.Add(c => c.Id, cpp));

        page.WaitForAssertion(() => Assert.Contains("91.7", page.Find("[data-testid='exception-evidence']").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid='evidence-withheld']"));
    }

    [Fact]
    public async Task A_series_without_a_small_count_leaves_a_qa_member_the_evidence()
    {
        var (cpp, _) = await RaiseTwoAsync();
        await LoadCppAsync(numeratorOfEarlierQuarter: 30);
        SignIn(Qa);

        var page = Render<ExceptionPage>(p => p.Add(c => c.Id, cpp));

        page.WaitForAssertion(() => Assert.Contains("91.7", page.Find("[data-testid='exception-evidence']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cleared_flag_is_judged_on_the_figures_it_was_raised_on_though_a_later_version_revised_the_small_count()
    {
        await LoadCppAsync(numeratorOfEarlierQuarter: 3);
        await Task.Delay(1100); // commit times are kept to the second
        var (cpp, _) = await RaiseTwoAsync();
        await Task.Delay(1100);
        await Store.ReconcileExceptionsAsync("E06000019", [], DateTime.UtcNow);
        await Warehouse.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", "revised", [Figure("2025-26 Q1", 30) with { Version = 2 }]));
        SignIn(Qa);

        var page = Render<ExceptionPage>(p => p.Add(c => c.Id, cpp));

        page.WaitForAssertion(() => Assert.Contains("Cleared", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid='exception-evidence']"));
        Assert.DoesNotContain("91.7", page.Markup, StringComparison.Ordinal);
    }

    /// <summary>Two quarters of child protection plans in the area: the flagged one on a large count, the one before on the given count.</summary>
    private Task<LoadRecord> LoadCppAsync(int numeratorOfEarlierQuarter) =>
        Warehouse.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", "child protection plans", [
            Figure("2025-26 Q1", numeratorOfEarlierQuarter),
            Figure("2025-26 Q2", 330),
        ]));

    private static Observation Figure(string period, int numerator) => new()
    {
        IndicatorId = "cpp_rate_per_10k",
        AreaCode = "E06000019",
        PeriodKey = period,
        Numerator = numerator,
        Denominator = 36_000,
        Value = numerator / 36_000.0 * 10_000,
        Source = "test",
    };
}
