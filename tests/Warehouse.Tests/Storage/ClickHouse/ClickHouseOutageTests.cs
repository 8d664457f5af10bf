using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Tests.Storage.ClickHouse;

/// <summary>
/// A load lands whole or not at all when the server dies mid-insert: on a server of the test's own, crashed after
/// more than one insert block has been sent, so part of the load really is on disk when it dies.
/// </summary>
public sealed class ClickHouseOutageTests
{
    private const int Rows = 1_500_000;
    private const int CrashAfter = 1_200_000;

    [Fact]
    public async Task A_load_cut_off_by_a_crash_is_never_visible_and_its_retry_lands_exactly_once()
    {
        await using var server = await OwnClickHouseServer.StartAsync();
        using var store = new ClickHouseAnalyticStore(new ClickHouseAnalyticStoreOptions(server.ConnectionString, "outage"));
        await store.InstallSchemaAsync();
        var key = "submission:outage";
        var loadId = ObservationLoad.NewId();
        var attempt = new ObservationLoad(loadId, "test", "cut off", RowsCrashingAfter(server, CrashAfter, () => OrphansOf(store, loadId) > 0)) { SubmissionKey = key };

        await Assert.ThrowsAnyAsync<Exception>(() => store.AppendAsync(attempt));
        await server.StartAgainAsync();

        Assert.True(OrphansOf(store, attempt.LoadId) > 0, "the crash came before any block reached disk: the test proved nothing");
        Assert.Empty(await store.QueryAsync(new ObservationQuery { IndicatorIds = ["outage"], AllVersions = true, AreaCodes = ["A0000001"] }));
        Assert.Null(await store.FindLoadBySubmissionKeyAsync(key));
        Assert.Empty(await store.GetLoadsAsync());

        var retry = await store.AppendAsync(attempt with { LoadId = ObservationLoad.NewId(), Observations = RowsCrashingAfter(null, 0, () => true) });

        Assert.Equal(Rows, retry.RowCount);
        Assert.Equal(retry, await store.FindLoadBySubmissionKeyAsync(key));
        var visible = await store.QueryRowsAsync(
            $"""
            SELECT count(), uniqExact(area_code) FROM {store.DatabaseIdentifier}.observations
            WHERE load_id IN (SELECT load_id FROM {store.DatabaseIdentifier}.loads)
            """,
            default);
        var rows = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((rows, rows), (visible[0][0], visible[0][1]));
    }

    /// <summary>The rows of the load on disk, committed or not.</summary>
    private static long OrphansOf(ClickHouseAnalyticStore store, string loadId) =>
        long.Parse(
            store.QueryRowsAsync($"SELECT count() FROM {store.DatabaseIdentifier}.observations WHERE load_id = '{loadId}'", default).GetAwaiter().GetResult()[0][0]!,
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Distinct rows; after <paramref name="crashAfter"/> of them, once the server has written a block of the load
    /// (<paramref name="blockOnDisk"/>; a busy machine may take a while), the server is killed and the rest still offered.
    /// </summary>
    private static IEnumerable<Observation> RowsCrashingAfter(OwnClickHouseServer? server, int crashAfter, Func<bool> blockOnDisk)
    {
        for (var i = 1; i <= Rows; i++)
        {
            if (server is not null && i == crashAfter)
            {
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (!blockOnDisk() && waited.Elapsed < TimeSpan.FromSeconds(60))
                {
                    Thread.Sleep(100);
                }

                server.Crash();
            }

            yield return new Observation
            {
                IndicatorId = "outage",
                AreaCode = $"A{i:0000000}",
                PeriodKey = "2024-25 Q1",
                Value = i,
                Source = "test",
            };
        }
    }
}
