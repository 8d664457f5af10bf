using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// Malformed and hostile files through the real upload path: each gets a clear answer, the service stays up and
/// nothing reaches the warehouse.
/// </summary>
public class HostileUploadTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    public static TheoryData<string, string, string> Rejected => new()
    {
        { "truncated.csv", ReturnFiles.Header + "\nrepeat_da_pct,E06000019,2024-25 Q1,25.0,30,120,final,\"the note never ends", "truncated" },
        { "semicolons.csv", ReturnFiles.Header.Replace(',', ';') + "\nrepeat_da_pct;E06000019;2024-25 Q1;25.0;30;120;final;\n", "wrong_delimiter" },
        { "formula.csv", ReturnFiles.Police("2024-25 Q1").Replace("final,\n", "final,=cmd|' /C calc'!A0\n", StringComparison.Ordinal), "formula_cell" },
        { "renamed.xlsx", "This is a letter, not a workbook.", "not_xlsx" },
        { "huge_cell.csv", ReturnFiles.Header + "\nrepeat_da_pct,E06000019,2024-25 Q1,25.0,30,120,final," + new string('x', 5_000_000) + "\n", "cell_too_long" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task A_hostile_file_is_rejected_with_a_clear_error_and_nothing_is_stored(string fileName, string content, string code)
    {
        await AssertRejectedAsync(Encoding.UTF8.GetBytes(content), fileName, code);
    }

    [Fact]
    public async Task A_windows_1252_file_is_rejected_as_not_utf8()
    {
        // 0x96 is Windows-1252's en dash, which a spreadsheet saved as "CSV" rather than "CSV UTF-8" writes.
        var bytes = Encoding.UTF8.GetBytes(ReturnFiles.Police("2024-25 Q1").Replace("final,\n", "final,Q1 X note\n", StringComparison.Ordinal)).ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes[at] = 0x96;

        await AssertRejectedAsync([.. bytes], "cp1252.csv", "not_utf8");
    }

    [Fact]
    public async Task An_xlsx_zip_bomb_is_rejected_without_being_unpacked()
    {
        await AssertRejectedAsync(ZipBomb(), "bomb.xlsx", "zip_bomb");
    }

    [Fact]
    public async Task A_file_with_a_byte_order_mark_loads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ReturnFiles.Police("2023-24 Q2"))).ToArray();

        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(bytes, "bom.csv"));

        Assert.Equal("loaded", SubmissionPolling.Status(detail));
    }

    [Fact]
    public async Task An_empty_file_is_refused_at_the_door()
    {
        var response = await host.Client.PostAsync("/api/returns", ReturnFiles.Form([], "empty.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(1)]
    public async Task A_file_over_the_upload_limit_is_refused_with_413(int variant)
    {
        // A 50 MB cell, and a million rows: both larger than the 20 MiB a return may be.
        var file = variant == 50
            ? Encoding.UTF8.GetBytes(ReturnFiles.Header + "\nrepeat_da_pct,E06000019,2024-25 Q1,1,1,1,final," + new string('x', 50_000_000))
            : MillionRows();

        var response = await host.Client.PostAsync("/api/returns", ReturnFiles.Form(file, "too_big.csv"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);
    }

    private async Task AssertRejectedAsync(byte[] file, string fileName, string code)
    {
        var loads = (await host.Client.GetFromJsonAsync<JsonElement>("/api/loads")).GetArrayLength();

        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(file, fileName, agency: "police", period: "2024-25 Q1"));

        Assert.Equal("rejected", SubmissionPolling.Status(detail));
        var problem = detail.GetProperty("problems").EnumerateArray().First(p => p.GetProperty("code").GetString() == code);
        Assert.Contains(fileName, problem.GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.Equal(loads, (await host.Client.GetFromJsonAsync<JsonElement>("/api/loads")).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);
    }

    private static byte[] MillionRows()
    {
        var text = new StringBuilder(ReturnFiles.Header).Append('\n');
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("repeat_da_pct,E06000019,2024-25 Q1,25.0,30,120,final,\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A few hundred kilobytes that would unpack to 200 MB of worksheet.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 200; i++)
            {
                sheet.Write(block);
            }
        }

        return buffer.ToArray();
    }
}
