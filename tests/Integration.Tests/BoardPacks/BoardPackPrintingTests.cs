using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.BoardPacks;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using static Safeguarding.Analytics.Integration.Tests.BoardPacks.BoardPackFlow;

namespace Safeguarding.Analytics.Integration.Tests.BoardPacks;

/// <summary>A host that prints 2 PDFs at once with 3 waiting, and gives each person 3 PDFs a minute.</summary>
public sealed class ContainedPrintingFixture : IDisposable
{
    public DashboardFactory Factory { get; } = new(settings: new Dictionary<string, string?>
    {
        ["BoardPacks:PrintsAtOnce"] = "2",
        ["BoardPacks:PrintsWaiting"] = "3",
        ["BoardPacks:PdfsPerMinute"] = "3",
    });

    public void Dispose() => Factory.Dispose();
}

/// <summary>
/// Printing board packs to PDF is contained: never more Chromium processes than configured, a full queue answered 429
/// with <c>Retry-After</c>, each exact document printed once and kept in the app store, and the PDF route under the
/// rate limiter.
/// </summary>
public class BoardPackPrintingTests(ContainedPrintingFixture host, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ContainedPrintingFixture>
{
    private ChromiumPdfPrinter Printer => host.Factory.Services.GetRequiredService<ChromiumPdfPrinter>();

    [ChromiumInstalledFact]
    public async Task Twenty_requests_at_once_never_run_more_than_two_chromium_and_each_gets_a_pdf_or_429_with_retry_after()
    {
        var (quarter, first) = await FreezeOneAsync();
        var versions = new List<int> { first };
        using (var scope = host.Factory.Services.CreateScope())
        {
            // Nineteen more versions of the same content, so that twenty different documents are asked for at once.
            var store = scope.ServiceProvider.GetRequiredService<IAppStore>();
            var frozen = (await store.FindBoardPackAsync(quarter.Key, first))!;
            for (var i = 0; i < 19; i++)
            {
                versions.Add((await store.AddBoardPackAsync(frozen.Version, frozen.ContentJson)).Version);
            }
        }

        var readers = versions.Select(_ => host.Factory.CreateClientAs(BoardRoles.BoardMember)).ToList();
        var startedBefore = Printer.Started;
        HttpResponseMessage[] responses;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using (var children = ChromiumChildren.Watch())
        {
            responses = await Task.WhenAll(versions.Select((v, i) => readers[i].GetAsync($"/board-packs/{QuarterSlug.Of(quarter)}/v{v}.pdf")));
            output.WriteLine(
                $"20 requests answered in {clock.Elapsed.TotalSeconds:0.0} s: {responses.Count(r => r.StatusCode == HttpStatusCode.OK)} PDFs, "
                + $"{responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests)} refused with Retry-After "
                + $"{string.Join("/", responses.Select(r => r.Headers.RetryAfter?.Delta?.TotalSeconds).OfType<double>().Distinct())} s; "
                + $"most Chromium children at once {children.MostAtOnce} over {children.Looks} looks, the printer's own count {Printer.MostAtOnce}.");
            Assert.True(children.Looks > 10, "The processes were not watched while printing.");
            Assert.InRange(children.MostAtOnce, 1, 2);
        }

        Assert.InRange(Printer.MostAtOnce, 1, 2);
        Assert.Equal(0, Printer.Running);
        var printed = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var busy = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(20, printed.Count + busy.Count);
        Assert.InRange(printed.Count, 2, 5);
        Assert.Equal(printed.Count, Printer.Started - startedBefore);
        foreach (var pdf in printed)
        {
            Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        }

        foreach (var refused in busy)
        {
            Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("The PDF printer is busy", problem.GetProperty("title").GetString());
            Assert.Contains("HTML pack is available now at /board-packs/", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        readers.ForEach(r => r.Dispose());
        Array.ForEach(responses, r => r.Dispose());
    }

    [ChromiumInstalledFact]
    public async Task A_version_is_printed_once_kept_in_the_app_store_by_its_html_and_later_requests_start_no_chromium()
    {
        var (quarter, version) = await FreezeOneAsync();
        var address = $"/board-packs/{QuarterSlug.Of(quarter)}/v{version}";
        var readers = Enumerable.Range(0, 6).Select(_ => host.Factory.CreateClientAs(BoardRoles.BoardMember)).ToList();
        using var qa = host.Factory.CreateClientAs(BoardRoles.QaMember);
        var startedBefore = Printer.Started;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var atOnce = await Task.WhenAll(readers.Select(r => r.GetByteArrayAsync(address + ".pdf")));
        var printing = clock.Elapsed;
        var startedByThem = Printer.Started - startedBefore;
        clock.Restart();
        var later = await qa.GetByteArrayAsync(address + ".pdf");
        output.WriteLine($"6 requests for one new version: {printing.TotalSeconds:0.00} s with one print of {atOnce[0].Length:N0} bytes; the kept PDF afterwards in {clock.Elapsed.TotalMilliseconds:0} ms.");

        Assert.Equal(1, startedByThem);
        Assert.Equal(startedBefore + 1, Printer.Started);
        Assert.All(atOnce, pdf => Assert.Equal(atOnce[0], pdf));
        Assert.Equal(atOnce[0], later);
        var html = await qa.GetByteArrayAsync(address);
        using var scope = host.Factory.Services.CreateScope();
        var kept = await scope.ServiceProvider.GetRequiredService<IAppStore>()
            .FindBoardPackPdfAsync(quarter.Key, version, Convert.ToHexStringLower(SHA256.HashData(html)));
        Assert.Equal(later, kept);
        readers.ForEach(r => r.Dispose());
    }

    [ChromiumInstalledFact]
    public async Task One_person_asking_for_more_pdfs_than_the_limit_in_a_minute_is_refused_with_retry_after()
    {
        var (quarter, version) = await FreezeOneAsync();
        using var reader = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        using var colleague = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        var address = $"/board-packs/{QuarterSlug.Of(quarter)}/v{version}.pdf";

        for (var i = 0; i < 3; i++)
        {
            using var answered = await reader.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        using var refused = await reader.GetAsync(address);
        using var other = await colleague.GetAsync(address);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many board pack PDFs", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_pack_html_carries_a_policy_that_fetches_nothing_and_runs_no_script()
    {
        var (quarter, version) = await FreezeOneAsync();
        using var reader = host.Factory.CreateClientAs(BoardRoles.BoardMember);

        var html = await reader.GetStringAsync($"/board-packs/{QuarterSlug.Of(quarter)}/v{version}");

        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{BoardPackHtml.ContentSecurityPolicy}\">", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none';", BoardPackHtml.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_qa_members_and_administrators_may_regenerate_a_pack()
    {
        var (quarter, version) = await FreezeOneAsync();
        var address = $"/api/board-packs/{QuarterSlug.Of(quarter)}/{version}/regenerate";
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [BoardRoles.BoardMember] = HttpStatusCode.Forbidden,
            [BoardRoles.AgencyLead] = HttpStatusCode.Forbidden,
            [BoardRoles.Analyst] = HttpStatusCode.Forbidden,
            [BoardRoles.QaMember] = HttpStatusCode.OK,
            [BoardRoles.Admin] = HttpStatusCode.OK,
        };

        foreach (var (role, status) in expected)
        {
            using var client = host.Factory.CreateClientAs(role, role == BoardRoles.AgencyLead ? "police" : null);
            using var response = await client.PostAsync(address, null);
            Assert.True(response.StatusCode == status, $"{role}: {(int)response.StatusCode}, expected {(int)status}");
        }
    }

    private async Task<(Period Quarter, int Version)> FreezeOneAsync()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        var quarter = await LatestQuarterAsync(host.Factory);
        var pack = await FreezeAsync(analyst, quarter.Key, $"{quarter.Start.Year + 1}-01-13");
        return (quarter, pack.GetProperty("version").GetInt32());
    }
}
