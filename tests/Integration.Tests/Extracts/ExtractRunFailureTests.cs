using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Integration.Tests.Extracts;

/// <summary>A run that cannot write its file fails with the reason in words, keeps no file and is audited.</summary>
public sealed class ExtractRunFailureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-extract-fail-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_run_whose_folder_cannot_be_made_fails_with_the_reason_and_offers_no_file()
    {
        // The extracts folder would sit under a plain file, so it cannot be made.
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the extracts folder should go");
        using var factory = new DashboardFactory(_folder, new Dictionary<string, string?>
        {
            ["Board:LoadDemoData"] = "false",
            ["Extracts:Folder"] = Path.Combine(blocker, "extracts"),
        });
        using var client = factory.CreateClient();
        var id = (await ExtractPolling.DefineAsync(client, new
        {
            title = "Early help",
            theme = "Early Help",
            priorityIds = ExtractPolling.Ids("early_help_thresholds"),
            areaRoles = ExtractPolling.Ids("home"),
            periods = new { lastQuarters = 4 },
            format = "csv",
            schedule = new { kind = "manual" },
        })).GetProperty("id").GetString()!;

        var runId = await ExtractPolling.RunNowAsync(client, id);
        var run = await ExtractPolling.WaitAsync(client, id, runId);

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Contains("not-a-folder", run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, run.GetProperty("download").ValueKind);
        Assert.Equal(JsonValueKind.Null, run.GetProperty("bytes").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/extracts/runs/{runId}/file")).StatusCode);
        var audit = await factory.Services.GetRequiredService<IAppStore>().GetAuditAsync(new AuditFilter { SubjectType = AuditSubjects.Extract, SubjectId = id });
        Assert.Contains(audit, a => a.Action == AuditActions.ExtractRunFailed && a.Detail.Contains($"Run {runId}", StringComparison.Ordinal));
    }
}
