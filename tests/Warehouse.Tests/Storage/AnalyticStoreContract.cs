using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IAnalyticStore"/> engine must share. A store is shared by the tests of a class, so
/// each test works under its own indicator id.
/// </summary>
public abstract partial class AnalyticStoreContract
{
    private static readonly string[] TwoAreas = ["E06000019", "E08000025"];
    private readonly string indicator = "ind_" + Guid.NewGuid().ToString("N")[..12];

    protected abstract IAnalyticStore Store { get; }

    /// <summary>Writes a load's rows the way AppendAsync does, but never commits it.</summary>
    protected abstract Task WriteWithoutCommitAsync(ObservationLoad load);

    [Fact]
    public async Task Installing_the_schema_again_is_harmless()
    {
        await Store.InstallSchemaAsync();
        await Store.InstallSchemaAsync();
        await AppendAsync(Row("E06000019", "2024-25 Q1", 1));

        Assert.Single(await Store.QueryAsync(Mine()));
    }

    [Fact]
    public async Task Series_reads_back_in_area_and_period_order_with_its_load()
    {
        var quarters = Period.QuartersBetween(Period.Parse("2023-24 Q3"), Period.Parse("2024-25 Q2")).ToList();
        var rows = quarters.AsEnumerable().Reverse()
            .SelectMany(q => TwoAreas.Select(a => Row(a, q.Key, q.StartYear + (q.Quarter / 10.0))))
            .ToList();
        var load = await AppendAsync([.. rows]);

        var series = await Store.QueryAsync(ObservationQuery.Series(indicator, TwoAreas));

        Assert.Equal(8, series.Count);
        Assert.Equal(
            TwoAreas.SelectMany(a => quarters.Select(q => (a, q.Key))),
            series.Select(o => (o.AreaCode, o.PeriodKey)));
        Assert.All(series, o => Assert.Equal(load.LoadId, o.LoadId));
        Assert.All(series, o => Assert.Equal(load.CommittedAt, o.LoadedAt));
        Assert.Equal(2024.2, series[3].Value);
    }

    [Fact]
    public async Task Cross_section_holds_every_area_for_one_period()
    {
        await AppendAsync(
            Row("E06000019", "2024-25 Q1", 10), Row("E08000025", "2024-25 Q1", 20), Row("E92000001", "2024-25 Q1", 30),
            Row("E06000019", "2024-25 Q2", 11));

        var section = await Store.QueryAsync(ObservationQuery.CrossSection(indicator, "2024-25 Q1"));

        Assert.Equal(["E06000019", "E08000025", "E92000001"], section.Select(o => o.AreaCode));
        Assert.Equal([10.0, 20.0, 30.0], section.Select(o => o.Value!.Value));
    }

    [Fact]
    public async Task Latest_version_wins_and_all_versions_keep_the_history()
    {
        await AppendAsync(Row("E06000019", "2024-25 Q1", 10), Row("E06000019", "2024-25 Q2", 20));
        var resubmission = await AppendAsync(Row("E06000019", "2024-25 Q1", 12) with { Version = 2 });
        await AppendAsync(Row("E06000019", "2024-25 Q1", 9)); // a late copy of version 1 must not win

        var latest = await Store.QueryAsync(Mine());
        var history = await Store.QueryAsync(Mine() with { AllVersions = true });

        Assert.Equal([12.0, 20.0], latest.Select(o => o.Value!.Value));
        Assert.Equal(resubmission.LoadId, latest[0].LoadId);
        Assert.Equal([(1, 10.0), (1, 9.0), (2, 12.0), (1, 20.0)], history.Select(o => (o.Version, o.Value!.Value)));
    }

    [Fact]
    public async Task Same_version_loaded_again_later_wins()
    {
        await AppendAsync(Row("E06000019", "2024-25 Q1", 10));
        var correction = await AppendAsync(Row("E06000019", "2024-25 Q1", 11));

        var latest = Assert.Single(await Store.QueryAsync(Mine()));

        Assert.Equal(11.0, latest.Value);
        Assert.Equal(correction.LoadId, latest.LoadId);
    }

