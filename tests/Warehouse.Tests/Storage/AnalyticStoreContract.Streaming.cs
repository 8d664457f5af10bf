using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage;

/// <summary>
/// <see cref="IAnalyticStore.StreamAsync"/> is the extract's read: it must hand on exactly what
/// <see cref="IAnalyticStore.QueryAsync"/> returns, in the same order, and stop when cancelled.
/// </summary>
public abstract partial class AnalyticStoreContract
{
    [Fact]
    public async Task Streaming_yields_what_the_query_returns_for_latest_versions_history_and_as_of()
    {
        var first = await AppendAsync(Row("E06000019", "2024-25 Q1", 10), Row("E08000025", "2024-25 Q1", 15), Row("E06000019", "2024-25 Q2", 20));
        await WaitForNextSecondAsync(first.CommittedAt);
        await AppendAsync(Row("E06000019", "2024-25 Q1", 12) with { Version = 2 }, Row("E06000019", "2024-25 Q3", 30));
        await AppendAsync(Row("E06000019", "2024-25 Q1", 9)); // a late copy of version 1 must not win either way

        foreach (var query in new[]
        {
            Mine(),
            Mine() with { AllVersions = true },
            Mine() with { AsOf = first.CommittedAt },
            Mine() with { AsOf = first.CommittedAt, AllVersions = true },
        })
        {
            await AssertStreamMatchesQueryAsync(query);
        }

        Assert.Equal([12.0, 20.0, 30.0, 15.0], (await StreamedAsync(Mine())).Select(o => o.Value!.Value));
    }

    [Fact]
    public async Task Streaming_applies_the_same_filters_as_the_query()
    {
        await AppendAsync(
            Row("E06000019", "2023-24 Q4", 1), Row("E06000019", "2024-25 Q1", 2), Row("E06000019", "2024-25", 3),
            Row("E08000025", "2024-25 Q1", 4), Row("E08000025", "2024", 5), Row("E06000020", "2024-25 Q2", 6));

        await AssertStreamMatchesQueryAsync(Mine() with { AreaCodes = ["E06000019", "E06000020"] }, expected: 4);
        await AssertStreamMatchesQueryAsync(Mine() with { From = Period.Parse("2024-25 Q1"), To = Period.Parse("2024-25 Q1") }, expected: 2);
        await AssertStreamMatchesQueryAsync(Mine() with { PeriodKind = PeriodKind.FinancialYear }, expected: 1);
        await AssertStreamMatchesQueryAsync(Mine() with { PeriodKeys = ["2024", "2024-25 Q2"] }, expected: 2);
        await AssertStreamMatchesQueryAsync(Mine() with { AreaCodes = ["E06000019"], EveryAreaFrom = Period.Parse("2024-25") });
        await AssertStreamMatchesQueryAsync(ObservationQuery.CrossSection(indicator, "2024-25 Q1"), expected: 2);
    }

    [Fact]
    public async Task Streaming_an_empty_filter_yields_nothing()
    {
        await AppendAsync(Row("E06000019", "2024-25 Q1", 1));

        Assert.Empty(await StreamedAsync(Mine() with { AreaCodes = [] }));
        Assert.Empty(await StreamedAsync(Mine() with { PeriodKeys = [] }));
        Assert.Empty(await StreamedAsync(new ObservationQuery { IndicatorIds = [] }));
        Assert.Empty(await StreamedAsync(new ObservationQuery { IndicatorIds = ["never_loaded_" + Guid.NewGuid().ToString("N")] }));
    }

    [Fact]
    public async Task Streaming_carries_hostile_strings_with_tabs_and_line_breaks_exactly()
    {
        var rows = HostileStrings.Loadable.Select((s, i) => Row(s, "2024-25 Q1", i) with { StatusReason = s, Source = s }).ToList();
        await Store.AppendAsync(new ObservationLoad(ObservationLoad.NewId(), "test", "hostile", rows));

        var streamed = await StreamedAsync(Mine());

        await AssertStreamMatchesQueryAsync(Mine(), expected: rows.Count);
        Assert.Equal(
            rows.OrderBy(r => r.AreaCode, StringComparer.Ordinal).Select(r => (r.AreaCode, r.StatusReason, r.Source, r.Value)),
            streamed.OrderBy(r => r.AreaCode, StringComparer.Ordinal).Select(r => (r.AreaCode, r.StatusReason, r.Source, r.Value)));
    }

    [Fact]
    public async Task Streaming_stops_when_cancelled()
    {
        var quarters = Period.QuartersBetween(Period.Parse("2000-01 Q1"), Period.Parse("2024-25 Q4")).Select(q => q.Key).ToList();
        await AppendAsync([.. Enumerable.Range(0, 50).SelectMany(a => quarters.Select(q => Row($"E{6000000 + a:00000000}", q, a)))]);
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in Store.StreamAsync(Mine(), cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, read);
        Assert.Equal(50 * quarters.Count, (await StreamedAsync(Mine())).Count); // the store is free for the next read
    }

    [Fact]
    public async Task Streaming_with_a_cancelled_token_yields_nothing()
    {
        await AppendAsync(Row("E06000019", "2024-25 Q1", 1));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in Store.StreamAsync(Mine(), cancellation.Token))
            {
                Assert.Fail("A cancelled stream handed on a row.");
            }
        });
    }

    private async Task AssertStreamMatchesQueryAsync(ObservationQuery query, int? expected = null)
    {
        var queried = await Store.QueryAsync(query);
        var streamed = await StreamedAsync(query);

        Assert.Equal(queried, streamed);
        if (expected is { } count)
        {
            Assert.Equal(count, streamed.Count);
        }
    }

    private async Task<List<Observation>> StreamedAsync(ObservationQuery query)
    {
        var streamed = new List<Observation>();
        await foreach (var observation in Store.StreamAsync(query))
        {
            streamed.Add(observation);
        }

        return streamed;
    }
}
