using Safeguarding.Analytics.Warehouse.BoardPacks;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Board packs' PDFs, on every engine: kept once per exact HTML document, the first kept wins, never changed.
public abstract partial class AppStoreContract
{
    private static readonly string WholeHtml = BoardPackHash.Of("<html>the whole pack</html>");
    private static readonly string AgencyHtml = BoardPackHash.Of("<html>an agency lead's copy</html>");

    private static BoardPackPdf PrintedPdf(string htmlSha256, params byte[] pdf) => new()
    {
        Quarter = "2024-25 Q1",
        Version = 1,
        HtmlSha256 = htmlSha256,
        Pdf = pdf,
        PrintedAt = new DateTime(2024, 9, 12, 9, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public async Task A_kept_pdf_reads_back_byte_for_byte_for_its_version_and_html_only()
    {
        var store = await CreateStoreAsync();
        byte[] pdf = [.. "%PDF-1.7 whole"u8, 0, 255, 10, 13];

        var kept = await store.KeepBoardPackPdfAsync(PrintedPdf(WholeHtml, pdf));

        Assert.Equal(pdf, kept);
        Assert.Equal(pdf, await store.FindBoardPackPdfAsync("2024-25 Q1", 1, WholeHtml));
        Assert.Null(await store.FindBoardPackPdfAsync("2024-25 Q1", 1, AgencyHtml));
        Assert.Null(await store.FindBoardPackPdfAsync("2024-25 Q1", 2, WholeHtml));
        Assert.Null(await store.FindBoardPackPdfAsync("2024-25 Q2", 1, WholeHtml));
    }

    [Fact]
    public async Task The_first_pdf_kept_for_a_document_stays_and_a_later_print_of_it_is_given_the_first()
    {
        var store = await CreateStoreAsync();
        await store.KeepBoardPackPdfAsync(PrintedPdf(WholeHtml, [.. "%PDF first"u8]));

        var second = await store.KeepBoardPackPdfAsync(PrintedPdf(WholeHtml, [.. "%PDF second"u8]));
        var agency = await store.KeepBoardPackPdfAsync(PrintedPdf(AgencyHtml, [.. "%PDF agency"u8]));

        Assert.Equal("%PDF first"u8.ToArray(), second);
        Assert.Equal("%PDF first"u8.ToArray(), await store.FindBoardPackPdfAsync("2024-25 Q1", 1, WholeHtml));
        Assert.Equal("%PDF agency"u8.ToArray(), agency);
    }

    [Fact]
    public async Task Two_instances_keeping_the_same_document_at_once_both_get_one_pdf()
    {
        var store = await CreateStoreAsync();

        var kept = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => store.KeepBoardPackPdfAsync(PrintedPdf(WholeHtml, [.. "%PDF "u8, (byte)('0' + i)]))));

        Assert.Single(kept.Select(Convert.ToBase64String).Distinct());
        Assert.Equal(kept[0], await store.FindBoardPackPdfAsync("2024-25 Q1", 1, WholeHtml));
    }

    [Fact]
    public async Task A_kept_pdf_cannot_be_changed_in_the_engine()
    {
        var store = await CreateStoreAsync();
        await store.KeepBoardPackPdfAsync(PrintedPdf(WholeHtml, [.. "%PDF kept"u8]));

        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteDirectlyAsync("UPDATE board_pack_pdfs SET pdf_sha256 = 'changed'"));

        Assert.Equal("%PDF kept"u8.ToArray(), await store.FindBoardPackPdfAsync("2024-25 Q1", 1, WholeHtml));
    }

    [Fact]
    public async Task An_empty_pdf_or_a_malformed_html_hash_is_refused_and_nothing_is_kept()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.KeepBoardPackPdfAsync(PrintedPdf(WholeHtml)));
        await Assert.ThrowsAsync<ArgumentException>(() => store.KeepBoardPackPdfAsync(PrintedPdf(WholeHtml.ToUpperInvariant(), 1)));
        await Assert.ThrowsAsync<ArgumentException>(() => store.KeepBoardPackPdfAsync(PrintedPdf("abc", 1)));

        Assert.Null(await store.FindBoardPackPdfAsync("2024-25 Q1", 1, WholeHtml));
    }
}
