using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Warehouse.Exceptions.Register;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// The QA sub-group's register, on every engine: the same filters, order, pages and totals.
public abstract partial class AppStoreContract
{
    [Fact]
    public async Task The_register_filters_by_priority_agency_and_each_column_and_counts_the_whole_match()
    {
        var (store, ids) = await StoreWithRegisterAsync();

        Assert.Equal([ids["cpp_q1"], ids["cpp_q2"]], await IdsAsync(store, new ExceptionRegisterQuery { PriorityId = "neglect", SortBy = ExceptionRegisterSorts.Period }));
        Assert.Equal([ids["dq_police"]], await IdsAsync(store, new ExceptionRegisterQuery { AgencyId = "police" }));
        Assert.Equal([ids["dq_police"]], await IdsAsync(store, new ExceptionRegisterQuery { Kind = ExceptionKinds.DataQuality }));
        Assert.Equal([ids["repeat_q1"]], await IdsAsync(store, new ExceptionRegisterQuery { Status = ExceptionStatuses.Cleared }));
        Assert.Equal([ids["cpp_q2"]], await IdsAsync(store, new ExceptionRegisterQuery { QaState = ExceptionQaStates.Assigned }));
        Assert.Equal([ids["cpp_q2"]], await IdsAsync(store, new ExceptionRegisterQuery { AssignedAgencyId = "childrens_social_care" }));
        Assert.Equal([ids["repeat_q1"]], await IdsAsync(store, new ExceptionRegisterQuery { Severity = ExceptionSeverities.Low }));
        Assert.Equal(2, (await store.GetExceptionPageAsync(new ExceptionRegisterQuery { PeriodKey = "2024-25 Q1" })).Total);
        Assert.Equal(
            [ids["cpp_q2"], ids["dq_police"]],
            await IdsAsync(store, new ExceptionRegisterQuery { Severity = ExceptionSeverities.High, SortBy = ExceptionRegisterSorts.Kind, Descending = true }));
        Assert.Empty((await store.GetExceptionPageAsync(new ExceptionRegisterQuery { PriorityId = "no_such_priority" })).Items);
    }

    [Fact]
    public async Task An_agency_lead_sees_what_is_about_their_agency_or_assigned_to_it()
    {
        var (store, ids) = await StoreWithRegisterAsync();

        var police = await store.GetExceptionPageAsync(new ExceptionRegisterQuery { VisibleToAgencyId = "police" });
        var socialCare = await store.GetExceptionPageAsync(new ExceptionRegisterQuery { VisibleToAgencyId = "childrens_social_care" });
        var health = await store.GetExceptionPageAsync(new ExceptionRegisterQuery { VisibleToAgencyId = "health" });

        Assert.Equal([ids["dq_police"]], police.Items.Select(f => f.Id));
        Assert.Equal(1, police.Total);
        Assert.Equal([ids["cpp_q2"]], socialCare.Items.Select(f => f.Id));
        Assert.Equal((0, 0), (health.Items.Count, health.Total));
    }