    [Fact]
    public async Task A_figure_from_another_source_is_a_version_of_the_same_figure_and_the_latest_is_read_alone()
    {
        // The home area's annual figure published by LAIT, then sent by the agency in its return as the next version:
        // every reader that keys figures by (indicator, area, period) relies on reading exactly one of them, the latest.
        await AppendAsync(Row("E06000019", "2024-25", 40) with { Source = "LAIT" }, Row("E06000019", "2023-24", 38) with { Source = "LAIT" });
        var sent = await AppendAsync(Row("E06000019", "2024-25", 41.5) with { Source = "childrens_social_care", Version = 2 });

        var latest = await Store.QueryAsync(Mine());
        var history = await Store.QueryAsync(Mine() with { AllVersions = true });

        Assert.Equal([("2023-24", "LAIT", 38.0), ("2024-25", "childrens_social_care", 41.5)], latest.Select(o => (o.PeriodKey, o.Source, o.Value!.Value)));
        Assert.Equal(sent.LoadId, latest[1].LoadId);
        Assert.Equal(
            [("2023-24", "LAIT", 1), ("2024-25", "LAIT", 1), ("2024-25", "childrens_social_care", 2)],
            history.Select(o => (o.PeriodKey, o.Source, o.Version)));
    }

    [Fact]
    public async Task As_of_ignores_loads_committed_after_it()
    {
        var first = await AppendAsync(Row("E06000019", "2024-25 Q1", 10));
        await WaitForNextSecondAsync(first.CommittedAt);
        await AppendAsync(Row("E06000019", "2024-25 Q1", 12) with { Version = 2 }, Row("E06000019", "2024-25 Q2", 20));

        var then = await Store.QueryAsync(Mine() with { AsOf = first.CommittedAt });
        var now = await Store.QueryAsync(Mine() with { AsOf = DateTime.UtcNow.AddMinutes(1) });
        var before = await Store.QueryAsync(Mine() with { AsOf = first.CommittedAt.AddSeconds(-1) });

        Assert.Equal([("2024-25 Q1", 10.0)], then.Select(o => (o.PeriodKey, o.Value!.Value)));
        Assert.Equal([12.0, 20.0], now.Select(o => o.Value!.Value));
        Assert.Empty(before);
    }

    [Fact]
    public async Task From_and_to_keep_periods_inside_the_range()
    {
        await AppendAsync(
            Row("E06000019", "2023-24 Q4", 1), Row("E06000019", "2024-25 Q1", 2), Row("E06000019", "2024-25 Q2", 3),
            Row("E06000019", "2024-25 Q3", 4), Row("E06000019", "2024-25", 5));

        var range = await Store.QueryAsync(Mine() with { From = Period.Parse("2024-25 Q1"), To = Period.Parse("2024-25 Q2") });
        var fromYear = await Store.QueryAsync(Mine() with { From = Period.Parse("2024-25") });

        Assert.Equal(["2024-25 Q1", "2024-25 Q2"], range.Select(o => o.PeriodKey));
        Assert.Equal(["2024-25 Q1", "2024-25", "2024-25 Q2", "2024-25 Q3"], fromYear.Select(o => o.PeriodKey)); // by start, then end
    }

    [Fact]
    public async Task Every_area_from_adds_other_areas_recent_periods_to_the_named_areas_whole_series()
    {
        await AppendAsync(
            Row("E06000019", "2022-23", 1), Row("E06000019", "2024-25", 2),
            Row("E06000020", "2022-23", 3), Row("E06000020", "2024-25", 4), Row("E06000021", "2023-24", 5));

        var read = await Store.QueryAsync(Mine() with { AreaCodes = ["E06000019"], EveryAreaFrom = Period.Parse("2024-25") });
        var withoutAreas = await Store.QueryAsync(Mine() with { EveryAreaFrom = Period.Parse("2024-25") });

        Assert.Equal(
            [("E06000019", "2022-23"), ("E06000019", "2024-25"), ("E06000020", "2024-25")],
            read.Select(o => (o.AreaCode, o.PeriodKey)).Order());
        Assert.Equal(5, withoutAreas.Count); // no area filter: every area and period, as before
    }

    [Fact]
    public async Task Period_kind_separates_quarters_years_and_calendar_years()
    {
        await AppendAsync(Row("E06000019", "2024-25 Q1", 1), Row("E06000019", "2024-25", 2), Row("E06000019", "2024", 3));

        var years = await Store.QueryAsync(Mine() with { PeriodKind = PeriodKind.FinancialYear });
        var calendar = await Store.QueryAsync(Mine() with { PeriodKind = PeriodKind.CalendarYear });

        Assert.Equal("2024-25", Assert.Single(years).PeriodKey);
        Assert.Equal("2024", Assert.Single(calendar).PeriodKey);
    }

    [Fact]
    public async Task Empty_filters_match_nothing_and_null_filters_match_everything()
    {
        await AppendAsync(Row("E06000019", "2024-25 Q1", 1), Row("E08000025", "2024-25 Q1", 2));

        Assert.Empty(await Store.QueryAsync(Mine() with { AreaCodes = [] }));
        Assert.Empty(await Store.QueryAsync(Mine() with { PeriodKeys = [] }));
        Assert.Empty(await Store.QueryAsync(new ObservationQuery { IndicatorIds = [] }));
        Assert.Equal(2, (await Store.QueryAsync(Mine())).Count);
        Assert.Contains(await Store.QueryAsync(new ObservationQuery()), o => o.IndicatorId == indicator);
    }

