using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Deep-dive extracts on every engine: definitions read back field for field, a default is made once (an edit or a
// deletion stands), and a run goes from queued to running to its outcome with its file's size and hash.
public abstract partial class AppStoreContract
{
    private static ExtractDefinition EarlyHelpExtract(string id = "early-help") => new()
    {
        Id = id,
        Title = "Early Help deep dive",
        Theme = "Early Help",
        PriorityIds = ["early_help_thresholds"],
        AreaRoles = [ExtractAreaRoles.Home, ExtractAreaRoles.Neighbours, ExtractAreaRoles.England],
        Periods = ExtractPeriodRange.Recent(12),
        Format = "xlsx",
        Schedule = ExtractSchedule.BeforeBoardMeeting(10, 1),
        DeepDiveId = "early-help",
    };

    [Fact]
    public async Task An_extract_reads_back_field_for_field()
    {
        var store = await CreateStoreAsync();
        var fixedRange = EarlyHelpExtract("cpp-fixed") with
        {
            IndicatorIds = ["cpp_rate", "repeat_da_pct"],
            PriorityIds = [],
            Periods = ExtractPeriodRange.Fixed("2022-23 Q1", "2024-25 Q4"),
            Format = "csv",
            Schedule = ExtractSchedule.OnCron("0 7 1 * *") with { Enabled = false },
            DeepDiveId = null,
        };

        var saved = await store.SaveExtractAsync(fixedRange, "analyst.one");
        await store.SaveExtractAsync(EarlyHelpExtract(), "analyst.two");

        Assert.Equal(["cpp_rate", "repeat_da_pct"], saved.IndicatorIds);
        Assert.Empty(saved.PriorityIds);
        Assert.Equal([ExtractAreaRoles.Home, ExtractAreaRoles.Neighbours, ExtractAreaRoles.England], saved.AreaRoles);
        Assert.Equal(fixedRange.Periods, saved.Periods);
        Assert.Equal(fixedRange.Schedule, saved.Schedule);
        Assert.Equal("csv", saved.Format);
        Assert.Null(saved.DeepDiveId);
        Assert.Equal("analyst.one", saved.CreatedBy);
        Assert.Equal("analyst.one", saved.UpdatedBy);
        Assert.Equal(DateTimeKind.Utc, saved.UpdatedAt.Kind);

        var all = await store.GetExtractsAsync();
        Assert.Equal(["cpp-fixed", "early-help"], all.Select(e => e.Id));
        var earlyHelp = await store.FindExtractAsync("early-help");
        Assert.NotNull(earlyHelp);
        Assert.Equal("xlsx", earlyHelp.Format);
        Assert.Equal(ExtractSchedule.BeforeBoardMeeting(10, 1), earlyHelp.Schedule);
        Assert.Equal(ExtractPeriodRange.Recent(12), earlyHelp.Periods);
        Assert.Equal(["early_help_thresholds"], earlyHelp.PriorityIds);
        Assert.Null(await store.FindExtractAsync("no-such-extract"));
    }

    [Fact]
    public async Task An_edit_keeps_who_created_the_extract()
    {
        var store = await CreateStoreAsync();
        await store.SaveExtractAsync(EarlyHelpExtract(), "first.analyst");

        var edited = await store.SaveExtractAsync(EarlyHelpExtract() with { Title = "Early Help (edited)" }, "second.analyst");

        Assert.Equal("Early Help (edited)", edited.Title);
        Assert.Equal("first.analyst", edited.CreatedBy);
        Assert.Equal("second.analyst", edited.UpdatedBy);
    }

    [Fact]
    public async Task A_default_is_made_once_and_an_edit_or_deletion_stands()
    {
        var store = await CreateStoreAsync();
        Assert.True(await store.AddExtractIfNeverStoredAsync(EarlyHelpExtract(), "system"));
        await store.SaveExtractAsync(EarlyHelpExtract() with { Title = "Our Early Help" }, "analyst");
        Assert.False(await store.AddExtractIfNeverStoredAsync(EarlyHelpExtract(), "system"));
        Assert.Equal("Our Early Help", (await store.FindExtractAsync("early-help"))!.Title);

        Assert.True(await store.DeleteExtractAsync("early-help", "analyst"));
        Assert.False(await store.DeleteExtractAsync("early-help", "analyst"));
        Assert.False(await store.AddExtractIfNeverStoredAsync(EarlyHelpExtract(), "system"));

        Assert.Null(await store.FindExtractAsync("early-help"));
        Assert.Empty(await store.GetExtractsAsync());
    }

    [Fact]
    public async Task A_run_goes_from_queued_to_running_to_its_outcome()
    {
        var store = await CreateStoreAsync();
        await store.SaveExtractAsync(EarlyHelpExtract(), "analyst");
        var first = await store.AddExtractRunAsync(new ExtractRun { ExtractId = "early-help", Trigger = ExtractRunTriggers.Manual, RequestedBy = "analyst" });
        var second = await store.AddExtractRunAsync(new ExtractRun { ExtractId = "early-help", Trigger = ExtractRunTriggers.Schedule, RequestedBy = "system" });

        Assert.True(second.Id > first.Id);
        Assert.Equal(ExtractRunStatuses.Queued, first.Status);
        Assert.Equal(first, await store.FindExtractRunAsync(first.Id));

        var started = new DateTime(2026, 1, 5, 7, 0, 0, 123, DateTimeKind.Utc);
        var running = await store.StartExtractRunAsync(first.Id, started, "2023-24 Q1", "2025-26 Q2");
        Assert.Equal(ExtractRunStatuses.Running, running.Status);
        Assert.Equal(started, running.StartedAt);
        Assert.Equal("2023-24 Q1", running.PeriodFrom);

        await store.CompleteExtractRunAsync(new ExtractRunOutcome
        {
            RunId = first.Id, Succeeded = true, FinishedAt = started.AddSeconds(3), Rows = 4_000_000_000, SuppressedFigures = 12,
            Bytes = 5_000_000_000, Sha256 = new string('a', 64), FilePath = "/data/extracts/1.csv", FileName = "early-help-1.csv",
        });
        await store.CompleteExtractRunAsync(new ExtractRunOutcome { RunId = second.Id, Succeeded = false, FinishedAt = started, Error = "The warehouse could not be reached." });

        var succeeded = (await store.FindExtractRunAsync(first.Id))!;
        Assert.Equal(ExtractRunStatuses.Succeeded, succeeded.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), succeeded.Duration);
        Assert.Equal(4_000_000_000, succeeded.Rows);
        Assert.Equal(12, succeeded.SuppressedFigures);
        Assert.Equal(5_000_000_000, succeeded.Bytes);
        Assert.Equal("early-help-1.csv", succeeded.FileName);
        Assert.Null(succeeded.Error);

        var runs = await store.GetExtractRunsAsync("early-help");
        Assert.Equal([second.Id, first.Id], runs.Select(r => r.Id));
        Assert.Equal(ExtractRunStatuses.Failed, runs[0].Status);
        Assert.Equal("The warehouse could not be reached.", runs[0].Error);
        Assert.Equal(second.Id, (await store.GetLatestExtractRunsAsync())["early-help"].Id);
        Assert.Null(await store.FindExtractRunAsync(second.Id + 100));
    }

    [Fact]
    public async Task A_run_of_an_extract_never_defined_is_refused()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            store.AddExtractRunAsync(new ExtractRun { ExtractId = "nothing", Trigger = ExtractRunTriggers.Manual, RequestedBy = "analyst" }));
    }
}
