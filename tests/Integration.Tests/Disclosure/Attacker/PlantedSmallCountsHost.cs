using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Integration.Tests.BoardPacks;
using Safeguarding.Analytics.Integration.Tests.Extracts;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>
/// The demo as it starts (LAIT comparators, the home area's partner returns through the intake), with small counts
/// planted through the service's own doors: two quarters of the home area in a children's social care return; a
/// year of the home area and an authority beside it in copies of DfE's published EES files dropped in the inbox, their
/// region made exact so that region less the other authorities, and the year less its other quarters, give the
/// planted count back to anyone shown them. Then a board pack is frozen for the planted quarter and for the year's
/// last quarter, and an extract of the planted indicators is run.
/// </summary>
public sealed class PlantedSmallCountsHost : IDisposable
{
    public const string Home = "E06000019";
    public const string WestMidlands = "E12000005";
    public const string Shropshire = "E06000051";
    public const string PlantedAgency = "childrens_social_care";
    public const string Quarter = "2023-24 Q2";

    private readonly string _inbox = Directory.CreateTempSubdirectory("sga-planted-inbox-").FullName;

    public PlantedSmallCountsHost()
    {
        Factory = new DashboardFactory(settings: new Dictionary<string, string?>
        {
            ["Ingest:InboxPath"] = _inbox,
            ["Ingest:InboxSettleSeconds"] = "0",
        });
        Analyst = Factory.CreateClientAs(BoardRoles.Analyst);
        Admin = Factory.CreateClient();
        Reference = Factory.Services.GetRequiredService<ReferenceDataSet>();
        PlantAsync().GetAwaiter().GetResult();
    }

    public DashboardFactory Factory { get; }

    public HttpClient Analyst { get; }

    public HttpClient Admin { get; }

    public ReferenceDataSet Reference { get; }

    /// <summary>3 re-referrals of 41 referrals in the home area's 2023-24 Q2 (7.317…%), sent in a return.</summary>
    public PlantedFigure InAQuarter { get; private set; } = null!;

    /// <summary>4 referrals closed with no further action in the home area's year 2023-24, published in an EES file.</summary>
    public PlantedFigure InAYear { get; private set; } = null!;

    /// <summary>4 plans lasting 2 years or more in Shropshire at 31 March 2025 (2024-25), its region and England shown.</summary>
    public PlantedFigure InAnotherAuthority { get; private set; } = null!;

    /// <summary>4 referrals of 41 closed with no further action in the same quarter: the whole of the planted year.</summary>
    public PlantedFigure InTheYearsQuarter { get; private set; } = null!;

    public IReadOnlyList<PlantedFigure> Planted => [InAQuarter, InTheYearsQuarter, InAYear, InAnotherAuthority];

    /// <summary>A moment after the last planted count was loaded: the series read as it stood then.</summary>
    public DateTime PlantedAt { get; private set; }

    /// <summary>The submission that carried the planted quarter.</summary>
    public long PlantedSubmissionId { get; private set; }

    public string ExtractId { get; private set; } = null!;

    public long ExtractRunId { get; private set; }

    /// <summary>Everyone the board's promise is made to, and the analyst, who sees every figure whole.</summary>
    public static IReadOnlyList<Reader> Readers { get; } =
    [
        new("a board member", BoardRoles.BoardMember, null),
        new("a QA member", BoardRoles.QaMember, null),
        new("the lead of the agency that sent the planted quarter (children's social care)", BoardRoles.AgencyLead, PlantedAgency),
        new("the lead of another agency (police)", BoardRoles.AgencyLead, "police"),
        new("an administrator", BoardRoles.Admin, null),
    ];

    public static Reader TheAnalyst { get; } = new("the analyst", BoardRoles.Analyst, null);

    private readonly Dictionary<Reader, Task<IReadOnlyList<ServiceOutput>>> _read = [];

    /// <summary>Every output as the reader gets it; read once per reader for the class.</summary>
    public Task<IReadOnlyList<ServiceOutput>> EverythingReadByAsync(Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        lock (_read)
        {
            if (!_read.TryGetValue(reader, out var read))
            {
                _read[reader] = read = ReadAsync(reader);
            }

            return read;
        }
    }

