using System.Data.Common;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// The audit trail, on every engine: appended and read back by each filter, newest first; the engine refuses to change it.
public abstract partial class AppStoreContract
{
    private static readonly DateTime AuditDay = new(2025, 7, 14, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Runs a statement straight on the database of the store created last, around the store's own surface.</summary>
    protected abstract Task ExecuteDirectlyAsync(string sql);

    [Fact]
    public async Task An_audit_event_reads_back_field_for_field_with_its_id_and_time()
    {
        var store = await CreateStoreAsync();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var appended = await store.AppendAuditAsync(Audit(AuditActions.ReturnReceived, "17") with { ClientAddress = "192.0.2.7", At = default });

        Assert.True(appended.Id > 0);
        Assert.InRange(appended.At, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(DateTimeKind.Utc, appended.At.Kind);
        Assert.Equal(appended, Assert.Single(await store.GetAuditAsync(new AuditFilter())));
    }

    [Fact]
    public async Task Audit_events_read_newest_first_by_each_filter()
    {
        var store = await CreateStoreAsync();
        var received = await store.AppendAuditAsync(Audit(AuditActions.ReturnReceived, "1", AuditActors.Anonymous, minutes: 0));
        var loaded = await store.AppendAuditAsync(Audit(AuditActions.ReturnLoaded, "1", AuditActors.System, minutes: 5));
        var download = await store.AppendAuditAsync(Audit(AuditActions.SubmissionFileDownloaded, "2", AuditActors.Anonymous, minutes: 10));
        var comparator = await store.AppendAuditAsync(Audit(AuditActions.ComparatorLoaded, "lait.csv", AuditActors.System, minutes: 15) with { SubjectType = "comparator" });

        Assert.Equal([comparator, download, loaded, received], await store.GetAuditAsync(new AuditFilter()));
        Assert.Equal([download, loaded], await store.GetAuditAsync(new AuditFilter { From = AuditDay.AddMinutes(5), To = AuditDay.AddMinutes(15) }));
        Assert.Equal([download, received], await store.GetAuditAsync(new AuditFilter { Actor = AuditActors.Anonymous }));
        Assert.Equal([loaded], await store.GetAuditAsync(new AuditFilter { Action = AuditActions.ReturnLoaded }));
        Assert.Equal([loaded, received], await store.GetAuditAsync(new AuditFilter { SubjectType = "submission", SubjectId = "1" }));
        Assert.Equal([comparator], await store.GetAuditAsync(new AuditFilter { SubjectType = "comparator" }));
        Assert.Equal([comparator, download], await store.GetAuditAsync(new AuditFilter { Limit = 2 }));
        Assert.Empty(await store.GetAuditAsync(new AuditFilter { Actor = "someone.else" }));
    }

    [Fact]
    public async Task The_engine_refuses_to_change_or_remove_an_audit_event_even_in_direct_sql()
    {
        var store = await CreateStoreAsync();
        var kept = await store.AppendAuditAsync(Audit(AuditActions.ReturnRejected, "9"));

        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteDirectlyAsync("UPDATE audit_events SET actor = 'someone.else'"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteDirectlyAsync("DELETE FROM audit_events"));

        Assert.Equal(kept, Assert.Single(await store.GetAuditAsync(new AuditFilter())));
    }

    [Theory]
    [InlineData("'; DROP TABLE audit_events; --")]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"click\")")]
    [InlineData("Line one\r\nline two\ttabbed \"quoted\", comma")]
    [InlineData("Ünïcödé – ‘curly’ \u202Eright-to-left 🙂 <script>alert(1)</script>")]
    public async Task Hostile_text_round_trips_in_every_field(string hostile)
    {
        var store = await CreateStoreAsync();

        var appended = await store.AppendAuditAsync(new AuditEvent
        {
            At = AuditDay,
            Actor = hostile,
            Action = AuditActions.CatalogueEdited,
            SubjectType = hostile,
            SubjectId = hostile,
            Detail = hostile,
            ClientAddress = hostile,
        });

        Assert.Equal(appended, Assert.Single(await store.GetAuditAsync(new AuditFilter { Actor = hostile, SubjectId = hostile })));
    }

    [Fact]
    public async Task An_action_outside_the_vocabulary_or_a_nul_character_is_refused()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAuditAsync(Audit("return.deleted", "1")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAuditAsync(Audit(AuditActions.ReturnLoaded, "1") with { Detail = "a\0b" }));
        Assert.Empty(await store.GetAuditAsync(new AuditFilter()));
    }

    private static AuditEvent Audit(string action, string submissionId, string actor = AuditActors.System, int minutes = 0) => new()
    {
        At = AuditDay.AddMinutes(minutes),
        Actor = actor,
        Action = action,
        SubjectType = "submission",
        SubjectId = submissionId,
        Detail = $"{action} for submission {submissionId}",
    };
}
