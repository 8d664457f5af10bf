using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Warehouse.Schedules;
using Safeguarding.Analytics.Warehouse.Submissions;
using Safeguarding.Analytics.Warehouse.Tests.Storage;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Submissions, their files and problems, data quality and schedules, on every engine.
public abstract partial class AppStoreContract
{
    [Fact]
    public async Task A_submission_keeps_its_file_byte_for_byte_and_starts_received()
    {
        var store = await CreateStoreAsync();
        var content = Enumerable.Range(0, 256).Select(i => (byte)i).Concat(new byte[5_000_000]).ToArray();

        var added = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), content);

        Assert.True(added.Id > 0);
        Assert.Equal(SubmissionStatus.Received, added.Status);
        Assert.Equal(content.LongLength, added.SizeBytes);
        Assert.Equal(DateTimeKind.Utc, added.ReceivedAt.Kind);
        Assert.Equal(content, await store.GetSubmissionContentAsync(added.Id));
        var found = await store.FindSubmissionAsync(added.Id);
        Assert.Equal(added with { ReceivedAt = found!.ReceivedAt }, found);
        Assert.True((found.ReceivedAt - added.ReceivedAt).Duration() < TimeSpan.FromMilliseconds(1));
        Assert.Null(await store.FindSubmissionAsync(added.Id + 1000));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.GetSubmissionContentAsync(added.Id + 1000));
    }

    [Fact]
    public async Task Submissions_list_newest_first_and_filter_by_agency_quarter_and_status()
    {
        var store = await CreateStoreAsync();
        var first = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), [1]);
        var second = await store.AddSubmissionAsync(NewSubmission("health", "2024-25 Q1"), [2]);
        var third = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q2"), [3]);
        await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = third.Id, Status = SubmissionStatus.Rejected });

        Assert.Equal([third.Id, second.Id, first.Id], (await store.GetSubmissionsAsync(new SubmissionFilter())).Select(s => s.Id));
        Assert.Equal([third.Id, first.Id], (await store.GetSubmissionsAsync(new SubmissionFilter { AgencyId = "police" })).Select(s => s.Id));
        Assert.Equal([second.Id], (await store.GetSubmissionsAsync(new SubmissionFilter { AgencyId = "health", PeriodKey = "2024-25 Q1" })).Select(s => s.Id));
        Assert.Equal([third.Id], (await store.GetSubmissionsAsync(new SubmissionFilter { Status = SubmissionStatus.Rejected })).Select(s => s.Id));
        Assert.Equal([third.Id], (await store.GetSubmissionsAsync(new SubmissionFilter { Limit = 1 })).Select(s => s.Id));
    }

    [Fact]
    public async Task A_failed_attempt_is_kept_with_its_number_and_error_and_the_submission_retries_until_the_last_fails()
    {
        var store = await CreateStoreAsync();
        var added = await store.AddSubmissionAsync(NewSubmission(null, null), [1]);

        var started = await store.StartProcessingSubmissionAsync(added.Id);
        await store.RecordSubmissionFailureAsync(added.Id, 1, "The warehouse did not answer", final: false);
        var retrying = await store.FindSubmissionAsync(added.Id);
        var retried = await store.StartProcessingSubmissionAsync(added.Id);
        await store.RecordSubmissionFailureAsync(added.Id, 2, "still down", final: true);
        var failed = await store.FindSubmissionAsync(added.Id);

        Assert.Equal((SubmissionStatus.Processing, 1), (started.Status, started.Attempts));
        Assert.Equal((SubmissionStatus.Retrying, 1, "The warehouse did not answer", (DateTime?)null), (retrying!.Status, retrying.Attempts, retrying.FailureMessage, retrying.ProcessedAt));
        Assert.Equal((SubmissionStatus.Retrying, 2, "The warehouse did not answer"), (retried.Status, retried.Attempts, retried.FailureMessage));
        Assert.Equal((SubmissionStatus.Failed, 2, "still down"), (failed!.Status, failed.Attempts, failed.FailureMessage));
        Assert.Equal(DateTimeKind.Utc, failed.ProcessedAt!.Value.Kind);
        Assert.Equal([failed.Id], (await store.GetSubmissionsAsync(new SubmissionFilter { Status = SubmissionStatus.Failed })).Select(s => s.Id));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.StartProcessingSubmissionAsync(added.Id + 1000));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.RecordSubmissionFailureAsync(added.Id + 1000, 1, "gone", final: false));
    }

    [Fact]
    public async Task The_attempt_number_is_the_job_s_own_count_even_when_an_attempt_died_without_a_word()
    {
        var store = await CreateStoreAsync();
        var added = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), [1]);

        await store.StartProcessingSubmissionAsync(added.Id);
        await store.StartProcessingSubmissionAsync(added.Id);
        await store.StartProcessingSubmissionAsync(added.Id);
        await store.RecordSubmissionFailureAsync(added.Id, 2, "The warehouse did not answer", final: false);

        var retrying = await store.FindSubmissionAsync(added.Id);
        Assert.Equal((SubmissionStatus.Retrying, 2), (retrying!.Status, retrying.Attempts));
    }

    [Fact]
    public async Task A_return_loaded_after_failed_attempts_keeps_the_last_error_beside_its_outcome()
    {
        var store = await CreateStoreAsync();
        var added = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), [1]);
        await store.StartProcessingSubmissionAsync(added.Id);
        await store.RecordSubmissionFailureAsync(added.Id, 1, "The warehouse did not answer", final: false);
        await store.StartProcessingSubmissionAsync(added.Id);

        await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = added.Id, Status = SubmissionStatus.Loaded, ReturnVersion = 1 });

        var loaded = await store.FindSubmissionAsync(added.Id);
        Assert.Equal((SubmissionStatus.Loaded, 2, "The warehouse did not answer"), (loaded!.Status, loaded.Attempts, loaded.FailureMessage));
    }

    [Fact]
    public async Task Completing_writes_the_outcome_and_replaces_the_problems_in_row_order()
    {
        var store = await CreateStoreAsync();
        var added = await store.AddSubmissionAsync(NewSubmission(null, null), [1]);
        await store.CompleteSubmissionAsync(new SubmissionOutcome
        {
            SubmissionId = added.Id,
            Status = SubmissionStatus.Rejected,
            Problems = [new SubmissionProblem(ProblemSeverity.Error, "stale", 9, "value", "from an earlier attempt")],
        });
        SubmissionProblem[] problems =
        [
            new(ProblemSeverity.Error, "unknown_area", 7, "area_code", "E99 is not an area."),
            new(ProblemSeverity.Warning, "expected_missing", null, null, "cpp_rate_per_10k was expected."),
            new(ProblemSeverity.Error, "not_a_number", 3, "value", "'1,2' is not a number."),
            new(ProblemSeverity.Error, "over_range", 3, "numerator", "The numerator is larger than the denominator."),
        ];

        await store.CompleteSubmissionAsync(new SubmissionOutcome
        {
            SubmissionId = added.Id,
            Status = SubmissionStatus.Loaded,
            AgencyId = "police",
            PeriodKey = "2024-25 Q1",
            RowCount = 12,
            ErrorCount = 0,
            WarningCount = 1,
            Problems = problems,
            LoadId = "load-1",
            ReturnVersion = 2,
        });
        var done = await store.FindSubmissionAsync(added.Id);

        Assert.Equal([problems[1], problems[2], problems[3], problems[0]], await store.GetSubmissionProblemsAsync(added.Id));
        Assert.Equal(
            (SubmissionStatus.Loaded, "police", "2024-25 Q1", 12, 1, "load-1", (int?)2),
            (done!.Status, done.AgencyId, done.PeriodKey, done.RowCount, done.WarningCount, done.LoadId, done.ReturnVersion));
        Assert.Equal(DateTimeKind.Utc, done.ProcessedAt!.Value.Kind);
    }

    [Fact]
    public async Task The_latest_loaded_return_is_the_one_an_identical_file_is_compared_with()
    {
        var store = await CreateStoreAsync();
        var first = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), [1]);
        var second = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), [2]);
        var rejected = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), [3]);
        await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = first.Id, Status = SubmissionStatus.Loaded, ReturnVersion = 1 });
        Assert.Equal(first.Id, (await store.FindLatestLoadedSubmissionAsync("police", "2024-25 Q1"))!.Id);

        await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = second.Id, Status = SubmissionStatus.Loaded, ReturnVersion = 2 });
        await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = rejected.Id, Status = SubmissionStatus.Rejected });

        Assert.Equal(second.Id, (await store.FindLatestLoadedSubmissionAsync("police", "2024-25 Q1"))!.Id);
        Assert.Null(await store.FindLatestLoadedSubmissionAsync("police", "2024-25 Q2"));
    }

    [Fact]
    public async Task Each_load_is_traced_to_the_submission_that_produced_it_in_one_call()
    {
        var store = await CreateStoreAsync();
        var police = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1"), [1]);
        var health = await store.AddSubmissionAsync(NewSubmission("health", "2024-25 Q1"), [2]);
        var rejected = await store.AddSubmissionAsync(NewSubmission("health", "2024-25 Q1"), [3]);
        await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = police.Id, Status = SubmissionStatus.Loaded, LoadId = "load-police" });
        await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = health.Id, Status = SubmissionStatus.Loaded, LoadId = "load-health" });
        await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = rejected.Id, Status = SubmissionStatus.Rejected });

        var found = await store.FindSubmissionIdsByLoadAsync(["load-police", "load-health", "load-lait", "load-police", "'; DROP TABLE submissions; --"]);

        Assert.Equal(2, found.Count);
        Assert.Equal(police.Id, found["load-police"]);
        Assert.Equal(health.Id, found["load-health"]);
        Assert.False(found.ContainsKey("load-lait")); // a published comparator's load has no submission
        Assert.Empty(await store.FindSubmissionIdsByLoadAsync([]));
    }

    [Fact]
    public async Task Tracing_many_loads_at_once_finds_every_submission()
    {
        var store = await CreateStoreAsync();
        var expected = new Dictionary<string, long>();
        for (var i = 0; i < 60; i++)
        {
            var added = await store.AddSubmissionAsync(NewSubmission("police", $"20{10 + (i / 4)}-{11 + (i / 4)} Q{(i % 4) + 1}"), [(byte)i]);
            await store.CompleteSubmissionAsync(new SubmissionOutcome { SubmissionId = added.Id, Status = SubmissionStatus.Loaded, LoadId = $"load-{i}" });
            expected[$"load-{i}"] = added.Id;
        }

        var found = await store.FindSubmissionIdsByLoadAsync([.. expected.Keys]);

        Assert.Equal(expected.OrderBy(e => e.Key), found.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task Hostile_text_in_a_submission_round_trips_inert()
    {
        var store = await CreateStoreAsync();
        foreach (var text in HostileStrings.All.Where(s => !s.Contains('\0', StringComparison.Ordinal)))
        {
            var added = await store.AddSubmissionAsync(NewSubmission("police", "2024-25 Q1") with { FileName = text, ReceivedBy = text }, [1]);
            await store.CompleteSubmissionAsync(new SubmissionOutcome
            {
                SubmissionId = added.Id,
                Status = SubmissionStatus.Rejected,
                Problems = [new SubmissionProblem(ProblemSeverity.Error, "x", 2, text, text)],
            });

            var found = await store.FindSubmissionAsync(added.Id);
            Assert.Equal((text, text), (found!.FileName, found.ReceivedBy));
            Assert.Equal((text, text), (Assert.Single(await store.GetSubmissionProblemsAsync(added.Id)).Column, (await store.GetSubmissionProblemsAsync(added.Id))[0].Message));
        }
    }

    [Fact]
    public async Task Data_quality_is_one_score_per_agency_and_quarter_and_reads_back_exactly()
    {
        var store = await CreateStoreAsync();
        var score = new DataQualityScore
        {
            AgencyId = "police",
            PeriodKey = "2024-25 Q1",
            SubmissionId = 4,
            ExpectedIndicators = 5,
            ReceivedIndicators = 4,
            Completeness = 0.8,
            Deadline = new DateOnly(2024, 7, 20),
            FirstLoadedReceivedAt = new DateTime(2024, 7, 22, 9, 30, 0, DateTimeKind.Utc),
            DaysLate = 2,
            Timeliness = 0.8,
            RowCount = 4,
            ErrorCount = 0,
            Validity = 1,
            WarningCount = 1,
            Consistency = 0.75,
            Score = 83.8,
            ComputedAt = new DateTime(2024, 7, 22, 9, 31, 0, DateTimeKind.Utc),
        };

        await store.SaveDataQualityAsync(score with { Score = 10 });
        await store.SaveDataQualityAsync(score);
        await store.SaveDataQualityAsync(score with { PeriodKey = "2024-25 Q2", FirstLoadedReceivedAt = null });
        await store.SaveDataQualityAsync(score with { AgencyId = "health" });

        Assert.Equal([score with { PeriodKey = "2024-25 Q2", FirstLoadedReceivedAt = null }, score], await store.GetDataQualityAsync("police"));
        Assert.Equal(["health", "police"], (await store.GetDataQualityAsync(periodKey: "2024-25 Q1")).Select(s => s.AgencyId));
        Assert.Equal(3, (await store.GetDataQualityAsync()).Count);
    }

    [Fact]
    public async Task Schedules_are_saved_replaced_listed_and_deleted()
    {
        var store = await CreateStoreAsync();
        var inbox = new RecurringSchedule { Id = "inbox-watch", JobKind = "inbox-watch", Cron = "* * * * *" };
        var lait = new RecurringSchedule { Id = "lait", JobKind = "comparator-file", Cron = "0 6 1 * *", ArgumentsJson = """{"path":"a.csv"}""", Enabled = false };

        await store.SaveScheduleAsync(inbox);
        await store.SaveScheduleAsync(lait with { Cron = "0 0 * * *" });
        await store.SaveScheduleAsync(lait);
        var saved = await store.GetSchedulesAsync();

        Assert.Equal([inbox, lait], saved.Select(s => s with { UpdatedAt = default }));
        Assert.All(saved, s => Assert.Equal(DateTimeKind.Utc, s.UpdatedAt.Kind));
        Assert.True(await store.DeleteScheduleAsync("lait"));
        Assert.False(await store.DeleteScheduleAsync("lait"));
        Assert.Equal(["inbox-watch"], (await store.GetSchedulesAsync()).Select(s => s.Id));
    }

    private static Submission NewSubmission(string? agency, string? period) => new()
    {
        AgencyId = agency,
        PeriodKey = period,
        FileName = "return.csv",
        Format = "csv",
        ContentSha256 = new string('a', 64),
        ReceivedVia = "upload",
        ReceivedBy = "test",
    };
}
