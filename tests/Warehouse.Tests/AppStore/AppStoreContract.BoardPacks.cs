using Safeguarding.Analytics.Warehouse.BoardPacks;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Board packs, on every engine: each freeze is the quarter's next version, read back field for field, never changed.
public abstract partial class AppStoreContract
{
    private static BoardPackVersion Pack(string quarter, string frozenBy = "analyst") => new()
    {
        Quarter = quarter,
        PresentedOn = new DateOnly(2024, 9, 17),
        DataAsOf = new DateTime(2024, 9, 10, 8, 30, 15, 123, DateTimeKind.Utc),
        FrozenBy = frozenBy,
    };

    [Fact]
    public async Task A_frozen_pack_reads_back_field_for_field_with_its_content_and_hash()
    {
        var store = await CreateStoreAsync();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var added = await store.AddBoardPackAsync(Pack("2024-25 Q1"), """{"quarter":"2024-25 Q1","note":"café £"}""");

        Assert.Equal(1, added.Version);
        Assert.Equal(BoardPackHash.Of("""{"quarter":"2024-25 Q1","note":"café £"}"""), added.ContentSha256);
        Assert.Equal(64, added.ContentSha256.Length);
        Assert.InRange(added.FrozenAt, before, DateTime.UtcNow.AddSeconds(1));
        var found = await store.FindBoardPackAsync("2024-25 Q1", 1);
        Assert.NotNull(found);
        Assert.Equal(added, found.Version);
        Assert.Equal(DateTimeKind.Utc, found.Version.DataAsOf.Kind);
        Assert.Equal(new DateTime(2024, 9, 10, 8, 30, 15, 123, DateTimeKind.Utc), found.Version.DataAsOf);
        Assert.Equal("""{"quarter":"2024-25 Q1","note":"café £"}""", found.ContentJson);
        Assert.Equal([added], await store.GetBoardPacksAsync());
    }

    [Fact]
    public async Task Freezing_again_adds_the_next_version_and_keeps_the_earlier_one_unchanged()
    {
        var store = await CreateStoreAsync();
        await store.AddBoardPackAsync(Pack("2024-25 Q1"), "{\"v\":1}");
        await store.AddBoardPackAsync(Pack("2023-24 Q4"), "{\"v\":\"old\"}");

        var second = await store.AddBoardPackAsync(Pack("2024-25 Q1", "qa.chair"), "{\"v\":2}");

        Assert.Equal(2, second.Version);
        Assert.Equal("{\"v\":1}", (await store.FindBoardPackAsync("2024-25 Q1", 1))!.ContentJson);
        Assert.Equal("{\"v\":2}", (await store.FindBoardPackAsync("2024-25 Q1", 2))!.ContentJson);
        Assert.Equal(1, (await store.FindBoardPackAsync("2023-24 Q4", 1))!.Version.Version);
        Assert.Null(await store.FindBoardPackAsync("2024-25 Q1", 3));
        Assert.Equal(
            [("2024-25 Q1", 2, "qa.chair"), ("2024-25 Q1", 1, "analyst"), ("2023-24 Q4", 1, "analyst")],
            (await store.GetBoardPacksAsync()).Select(p => (p.Quarter, p.Version, p.FrozenBy)));
        Assert.Equal([2, 1], (await store.GetBoardPacksAsync("2024-25 Q1")).Select(p => p.Version));
    }

    [Fact]
    public async Task Two_freezes_at_once_take_consecutive_versions()
    {
        var store = await CreateStoreAsync();

        var versions = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => store.AddBoardPackAsync(Pack("2024-25 Q2"), $"{{\"n\":{i}}}")));

        Assert.Equal([1, 2, 3, 4], versions.Select(v => v.Version).Order());
    }

    [Fact]
    public async Task A_pack_without_content_or_with_a_nul_is_refused_and_nothing_is_kept()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddBoardPackAsync(Pack("2024-25 Q1"), " "));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddBoardPackAsync(Pack("2024-25 Q1", "a\0b"), "{}"));

        Assert.Empty(await store.GetBoardPacksAsync());
    }

    [Fact]
    public async Task Exception_steps_up_to_a_moment_leave_out_later_steps()
    {
        var (store, id) = await StoreWithOneExceptionAsync();
        await TakeAsync(store, id, QaStep(ExceptionActions.Escalate, 0, "For the board."));
        await Task.Delay(20);
        var moment = DateTime.UtcNow;
        await Task.Delay(20);
        await TakeAsync(store, id, QaStep(ExceptionActions.Reopen, 1, "Taken back after the board."));

        var then = await store.GetExceptionStepsUpToAsync(moment);
        var now = await store.GetExceptionStepsUpToAsync(DateTime.UtcNow.AddSeconds(1));

        Assert.Equal([ExceptionQaStates.Escalated], then.Select(s => s.ToState));
        Assert.Equal([ExceptionQaStates.Escalated, ExceptionQaStates.Open], now.Select(s => s.ToState));
    }
}