    [Fact]
    public async Task Nulls_statuses_reasons_and_exact_doubles_round_trip()
    {
        var full = Row("E06000019", "2024-25 Q1", 1.0 / 3) with
        {
            Numerator = 0.1 + 0.2, Denominator = 1e-300, LowerCi = -0.0, UpperCi = double.MaxValue,
            Status = ObservationStatus.Provisional, StatusReason = "",
        };
        var suppressed = Row("E06000019", "2024-25 Q2", null) with { Status = ObservationStatus.Suppressed, StatusReason = "c" };
        var missing = Row("E06000019", "2024-25 Q3", null) with { Status = ObservationStatus.Missing, StatusReason = null };
        var invalid = Row("E06000019", "2024-25 Q4", 2.5) with { Status = ObservationStatus.Invalid, StatusReason = "sum of regional rates" };
        await AppendAsync(full, suppressed, missing, invalid);

        var read = await Store.QueryAsync(Mine());

        Assert.Equal([full, suppressed, missing, invalid], read.Select(o => o with { LoadId = null, LoadedAt = null }));
    }

    [Fact]
    public async Task Loaded_periods_count_areas_per_indicator_and_period()
    {
        await AppendAsync(Row("E06000019", "2024-25 Q1", 1), Row("E08000025", "2024-25 Q1", 2), Row("E06000019", "2023-24", 3));
        await AppendAsync(Row("E06000019", "2024-25 Q1", 4) with { Version = 2 });

        var periods = (await Store.GetLoadedPeriodsAsync()).Where(p => p.IndicatorId == indicator);

        Assert.Equal([new LoadedPeriod(indicator, "2023-24", 1), new LoadedPeriod(indicator, "2024-25 Q1", 2)], periods);
    }

    [Fact]
    public async Task Rows_of_a_load_that_never_committed_are_invisible()
    {
        var orphan = new ObservationLoad(ObservationLoad.NewId(), "test", "failed half-way", [Row("E06000019", "2024-25 Q1", 99)]);
        await WriteWithoutCommitAsync(orphan);
        await AppendAsync(Row("E06000019", "2024-25 Q2", 1));

        Assert.Equal(["2024-25 Q2"], (await Store.QueryAsync(Mine() with { AllVersions = true })).Select(o => o.PeriodKey));
        Assert.DoesNotContain(await Store.GetLoadedPeriodsAsync(), p => p.IndicatorId == indicator && p.PeriodKey == "2024-25 Q1");
        Assert.DoesNotContain(await Store.GetLoadsAsync(), l => l.LoadId == orphan.LoadId);
    }

    [Fact]
    public async Task A_bad_period_key_fails_the_load_and_leaves_nothing_visible()
    {
        var load = new ObservationLoad(ObservationLoad.NewId(), "test", "bad", [Row("E06000019", "2024-25 Q1", 1), Row("E06000019", "Q5", 2)]);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.AppendAsync(load));

