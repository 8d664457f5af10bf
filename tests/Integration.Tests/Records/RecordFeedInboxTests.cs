using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Ingest.Records.Synthetic;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Integration.Tests.Records;

/// <summary>
/// Generated record feed files dropped in the real host's inbox: loaded into the record store, counted into the derived
/// indicators and read back through the JSON API equal to the reference over the same records.
/// </summary>
public sealed class RecordFeedInboxTests : IDisposable
{
    private const string Home = "E06000019";

    private readonly string _folder = Directory.CreateTempSubdirectory("sga-record-inbox-").FullName;

    private string Inbox => Path.Combine(_folder, "inbox");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public Task Generated_files_in_the_inbox_become_derived_figures_in_the_api_equal_to_the_reference() => DropAndReadBackAsync([]);

    [Fact]
    public async Task On_clickhouse_generated_files_in_the_inbox_become_the_same_derived_figures()
    {
        var database = $"records_{Guid.NewGuid():N}";
        try
        {
            await DropAndReadBackAsync(new Dictionary<string, string?>
            {
                ["Warehouse:Engine"] = "ClickHouse",
                ["Warehouse:ClickHouseDatabase"] = database,
                ["ConnectionStrings:ClickHouse"] = TestServers.ClickHouse,
            });
        }
        finally
        {
            await OnClickHouseAsync($"DROP DATABASE IF EXISTS {database}");
        }
    }

    private async Task DropAndReadBackAsync(Dictionary<string, string?> engine)
    {
        using var factory = new DashboardFactory(settings: new Dictionary<string, string?>(engine)
        {
            ["Board:LoadDemoData"] = "false",
            ["Ingest:InboxPath"] = Inbox,
            ["Ingest:InboxSettleSeconds"] = "0",
        });
        var client = factory.CreateClientAs(BoardRoles.Analyst);
        var reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
        var files = SyntheticRecordGenerator.Write(
            Path.Combine(_folder, "generated"), new SyntheticRecordOptions { Incidents = 30_000, Outcomes = 8_000, Years = 3, Seed = 11 }, ReferenceDataFolder.Locate(), reference.Areas);
        var expected = Reference(files, reference);
        Directory.CreateDirectory(Inbox);
        foreach (var file in files.Files)
        {
            File.Copy(file.Path, Path.Combine(Inbox, Path.GetFileName(file.Path)));
        }

        await File.WriteAllTextAsync(Path.Combine(Inbox, "names.csv"), "incident_id,victim_name\n1,Jo Bloggs\n");
        factory.Services.GetRequiredService<IRecurringJobManager>().Trigger("inbox-watch");

        foreach (var indicator in new[] { RecordIndicatorReference.RepeatDomesticAbuseId, RecordIndicatorReference.FirstTimeEntrantsId })
        {
            var want = expected.Where(c => c.IndicatorId == indicator && c.AreaCode == Home).ToList();
            var points = await WaitForAsync(async () =>
            {
                var series = await client.GetFromJsonAsync<JsonElement>($"/api/indicators/{indicator}/series?area={Home}");
                var all = series.GetProperty("points").EnumerateArray().ToList();
                return all.Count == want.Count && all.Zip(want).All(p => p.First.GetProperty("numerator").GetDouble() == p.Second.Numerator) ? all : null;
            });

            var multiplier = reference.Indicator(indicator).Multiplier;
            foreach (var (point, count) in points.Zip(want))
            {
                Assert.Equal(count.PeriodKey, point.GetProperty("period").GetString());
                Assert.Equal((double)count.Denominator!.Value, point.GetProperty("denominator").GetDouble());
                Assert.Equal((double)count.Numerator / count.Denominator.Value * multiplier, point.GetProperty("value").GetDouble(), 9);
                Assert.Equal(("final", "records"), (point.GetProperty("status").GetString(), point.GetProperty("source").GetString()));
            }
        }

        await WaitForAsync(() => Task.FromResult(Directory.Exists(Path.Combine(Inbox, "processed")) && Directory.GetFiles(Path.Combine(Inbox, "processed")).Length == files.Files.Count ? new List<JsonElement>() : null));
        var reason = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(Inbox, "failed"), "*.error.txt")));
        Assert.Contains("column 'victim_name' is not part of the domestic abuse incidents feed", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Bloggs", reason, StringComparison.Ordinal);
    }

    private static async Task OnClickHouseAsync(string sql)
    {
        var parts = TestServers.ClickHouse.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        using var http = new HttpClient { BaseAddress = new Uri($"http://{parts["Host"]}:{parts["Port"]}/") };
        using var answer = await http.PostAsync(new Uri("?user=" + Uri.EscapeDataString(parts.GetValueOrDefault("Username", "default")), UriKind.Relative), new StringContent(sql));
        answer.EnsureSuccessStatusCode();
    }

    private static List<DerivedCount> Reference(SyntheticRecordFiles files, ReferenceDataSet reference)
    {
        var reader = new RecordFileReader(new LocalAuthorityCodes(reference.Areas), TimeProvider.System);
        List<DomesticAbuseIncident> incidents = [];
        List<YouthJusticeOutcome> outcomes = [];
        List<ChildPopulation> population = [];
        foreach (var path in files.Files.Select(f => f.Path))
        {
            using var stream = File.OpenRead(path);
            var name = Path.GetFileName(path);
            switch (RecordFeedFormats.Recognise(File.ReadLines(path).First()))
            {
                case RecordFeed.DomesticAbuseIncidents: incidents.AddRange(reader.ReadIncidents(name, stream)); break;
                case RecordFeed.YouthJusticeOutcomes: outcomes.AddRange(reader.ReadOutcomes(name, stream)); break;
                default: population.AddRange(reader.ReadPopulation(name, stream)); break;
            }
        }

        return [.. RecordIndicatorReference.RepeatDomesticAbuse(incidents), .. RecordIndicatorReference.FirstTimeEntrants(outcomes, population)];
    }

    private static async Task<List<JsonElement>> WaitForAsync(Func<Task<List<JsonElement>?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The record files were not loaded and counted within 120 seconds.");
    }
}