    private async Task<IReadOnlyList<ServiceOutput>> ReadAsync(Reader reader)
    {
        using var client = Factory.CreateClientAs(reader.Role, reader.Agency);
        var outputs = await new OutputCrawl(this).ReadEverythingAsync(reader, client);
        // To see what each reader was given: SGA_ATTACKER_OUTPUTS=/some/folder.
        if (Environment.GetEnvironmentVariable("SGA_ATTACKER_OUTPUTS") is { Length: > 0 } folder)
        {
            var mine = Directory.CreateDirectory(Path.Combine(folder, reader.Role + (reader.Agency is null ? string.Empty : "-" + reader.Agency))).FullName;
            var index = 0;
            foreach (var output in outputs)
            {
                await File.WriteAllTextAsync(Path.Combine(mine, $"{index++:D4}.txt"), $"{output.Status} {output.MediaType} GET {output.Url}\n{output.Body}");
            }
        }

        return outputs;
    }

    public void Dispose()
    {
        Analyst.Dispose();
        Admin.Dispose();
        Factory.Dispose();
        Directory.Delete(_inbox, recursive: true);
    }

    private PlantedFigure Figure(string what, string indicator, string area, string period, long numerator, long denominator)
    {
        var catalogue = Reference.Indicator(indicator);
        return new PlantedFigure(what, new Cell(indicator, area, period), numerator, denominator, catalogue.Multiplier, catalogue.DecimalPlaces);
    }