        Assert.Empty(await Store.QueryAsync(Mine() with { AllVersions = true }));
        Assert.DoesNotContain(await Store.GetLoadsAsync(), l => l.LoadId == load.LoadId);
    }

    [Fact]
    public async Task Loads_are_listed_oldest_first_with_their_row_counts()
    {
        var first = await AppendAsync(Row("E06000019", "2024-25 Q1", 1), Row("E08000025", "2024-25 Q1", 2));
        var second = await AppendAsync(Row("E06000019", "2024-25 Q2", 3));

        var mine = (await Store.GetLoadsAsync()).Where(l => l.LoadId == first.LoadId || l.LoadId == second.LoadId).ToList();

        Assert.Equal([first, second], mine);
        Assert.Equal(2, first.RowCount);
        Assert.Equal(DateTimeKind.Utc, mine[0].CommittedAt.Kind);
    }

    [Fact]
    public async Task The_load_stamp_moves_with_each_committed_load_and_not_with_a_refused_one()
    {
        var before = await Store.GetLoadStampAsync();
        var committed = await AppendAsync(Row("E06000019", "2024-25 Q1", 1));
        var after = await Store.GetLoadStampAsync();

        Assert.True(after.Loads > before.Loads && after.LastCommit > before.LastCommit, $"{before} then {after}");
        Assert.Equal((await Store.GetLoadsAsync()).Count, after.Loads);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AppendAsync(
            new ObservationLoad(committed.LoadId, "test", "again", [Row("E06000019", "2024-25 Q2", 2)])));
        Assert.Equal(after, await Store.GetLoadStampAsync());
    }

    [Fact]
    public async Task Committing_the_same_load_id_twice_is_refused()
    {
        var load = new ObservationLoad(ObservationLoad.NewId(), "test", "once", [Row("E06000019", "2024-25 Q1", 1)]);
        await Store.AppendAsync(load);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AppendAsync(load));
        Assert.Single(await Store.QueryAsync(Mine() with { AllVersions = true }));
    }

    [Fact]
    public async Task A_load_is_found_by_its_submission_key_once_committed()
    {
        var key = "submission:" + Guid.NewGuid().ToString("N");
        var uncommitted = new ObservationLoad(ObservationLoad.NewId(), "test", "not yet", [Row("E06000019", "2024-25 Q1", 1)]) { SubmissionKey = key };
        await WriteWithoutCommitAsync(uncommitted);
        Assert.Null(await Store.FindLoadBySubmissionKeyAsync(key));

        var committed = await Store.AppendAsync(uncommitted with { LoadId = ObservationLoad.NewId(), Description = "landed" });
        var found = await Store.FindLoadBySubmissionKeyAsync(key);

        Assert.Equal(committed, found);
        Assert.Equal(key, found!.SubmissionKey);
        Assert.Equal(key, Assert.Single(await Store.GetLoadsAsync(), l => l.LoadId == committed.LoadId).SubmissionKey);
        Assert.Single(await Store.QueryAsync(Mine() with { AllVersions = true }));
    }

    [Fact]
    public async Task A_second_load_with_the_same_submission_key_is_refused_and_adds_nothing()
    {
        var key = "submission:" + Guid.NewGuid().ToString("N");
        await Store.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", "first", [Row("E06000019", "2024-25 Q1", 1)]) { SubmissionKey = key });

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AppendAsync(
            new ObservationLoad(ObservationLoad.NewId(), "test", "retry", [Row("E06000019", "2024-25 Q1", 2)]) { SubmissionKey = key }));

        Assert.Equal([1.0], (await Store.QueryAsync(Mine() with { AllVersions = true })).Select(o => o.Value!.Value));
    }

    [Fact]
    public async Task Loads_without_a_submission_key_never_collide()
    {
        await AppendAsync(Row("E06000019", "2024-25 Q1", 1));
        await AppendAsync(Row("E06000019", "2024-25 Q2", 2));

        Assert.Equal(2, (await Store.QueryAsync(Mine())).Count);
    }

    [Fact]
    public async Task Hostile_strings_round_trip_and_filter_exactly()
    {
        var rows = HostileStrings.Loadable.Select((s, i) => Row(s, "2024-25 Q1", i) with { StatusReason = s, Source = s }).ToList();
        var load = await Store.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", string.Concat(HostileStrings.Loadable), rows));

        var read = await Store.QueryAsync(Mine());
        var filtered = await Store.QueryAsync(Mine() with { AreaCodes = ["'; DROP TABLE observations; --", @"\'", "nul\0inside"] });

        Assert.Equal(
            rows.OrderBy(r => r.AreaCode, StringComparer.Ordinal).Select(r => (r.AreaCode, r.StatusReason, r.Source)),
            read.OrderBy(r => r.AreaCode, StringComparer.Ordinal).Select(r => (r.AreaCode, r.StatusReason, r.Source)));
        Assert.Equal(2, filtered.Count);
        Assert.Equal(load.Description, Assert.Single(await Store.GetLoadsAsync(), l => l.LoadId == load.LoadId).Description);
    }

    [Fact]
    public async Task Text_with_a_nul_character_is_refused_and_nothing_becomes_visible()
    {
        var load = new ObservationLoad(
            ObservationLoad.NewId(), "test", "nul", [Row("E06000019", "2024-25 Q1", 1), Row("E06000019", "2024-25 Q2", 2) with { StatusReason = "c\0" }]);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.AppendAsync(load));

        Assert.Empty(await Store.QueryAsync(Mine() with { AllVersions = true }));
    }

    [Fact]
    public async Task Ping_answers_with_the_engine_version()
    {
        var version = await Store.PingAsync();

        Assert.Matches(@"\d+\.\d+", version);
    }

    private ObservationQuery Mine() => new() { IndicatorIds = [indicator] };

    private Observation Row(string area, string period, double? value) =>
        new() { IndicatorId = indicator, AreaCode = area, PeriodKey = period, Value = value, Source = "test" };

    private Task<LoadRecord> AppendAsync(params Observation[] rows) =>
        Store.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", $"{rows.Length} rows", rows));

    private static async Task WaitForNextSecondAsync(DateTime committedAt)
    {
        var wait = committedAt.AddSeconds(1) - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(20));
        }
    }
}
