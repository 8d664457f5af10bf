using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

/// <summary>The behaviour every app store engine must show; one subclass per engine.</summary>
public abstract partial class AppStoreContract
{
    private static readonly BoardPriority Neglect = TestCatalogue.Neglect;
    private static readonly BoardPriority YouthJustice = new("youth_justice", "Youth justice", 5, "Youth justice.");
    private static readonly Indicator CppRate = TestCatalogue.CppRate;
    private static readonly Indicator RepeatDa = TestCatalogue.RepeatDa with { PriorityId = YouthJustice.Id };

    protected abstract Task<IAppStore> CreateStoreAsync();

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        var store = await CreateStoreAsync();
        await store.MigrateAsync();
        await store.MigrateAsync();
        Assert.Empty(await store.GetIndicatorsAsync());
    }

    [Fact]
    public async Task Seeded_catalogue_reads_back_field_for_field()
    {
        var store = await CreateStoreAsync();
        var added = await store.SeedCatalogueAsync([Neglect, YouthJustice], [CppRate, RepeatDa]);

        Assert.Equal(4, added);
        Assert.Equal([Neglect, YouthJustice], await store.GetPrioritiesAsync());
        Assert.Equal([CppRate, RepeatDa], await store.GetIndicatorsAsync());
        Assert.Equal(RepeatDa, await store.FindIndicatorAsync("repeat_da_pct"));
        Assert.Null(await store.FindIndicatorAsync("no_such_indicator"));
    }

    [Fact]
    public async Task A_quarters_annualisation_is_kept_through_seeding_and_an_edit()
    {
        var store = await CreateStoreAsync();
        var starts = CppRate with { Id = "cpp_starts_rate_per_10k", QuarterAnnualisation = QuarterAnnualisation.Times4 };
        await store.SeedCatalogueAsync([Neglect, YouthJustice], [CppRate, starts]);

        Assert.Equal(QuarterAnnualisation.Times4, (await store.FindIndicatorAsync(starts.Id))!.QuarterAnnualisation);
        Assert.Equal(QuarterAnnualisation.None, (await store.FindIndicatorAsync(CppRate.Id))!.QuarterAnnualisation);

        await store.SaveIndicatorAsync(starts with { Name = "Plans starting" }, "analyst");
        await store.SaveIndicatorAsync(CppRate with { QuarterAnnualisation = QuarterAnnualisation.Times4 }, "analyst");

        Assert.Equal(starts with { Name = "Plans starting" }, await store.FindIndicatorAsync(starts.Id));
        Assert.Equal(QuarterAnnualisation.Times4, (await store.FindIndicatorAsync(CppRate.Id))!.QuarterAnnualisation);
    }

    [Fact]
    public async Task A_catalogue_stored_before_the_annualisation_column_keeps_what_its_definitions_said()
    {
        var store = await CreateStoreAsync();
        var starts = CppRate with
        {
            Id = "cpp_starts_rate_per_10k",
            Definition = "Child protection plans starting in the period, per 10,000 children aged 0-17; quarterly figures are annualised (times 4).",
            QuarterAnnualisation = QuarterAnnualisation.Times4,
        };
        await store.SeedCatalogueAsync([Neglect, YouthJustice], [CppRate, starts]);

        // The store as it was before migration 10: no column, and the migration not yet applied.
        await ExecuteDirectlyAsync("ALTER TABLE indicators DROP COLUMN quarter_annualisation");
        await ExecuteDirectlyAsync("DELETE FROM schema_migrations WHERE version = 10");
        await store.MigrateAsync();

        Assert.Equal([CppRate, starts], await store.GetIndicatorsAsync());
    }

    [Fact]
    public async Task Seeding_again_keeps_an_analysts_edit()
    {
        var store = await CreateStoreAsync();
        await store.SeedCatalogueAsync([Neglect, YouthJustice], [CppRate, RepeatDa]);
        var edited = RepeatDa with { Target = 20, Name = "Repeat victims (edited)" };
        await store.SaveIndicatorAsync(edited, "analyst@example.org");

        var added = await store.SeedCatalogueAsync([Neglect, YouthJustice], [CppRate, RepeatDa]);

        Assert.Equal(0, added);
        Assert.Equal(edited, await store.FindIndicatorAsync("repeat_da_pct"));
    }

    [Fact]
    public async Task Every_edit_is_recorded_with_before_and_after()
    {
        var store = await CreateStoreAsync();
        await store.SeedCatalogueAsync([Neglect, YouthJustice], [CppRate]);
        await store.SaveIndicatorAsync(CppRate with { Target = 40 }, "first.analyst");
        await store.SaveIndicatorAsync(CppRate with { Target = 45 }, "second.analyst");
        await store.SavePriorityAsync(YouthJustice with { Order = 1 }, "first.analyst");

        var edits = await store.GetCatalogueEditsAsync("cpp_rate_per_10k");

        Assert.Equal(["second.analyst", "first.analyst"], edits.Select(e => e.EditedBy));
        Assert.Contains("\"Target\":40", edits[0].BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"Target\":45", edits[0].AfterJson, StringComparison.Ordinal);
        Assert.All(edits, e => Assert.InRange(e.EditedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1)));
        Assert.Equal(3, (await store.GetCatalogueEditsAsync()).Count);
        Assert.Equal(1, (await store.GetPrioritiesAsync()).Single(p => p.Id == "youth_justice").Order);
    }

    [Fact]
    public async Task A_new_indicator_can_be_added_by_an_analyst()
    {
        var store = await CreateStoreAsync();
        await store.SeedCatalogueAsync([Neglect, YouthJustice], []);
        var added = RepeatDa with { Id = "new_local_measure" };

        await store.SaveIndicatorAsync(added, "analyst");

        Assert.Equal(added, await store.FindIndicatorAsync("new_local_measure"));
        Assert.Null((await store.GetCatalogueEditsAsync("new_local_measure")).Single().BeforeJson);
    }

    [Fact]
    public async Task An_indicator_under_an_unknown_priority_is_refused()
    {
        var store = await CreateStoreAsync();
        await store.SeedCatalogueAsync([Neglect], []);

        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveIndicatorAsync(CppRate with { PriorityId = "nope" }, "analyst"));
        Assert.Empty(await store.GetIndicatorsAsync());
        Assert.Empty(await store.GetCatalogueEditsAsync());
    }

    [Fact]
    public async Task Ping_names_the_engine_version()
    {
        var store = await CreateStoreAsync();
        Assert.False(string.IsNullOrWhiteSpace(await store.PingAsync()));
    }
}
