using Safeguarding.Analytics.Warehouse.Commentary;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Agency commentary, on every engine: a changed note is a new version with the earlier kept; the same note adds nothing.
public abstract partial class AppStoreContract
{
    [Fact]
    public async Task Notes_read_back_field_for_field_with_their_submission_and_first_versions()
    {
        var store = await CreateStoreAsync();
        var submission = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), [1]);
        var before = DateTime.UtcNow.AddSeconds(-1);

        var added = await store.AddCommentaryAsync([
            Note("repeat_da_pct", "2024-25 Q1", "Two MARAC coordinators started in May.") with { SubmissionId = submission.Id },
            Note("marac_cases_rate_per_10k", "2024-25 Q1", "Referral pathway relaunched."),
        ]);

        Assert.Equal([1, 1], added.Select(n => n.Version));
        Assert.All(added, n => Assert.InRange(n.CreatedAt, before, DateTime.UtcNow.AddSeconds(1)));
        Assert.All(added, n => Assert.Equal(DateTimeKind.Utc, n.CreatedAt.Kind));
        var read = await store.GetCommentaryAsync(new CommentaryFilter());
        Assert.Equal(added.OrderBy(n => n.IndicatorId, StringComparer.Ordinal), read);
        Assert.Equal(submission.Id, read.Single(n => n.IndicatorId == "repeat_da_pct").SubmissionId);
        Assert.Null(read.Single(n => n.IndicatorId == "marac_cases_rate_per_10k").SubmissionId);
    }

    [Fact]
    public async Task A_changed_note_adds_a_version_and_keeps_the_earlier_one_and_the_same_note_adds_nothing()
    {
        var store = await CreateStoreAsync();
        await store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", "First reading.")]);

        var same = await store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", "First reading.")]);
        var changed = await store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", "Revised after the data cleanse.")]);
        var back = await store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", "First reading.")]);

        Assert.Empty(same);
        Assert.Equal(2, Assert.Single(changed).Version);
        Assert.Equal(3, Assert.Single(back).Version);
        var latest = Assert.Single(await store.GetCommentaryAsync(new CommentaryFilter { IndicatorId = "repeat_da_pct" }));
        Assert.Equal((3, "First reading."), (latest.Version, latest.Text));
        Assert.Equal(
            [(1, "First reading."), (2, "Revised after the data cleanse."), (3, "First reading.")],
            (await store.GetCommentaryAsync(new CommentaryFilter { LatestOnly = false })).Select(n => (n.Version, n.Text)));
    }

    [Fact]
    public async Task Two_notes_for_the_same_figure_in_one_batch_are_consecutive_versions_and_a_repeat_in_the_batch_adds_nothing()
    {
        var store = await CreateStoreAsync();

        var added = await store.AddCommentaryAsync([
            Note("repeat_da_pct", "2024-25 Q1", "Draft."),
            Note("repeat_da_pct", "2024-25 Q1", "Draft."),
            Note("repeat_da_pct", "2024-25 Q1", "Agreed at the performance meeting."),
        ]);

        Assert.Equal([(1, "Draft."), (2, "Agreed at the performance meeting.")], added.Select(n => (n.Version, n.Text)));
    }

    [Fact]
    public async Task Each_agency_area_and_period_has_its_own_versions_and_the_list_filters_by_each_ordered_by_period_then_agency()
    {
        var store = await CreateStoreAsync();
        await store.AddCommentaryAsync([
            Note("repeat_da_pct", "2024-25 Q2", "Police, Q2."),
            Note("repeat_da_pct", "2024-25 Q1", "Police, Q1."),
            Note("repeat_da_pct", "2024-25 Q1", "Health, Q1.") with { AgencyId = "health" },
            Note("repeat_da_pct", "2024-25 Q1", "Worcestershire, Q1.") with { AreaCode = "E10000034" },
            Note("marac_cases_rate_per_10k", "2024-25 Q1", "Other indicator."),
        ]);

        var all = await store.GetCommentaryAsync(new CommentaryFilter { IndicatorId = "repeat_da_pct", AreaCode = "E06000019" });

        Assert.Equal(["Health, Q1.", "Police, Q1.", "Police, Q2."], all.Select(n => n.Text));
        Assert.All(all, n => Assert.Equal(1, n.Version));
        Assert.Equal(["Health, Q1."], (await store.GetCommentaryAsync(new CommentaryFilter { AgencyId = "health" })).Select(n => n.Text));
        Assert.Equal(["Police, Q2."], (await store.GetCommentaryAsync(new CommentaryFilter { PeriodKey = "2024-25 Q2" })).Select(n => n.Text));
        Assert.Equal(["Worcestershire, Q1."], (await store.GetCommentaryAsync(new CommentaryFilter { AreaCode = "E10000034" })).Select(n => n.Text));
        Assert.Equal(2, (await store.GetCommentaryAsync(new CommentaryFilter { Limit = 2 })).Count);
        Assert.Empty(await store.GetCommentaryAsync(new CommentaryFilter { IndicatorId = "no_such_indicator" }));
    }

    [Theory]
    [InlineData("O'Brien said \"no\"; it's \\ fine")]
    [InlineData("'); DROP TABLE commentary; --")]
    [InlineData("<script>alert('x')</script> & <b>bold</b>")]
    [InlineData("Ünïcödé — 儿童保护 🚸 café\u0301 \u200b zero-width")]
    [InlineData("  leading and trailing spaces, tab\tand\r\nnew lines  ")]
    public async Task Hostile_text_round_trips_exactly(string text)
    {
        var store = await CreateStoreAsync();

        await store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", text) with { Author = text }]);

        var read = Assert.Single(await store.GetCommentaryAsync(new CommentaryFilter()));
        Assert.Equal((text, text), (read.Text, read.Author));
        Assert.Empty(await store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", text)]));
    }

    [Fact]
    public async Task A_very_long_note_round_trips_exactly()
    {
        var store = await CreateStoreAsync();
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)('a' + (i % 26)))) + " é 🚸";

        await store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", text)]);

        Assert.Equal(text, Assert.Single(await store.GetCommentaryAsync(new CommentaryFilter())).Text);
    }

    [Fact]
    public async Task A_batch_with_a_bad_note_adds_none_of_it()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", "Fine."), Note("marac_cases_rate_per_10k", "2024-25 Q1", " ")]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddCommentaryAsync([Note("repeat_da_pct", "2024-25 Q1", "NUL \0 inside")]));

        Assert.Empty(await store.GetCommentaryAsync(new CommentaryFilter { LatestOnly = false }));
    }

    [Fact]
    public async Task A_batch_that_fails_part_way_leaves_no_note_behind()
    {
        var store = await CreateStoreAsync();

        // No submission 999999: the second note breaks the reference after the first was written.
        await Assert.ThrowsAnyAsync<Exception>(() => store.AddCommentaryAsync([
            Note("repeat_da_pct", "2024-25 Q1", "Written first."),
            Note("marac_cases_rate_per_10k", "2024-25 Q1", "Points at nothing.") with { SubmissionId = 999_999 },
        ]));

        Assert.Empty(await store.GetCommentaryAsync(new CommentaryFilter { LatestOnly = false }));
    }

    private static AgencyCommentary Note(string indicatorId, string periodKey, string text) => new()
    {
        IndicatorId = indicatorId,
        AreaCode = "E06000019",
        PeriodKey = periodKey,
        AgencyId = "police",
        Text = text,
        Author = CommentaryAuthors.Return,
    };
}