    private async Task PlantAsync()
    {
        await BoardPackFlow.LatestQuarterAsync(Factory);
        InAQuarter = Figure("a quarter of the home area", "rereferrals_12m_pct", Home, Quarter, 3, 41);
        // The home area closes no referral without further action in the demo's quarters (as DfE publishes for it):
        // the planted year's 4 are all in the planted quarter, so the year is the sum of its quarters.
        InTheYearsQuarter = Figure("the quarter that makes up the planted year", "referrals_nfa_pct", Home, Quarter, 4, 41);
        var lines = string.Concat(new[] { InAQuarter, InTheYearsQuarter }.Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"{p.Cell.Indicator},{Home},{Quarter},{p.Shown},{p.Numerator},{p.Denominator},final,\n")));
        var detail = await SubmissionPolling.SendAndWaitAsync(Analyst, ReturnFiles.Form(ReturnFiles.Header + "\n" + lines, "childrens social care 2023-24 Q2.csv", PlantedAgency, Quarter));
        Assert.True(SubmissionPolling.Status(detail) is "loaded", $"The planted quarter was not loaded: {detail}");
        PlantedSubmissionId = detail.GetProperty("submission").GetProperty("id").GetInt64();

        // The home area's year as DfE would publish it from the same children: the sum of its four quarters.
        var series = await Analyst.GetFromJsonAsync<JsonElement>($"/api/indicators/rereferrals_12m_pct/series?area={Home}&from=2023-24%20Q1&to=2023-24%20Q4");
        var quarters = series.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("period").GetString()!.StartsWith("2023-24 Q", StringComparison.Ordinal)).ToList();
        Assert.True(quarters.Count == 4, $"The home area's 2023-24 quarters of re-referrals: {series}");
        var referrals = quarters.Sum(p => (long)p.GetProperty("denominator").GetDouble());
        var rereferrals = quarters.Sum(p => (long)p.GetProperty("numerator").GetDouble());
        var closed = await Analyst.GetFromJsonAsync<JsonElement>($"/api/indicators/referrals_nfa_pct/series?area={Home}&from=2023-24%20Q1&to=2023-24%20Q4");
        var closedInYear = closed.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("period").GetString()!.StartsWith("2023-24 Q", StringComparison.Ordinal))
            .Sum(p => (long)p.GetProperty("numerator").GetDouble());
        Assert.True(closedInYear == InTheYearsQuarter.Numerator, $"The home area's referrals closed with no further action in 2023-24 are {closedInYear}, not the planted quarter's alone: {closed}");
        InAYear = Figure("a year of the home area", "referrals_nfa_pct", Home, "2023-24", closedInYear, referrals);

        var folder = ReferenceDataFolder.Locate();
        var c1 = new PublishedFileEdit(folder.ComparatorFile("dfe_c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"), 2024, WestMidlands)
            .Set(Home, "referral_count", referrals)
            .Set(Home, "rereferral_count", rereferrals)
            .Set(Home, "no_further_action_count", InAYear.Numerator)
            .Percentage("rereferral_percent", "rereferral_count", "referral_count")
            .Percentage("no_further_action_percent", "no_further_action_count", "referral_count")
            .Write();
        var d5Path = folder.ComparatorFile("dfe_d5_cpps_at31march_by_duration_2013_to_2025.csv");
        var plans = ExtractPolling.ParseCsv(File.ReadAllText(d5Path).TrimStart('\uFEFF'));
        var plansColumn = Array.IndexOf(plans[0], "CPP_At31");
        var shropshirePlans = long.Parse(plans.Single(r => r.Length > plansColumn && r[0] == "2025" && r.Contains(Shropshire)).ElementAt(plansColumn), CultureInfo.InvariantCulture);
        InAnotherAuthority = Figure("an authority beside the home area", "cpp_2yrs_plus_pct", Shropshire, "2024-25", 4, shropshirePlans);
        var d5 = new PublishedFileEdit(d5Path, 2025, WestMidlands)
            .Set(Shropshire, "2_years_or_more", InAnotherAuthority.Numerator)
            .Percentage("2_years_or_more_percent", "2_years_or_more", "CPP_At31")
            .Write();

        var loadsBefore = (await Admin.GetFromJsonAsync<JsonElement>("/api/loads")).GetArrayLength();
        await File.WriteAllTextAsync(Path.Combine(_inbox, "referrals_planted.csv"), c1);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "plans_planted.csv"), d5);
        Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobKinds.InboxWatch);
        var loads = await WaitForAsync("the planted comparator files to load", async () =>
        {
            var all = await Admin.GetFromJsonAsync<JsonElement>("/api/loads");
            var failed = Path.Combine(_inbox, "failed");
            Assert.False(Directory.Exists(failed) && Directory.GetFiles(failed, "*.error.txt").Length > 0, "A planted comparator file was refused: " +
                string.Join("\n", Directory.Exists(failed) ? Directory.GetFiles(failed, "*.error.txt").Select(File.ReadAllText) : []));
            return all.GetArrayLength() >= loadsBefore + 2 ? all : (JsonElement?)null;
        });
        await WaitForReconciledAsync(loads.EnumerateArray().Last().GetProperty("loadId").GetString()!);
        PlantedAt = DateTime.UtcNow;

        await BoardPackFlow.FreezeAsync(Analyst, Quarter, "2023-12-14");
        await BoardPackFlow.FreezeAsync(Analyst, "2024-25 Q4", "2025-06-12");
        var extract = await ExtractPolling.DefineAsync(Admin, new
        {
            title = "Planted small counts",
            theme = "Disclosure",
            indicatorIds = Planted.Select(p => p.Cell.Indicator).ToArray(),
            areaRoles = ExtractPolling.Ids("home", "neighbours", "region", "england"),
            periods = new { from = "2023-24 Q1", to = "2024-25 Q4" },
            format = "csv",
            schedule = new { kind = "manual" },
        });
        ExtractId = extract.GetProperty("id").GetString()!;
        ExtractRunId = await ExtractPolling.RunNowAsync(Admin, ExtractId);
        var run = await ExtractPolling.WaitAsync(Admin, ExtractId, ExtractRunId);
        Assert.True(run.GetProperty("status").GetString() == "succeeded", run.ToString());
    }

    private async Task WaitForReconciledAsync(string loadId) =>
        await WaitForAsync("the exceptions register to be evaluated after the planted loads", async () =>
            (await Admin.GetFromJsonAsync<JsonElement>("/api/audit?action=exceptions.reconciled&limit=10000")).EnumerateArray()
                .Any(e => e.GetProperty("detail").GetString()!.Contains(loadId, StringComparison.Ordinal)) ? true : (bool?)null);

    private static async Task<T> WaitForAsync<T>(string what, Func<Task<T?>> probe)
        where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Waited 90 seconds for {what}.");
    }
}
