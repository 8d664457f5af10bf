using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>Files dropped in the watched folder: a return, a published comparator file and something else.</summary>
public sealed class InboxTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-inbox-").FullName;

    private string Inbox => Path.Combine(_folder, "inbox");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_watch_job_receives_returns_loads_comparator_files_and_files_the_rest_as_failed_with_the_reason()
    {
        using var factory = new DashboardFactory(settings: new Dictionary<string, string?>
        {
            ["Board:LoadDemoData"] = "false",
            ["Ingest:InboxPath"] = Inbox,
            ["Ingest:InboxSettleSeconds"] = "0",
        });
        var client = factory.CreateClient();
        Directory.CreateDirectory(Inbox);
        await File.WriteAllTextAsync(Path.Combine(Inbox, "police 2024-25 Q1.csv"), ReturnFiles.Police("2024-25 Q1"));
        var c1 = ReferenceDataFolder.Locate().ComparatorFile("dfe_c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");
        File.Copy(c1, Path.Combine(Inbox, "renamed_referrals.csv"));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "minutes.txt"), "Minutes of the QA sub-group\nItem 1");

        factory.Services.GetRequiredService<IRecurringJobManager>().Trigger("inbox-watch");

        var loads = await WaitForAsync(async () =>
        {
            var all = await client.GetFromJsonAsync<JsonElement>("/api/loads");
            return all.GetArrayLength() >= 2 ? all : (JsonElement?)null;
        });
        var submissions = await client.GetFromJsonAsync<JsonElement>("/api/submissions");
        var received = Assert.Single(submissions.EnumerateArray());
        Assert.Equal("inbox", received.GetProperty("receivedVia").GetString());
        var detail = await SubmissionPolling.WaitAsync(client, received.GetProperty("id").GetInt64());
        Assert.Equal("loaded", SubmissionPolling.Status(detail));
        Assert.Contains(loads.EnumerateArray(), l => l.GetProperty("description").GetString()!.Contains("renamed_referrals.csv", StringComparison.Ordinal)
            || l.GetProperty("source").GetString()!.Contains("EES", StringComparison.Ordinal));
        await WaitForAsync(() => Task.FromResult(Directory.Exists(Path.Combine(Inbox, "processed")) && Directory.GetFiles(Path.Combine(Inbox, "processed")).Length == 2 ? (object?)true : null));
        var failed = Directory.GetFiles(Path.Combine(Inbox, "failed"));
        Assert.Equal(2, failed.Length);
        var reason = await File.ReadAllTextAsync(failed.Single(f => f.EndsWith(".error.txt", StringComparison.Ordinal)));
        Assert.Contains("minutes.txt", reason, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Inbox));
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The inbox was not processed within 60 seconds.");
    }

    private static async Task WaitForAsync(Func<Task<object?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is not null)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The inbox was not processed within 60 seconds.");
    }
}
