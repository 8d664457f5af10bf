using Safeguarding.Analytics.Domain.Readers;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Safeguarding.Analytics.Dashboard.BoardPacks;
using Safeguarding.Analytics.Integration.Tests.BoardPacks;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Extracts;

/// <summary>
/// The March deep dive made on first start runs as a workbook through the real path — a return with a small count,
/// the Hangfire job, the warehouse streamed to XLSX — with its data, charts-ready and About sheets and the small count
/// withheld; the board pack frozen for a March meeting then names that run as the deep dive's file.
/// </summary>
public class DeepDiveWorkbookTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string DeepDive = "domestic-abuse-mental-health-substance-misuse";
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public async Task The_march_deep_dive_runs_as_a_workbook_with_the_small_count_withheld_and_the_pack_names_its_file()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        var period = await BoardPackFlow.LatestQuarterAsync(host.Factory);
        var quarter = period.Key;
        var small = ReturnFiles.Police(quarter).Replace($"repeat_da_pct,E06000019,{quarter},25.0,30,120", $"repeat_da_pct,E06000019,{quarter},2.5,3,120", StringComparison.Ordinal);
        Assert.Equal("loaded", SubmissionPolling.Status(await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(small, agency: "police", period: quarter))));

        var runId = await ExtractPolling.RunNowAsync(analyst, DeepDive);
        var run = await ExtractPolling.WaitAsync(analyst, DeepDive, runId);
        Assert.True(run.GetProperty("status").GetString() == "succeeded", run.ToString());
        var download = await analyst.GetAsync(run.GetProperty("download").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.EndsWith(".xlsx", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);

        using var workbook = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        var sheets = Sheets(workbook);
        Assert.Equal(["Data", "Chart data", "About"], sheets.Keys);
        var data = Rows(workbook, sheets["Data"]);
        Assert.Equal(run.GetProperty("rows").GetInt64(), data.Count - 1);
        var header = data[0];
        var hidden = Assert.Single(data, r => r.ElementAtOrDefault(Array.IndexOf(header, "indicator_id")) == "repeat_da_pct"
            && r[Array.IndexOf(header, "area_code")] == "E06000019" && r[Array.IndexOf(header, "period")] == quarter);
        Assert.Equal(string.Empty, hidden[Array.IndexOf(header, "value")]);
        Assert.Contains("fewer than 6", hidden[Array.IndexOf(header, "disclosure")], StringComparison.Ordinal);
        Assert.Contains(Rows(workbook, sheets["About"]), r => r.Any(c => c.Contains("Domestic Abuse", StringComparison.Ordinal)));
        Assert.True(Rows(workbook, sheets["Chart data"]).Count > 1);

        var pack = await BoardPackFlow.FreezeAsync(analyst, quarter, "2027-03-11");
        var content = await BoardPackFlow.ContentAsync(analyst, QuarterSlug.Of(period), pack.GetProperty("version").GetInt32());
        var file = Assert.Single(Assert.Single(content.GetProperty("deepDives").EnumerateArray()).GetProperty("extracts").EnumerateArray());
        Assert.Equal(runId, file.GetProperty("runId").GetInt64());
        Assert.Equal(run.GetProperty("sha256").GetString(), file.GetProperty("sha256").GetString());
    }

    /// <summary>Each sheet's name and the part that holds it, in the workbook's order.</summary>
    private static Dictionary<string, string> Sheets(ZipArchive workbook)
    {
        XNamespace relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace package = "http://schemas.openxmlformats.org/package/2006/relationships";
        var targets = Xml(workbook, "xl/_rels/workbook.xml.rels").Root!.Elements(package + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => "xl/" + ((string)r.Attribute("Target")!).TrimStart('/').Replace("xl/", string.Empty, StringComparison.Ordinal));
        return Xml(workbook, "xl/workbook.xml").Root!.Descendants(Main + "sheet")
            .ToDictionary(s => (string)s.Attribute("name")!, s => targets[(string)s.Attribute(relationships + "id")!]);
    }

    /// <summary>A sheet's rows as text, each cell in its column (inline strings and numbers alike).</summary>
    private static List<string[]> Rows(ZipArchive workbook, string part) =>
        [.. Xml(workbook, part).Descendants(Main + "row").Select(row =>
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements(Main + "c"))
            {
                var column = Column((string)cell.Attribute("r")!);
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)) is { Length: > 0 } text ? text : cell.Element(Main + "v")?.Value ?? string.Empty);
            }

            return cells.ToArray();
        })];

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, letter) => (n * 26) + letter - 'A' + 1) - 1;

    private static XDocument Xml(ZipArchive workbook, string part)
    {
        using var stream = workbook.GetEntry(part)!.Open();
        return XDocument.Load(stream);
    }
}