    [Fact]
    public async Task Each_sort_orders_every_row_and_pages_follow_it_with_the_id_breaking_ties()
    {
        var (store, ids) = await StoreWithRegisterAsync();

        Assert.Equal(
            [ids["cpp_q2"], ids["dq_police"], ids["cpp_q1"], ids["repeat_q1"]],
            await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.Severity }));
        Assert.Equal(
            [ids["repeat_q1"], ids["cpp_q1"], ids["cpp_q2"], ids["dq_police"]],
            await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.Severity, Descending = true }));
        Assert.Equal(
            [ids["cpp_q2"], ids["cpp_q1"], ids["repeat_q1"], ids["dq_police"]],
            await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.QaState, Descending = true }));
        Assert.Equal(ids["cpp_q2"], (await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.DueDate }))[0]);
        Assert.Equal(ids["cpp_q2"], (await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.DueDate, Descending = true }))[0]);
        Assert.Equal(
            [ids["dq_police"], ids["cpp_q1"], ids["cpp_q2"], ids["repeat_q1"]],
            await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.Indicator }));
        Assert.Equal(ids["repeat_q1"], (await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.LastSeen }))[0]);
        Assert.Equal(ids["cpp_q1"], (await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.FirstSeen }))[0]);

        var everything = await IdsAsync(store, new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.Period });
        var first = await store.GetExceptionPageAsync(new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.Period, Take = 3 });
        var second = await store.GetExceptionPageAsync(new ExceptionRegisterQuery { SortBy = ExceptionRegisterSorts.Period, Skip = 3, Take = 3 });
        Assert.Equal((3, 4), (first.Items.Count, first.Total));
        Assert.Equal((1, 4), (second.Items.Count, second.Total));
        Assert.Equal(everything, first.Items.Concat(second.Items).Select(f => f.Id));
    }

    [Fact]
    public async Task A_sort_outside_the_register_s_columns_and_filter_text_meant_as_SQL_match_nothing_harmful()
    {
        var (store, ids) = await StoreWithRegisterAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.GetExceptionPageAsync(new ExceptionRegisterQuery { SortBy = "id; DROP TABLE exceptions" }));
        var hostile = await store.GetExceptionPageAsync(new ExceptionRegisterQuery { Kind = "x' OR '1'='1", PriorityId = "neglect') OR ('1'='1" });

        Assert.Equal((0, 0), (hostile.Items.Count, hostile.Total));
        Assert.Equal(4, (await store.GetExceptionPageAsync(new ExceptionRegisterQuery())).Total);
        Assert.Equal(ids.Count, (await store.GetExceptionPageAsync(new ExceptionRegisterQuery { Take = 100_000, Skip = -5 })).Items.Count);
    }

    [Fact]
    public async Task An_exception_is_found_by_id_with_its_QA_position()
    {
        var (store, ids) = await StoreWithRegisterAsync();

        var found = await store.FindExceptionAsync(ids["cpp_q2"]);

        Assert.NotNull(found);
        Assert.Equal(("cpp_rate_per_10k", "2024-25 Q2"), (found.Finding.IndicatorId, found.Finding.PeriodKey));
        Assert.Equal(new ExceptionQaPosition(ExceptionQaStates.Assigned, "childrens_social_care", DueInAMonth, 1), found.Qa);
        Assert.Null(await store.FindExceptionAsync(ids.Values.Max() + 1));
    }

    private static async Task<List<long>> IdsAsync(IAppStore store, ExceptionRegisterQuery query) =>
        (await store.GetExceptionPageAsync(query)).Items.Select(f => f.Id).ToList();

    /// <summary>
    /// Four exceptions: two on a neglect indicator (Q1 medium and seen first; Q2 high and assigned to social care), one
    /// on a domestic-abuse indicator (low, cleared, so last seen earliest), and a police data-quality flag (high).
    /// </summary>
    private async Task<(IAppStore Store, Dictionary<string, long> Ids)> StoreWithRegisterAsync()
    {
        var store = await CreateStoreAsync();
        await store.SeedCatalogueAsync([Neglect, YouthJustice], [CppRate, RepeatDa]);
        var cppQ1 = Finding("cpp_rate_per_10k", "2024-25 Q1");
        var cppQ2 = Finding("cpp_rate_per_10k", "2024-25 Q2", severity: ExceptionSeverities.High);
        var repeatQ1 = Finding("repeat_da_pct", "2024-25 Q1", severity: ExceptionSeverities.Low);
        var policeQuality = Finding("", "2024-25 Q2", ExceptionKinds.DataQuality, severity: ExceptionSeverities.High) with { AgencyId = "police" };
        await store.ReconcileExceptionsAsync("E06000019", [cppQ1], Monday);
        await store.ReconcileExceptionsAsync("E06000019", [cppQ1, cppQ2, repeatQ1, policeQuality], Monday.AddDays(1));
        await store.ReconcileExceptionsAsync("E06000019", [cppQ1, cppQ2, policeQuality], Monday.AddDays(2));
        var flags = await store.GetExceptionsAsync(new ExceptionFilter());
        var ids = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["cpp_q1"] = flags.Single(f => f.Finding.IndicatorId == "cpp_rate_per_10k" && f.Finding.PeriodKey == "2024-25 Q1").Id,
            ["cpp_q2"] = flags.Single(f => f.Finding.IndicatorId == "cpp_rate_per_10k" && f.Finding.PeriodKey == "2024-25 Q2").Id,
            ["repeat_q1"] = flags.Single(f => f.Finding.IndicatorId == "repeat_da_pct").Id,
            ["dq_police"] = flags.Single(f => f.Finding.Kind == ExceptionKinds.DataQuality).Id,
        };
        await TakeAsync(store, ids["cpp_q2"], QaStep(ExceptionActions.Assign, 0, "Please explain.") with { AgencyId = "childrens_social_care", DueDate = DueInAMonth });
        return (store, ids);
    }
}
