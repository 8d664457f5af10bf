using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// The exceptions register, on every engine: re-running an evaluation never duplicates, a flag that clears is kept.
public abstract partial class AppStoreContract
{
    private static readonly DateTime Monday = new(2025, 7, 7, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task An_evaluation_raises_its_findings_and_running_it_again_duplicates_nothing()
    {
        var store = await CreateStoreAsync();
        ExceptionFinding[] findings = [Finding("cpp_repeat_pct", "2024-25 Q1"), Finding("cpp_repeat_pct", "2024-25 Q2", ExceptionKinds.WorseningTrend)];

        var first = await store.ReconcileExceptionsAsync("E06000019", findings, Monday);
        var again = await store.ReconcileExceptionsAsync("E06000019", findings, Monday.AddHours(1));

        Assert.Equal(new ExceptionReconciliation(2, 0, 0, 0), first);
        Assert.Equal(new ExceptionReconciliation(0, 2, 0, 0), again);
        var flags = await store.GetExceptionsAsync(new ExceptionFilter());
        Assert.Equal(2, flags.Count);
        Assert.All(flags, f => Assert.Equal((ExceptionStatuses.Open, Monday, Monday.AddHours(1)), (f.Status, f.FirstSeen, f.LastSeen)));
        Assert.Equal(findings.OrderBy(f => f.Kind, StringComparer.Ordinal), flags.Select(f => f.Finding).OrderBy(f => f.Kind, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_flag_the_evaluation_no_longer_raises_is_cleared_not_deleted_and_opens_again_when_it_returns()
    {
        var store = await CreateStoreAsync();
        var flag = Finding("cla_rate_per_10k", "2024-25 Q3");
        await store.ReconcileExceptionsAsync("E06000019", [flag], Monday);

        var clearing = await store.ReconcileExceptionsAsync("E06000019", [], Monday.AddDays(1));
        var cleared = Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter { IndicatorId = "cla_rate_per_10k" }));
        var back = await store.ReconcileExceptionsAsync("E06000019", [flag with { Severity = ExceptionSeverities.High, EvidenceJson = "{\"value\":9}" }], Monday.AddDays(2));
        var reopened = Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter { IndicatorId = "cla_rate_per_10k" }));

        Assert.Equal(new ExceptionReconciliation(0, 0, 0, 1), clearing);
        Assert.Equal((ExceptionStatuses.Cleared, Monday.AddDays(1)), (cleared.Status, cleared.ClearedAt));
        Assert.Equal(new ExceptionReconciliation(0, 0, 1, 0), back);
        Assert.Equal(cleared.Id, reopened.Id);
        Assert.Equal((ExceptionStatuses.Open, (DateTime?)null, Monday, Monday.AddDays(2)), (reopened.Status, reopened.ClearedAt, reopened.FirstSeen, reopened.LastSeen));
        Assert.Equal((ExceptionSeverities.High, "{\"value\":9}"), (reopened.Finding.Severity, reopened.Finding.EvidenceJson));
    }

    [Fact]
    public async Task An_evaluation_of_one_area_leaves_other_areas_alone_and_the_list_filters_open_and_serious_first()
    {
        var store = await CreateStoreAsync();
        await store.ReconcileExceptionsAsync("E06000019", [Finding("a_pct", "2024-25 Q1", severity: ExceptionSeverities.Low), Finding("b_pct", "2024-25 Q1")], Monday);
        await store.ReconcileExceptionsAsync("E08000025", [Finding("a_pct", "2024-25 Q1", area: "E08000025", severity: ExceptionSeverities.High)], Monday);
        await store.ReconcileExceptionsAsync("E06000019", [Finding("a_pct", "2024-25 Q1", severity: ExceptionSeverities.Low)], Monday.AddDays(1));

        Assert.Equal(ExceptionStatuses.Open, Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter { AreaCode = "E08000025" })).Status);
        Assert.Equal(
            [("E08000025", "a_pct", ExceptionStatuses.Open), ("E06000019", "a_pct", ExceptionStatuses.Open), ("E06000019", "b_pct", ExceptionStatuses.Cleared)],
            (await store.GetExceptionsAsync(new ExceptionFilter())).Select(f => (f.Finding.AreaCode, f.Finding.IndicatorId, f.Status)));
        Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter { Status = ExceptionStatuses.Cleared }));
        Assert.Single(await store.GetExceptionsAsync(new ExceptionFilter { Severity = ExceptionSeverities.High }));
        Assert.Empty(await store.GetExceptionsAsync(new ExceptionFilter { Kind = ExceptionKinds.DataQuality }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReconcileExceptionsAsync("E06000019", [Finding("a_pct", "2024-25 Q1", area: "E08000025")], Monday));
    }

    [Fact]
    public async Task Two_agencies_low_data_quality_in_one_quarter_are_two_flags_each_cleared_on_its_own()
    {
        // A data-quality flag is about one agency's return: the register keyed it by kind, area and quarter alone, and
        // the second agency's low score of the same quarter was dropped without a word.
        var store = await CreateStoreAsync();
        ExceptionFinding[] both = [DataQuality("police", "2025-26 Q3"), DataQuality("health", "2025-26 Q3")];

        var first = await store.ReconcileExceptionsAsync("E06000019", both, Monday);
        var policeOnly = await store.ReconcileExceptionsAsync("E06000019", [both[0]], Monday.AddDays(1));

        Assert.Equal(new ExceptionReconciliation(2, 0, 0, 0), first);
        Assert.Equal(new ExceptionReconciliation(0, 1, 0, 1), policeOnly);
        var flags = await store.GetExceptionsAsync(new ExceptionFilter { Kind = ExceptionKinds.DataQuality });
        Assert.Equal(
            [("health", ExceptionStatuses.Cleared), ("police", ExceptionStatuses.Open)],
            flags.Select(f => (f.Finding.AgencyId, f.Status)).OrderBy(f => f.AgencyId, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Giving_flags_their_agency_keeps_every_exception_its_id_and_its_steps()
    {
        var store = await CreateStoreAsync();
        await store.ReconcileExceptionsAsync("E06000019", [Finding("cpp_repeat_pct", "2024-25 Q1"), DataQuality("police", "2024-25 Q1")], Monday);
        var before = await store.GetExceptionsAsync(new ExceptionFilter());
        var flag = before.Single(f => f.Finding.IndicatorId == "cpp_repeat_pct");
        await TakeAsync(store, flag.Id, QaStep(ExceptionActions.Escalate, 0, "For the board."));

        // The step made again over a register that holds flags and their history.
        await ExecuteDirectlyAsync("DELETE FROM schema_migrations WHERE version = 11");
        await store.MigrateAsync();

        Assert.Equal(before.Select(f => (f.Id, f.Finding)), (await store.GetExceptionsAsync(new ExceptionFilter())).Select(f => (f.Id, f.Finding)));
        Assert.Equal(flag.Id, Assert.Single(await store.GetExceptionStepsAsync(flag.Id)).ExceptionId);
        var again = await store.ReconcileExceptionsAsync("E06000019", [Finding("cpp_repeat_pct", "2024-25 Q1"), DataQuality("police", "2024-25 Q1"), DataQuality("health", "2024-25 Q1")], Monday.AddDays(1));
        Assert.Equal(new ExceptionReconciliation(1, 2, 0, 0), again);
    }

    private static ExceptionFinding DataQuality(string agency, string period) => new()
    {
        Kind = ExceptionKinds.DataQuality,
        IndicatorId = string.Empty,
        AreaCode = "E06000019",
        PeriodKey = period,
        AgencyId = agency,
        Severity = ExceptionSeverities.Medium,
        Method = "Data quality score: the mean of completeness, timeliness, validity and consistency",
        Summary = $"The {agency} return for {period} scored 61.0 of 100 on data quality.",
        EvidenceJson = "{\"score\":61}",
    };

    private static ExceptionFinding Finding(
        string indicator, string period, string kind = ExceptionKinds.SpcConcern, string area = "E06000019", string severity = ExceptionSeverities.Medium) => new()
    {
        Kind = kind,
        IndicatorId = indicator,
        AreaCode = area,
        PeriodKey = period,
        Severity = severity,
        Method = "XmR chart (Making Data Count)",
        Summary = $"{indicator} in {period} is a special cause of concern.",
        EvidenceJson = "{\"value\":42.5,\"upperLimit\":40.1}",
    };
}
