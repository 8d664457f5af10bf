using Dapper;
using Safeguarding.Analytics.Warehouse.BoardPacks;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Board packs' PDFs: kept once per exact HTML document, the first one kept wins, never changed.
public abstract partial class SqlAppStore
{
    public async Task<byte[]> KeepBoardPackPdfAsync(BoardPackPdf pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        CheckPackText(pdf.Quarter, nameof(pdf.Quarter));
        CheckSha256(pdf.HtmlSha256);
        if (pdf.Pdf is not { Length: > 0 })
        {
            throw new ArgumentException("The PDF is empty, so there is nothing to keep.", nameof(pdf));
        }

        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO board_pack_pdfs (quarter, version, html_sha256, pdf, pdf_sha256, printed_at)
            VALUES (@Quarter, @Version, @HtmlSha256, @Pdf, @pdfSha256, @printedAt)
            ON CONFLICT (quarter, version, html_sha256) DO NOTHING
            """,
            new
            {
                pdf.Quarter,
                pdf.Version,
                pdf.HtmlSha256,
                pdf.Pdf,
                pdfSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf.Pdf)),
                printedAt = StoredValue.Millisecond(pdf.PrintedAt.ToUniversalTime()),
            },
            cancellationToken: cancellationToken));
        return await FindBoardPackPdfAsync(pdf.Quarter, pdf.Version, pdf.HtmlSha256, cancellationToken)
            ?? throw new InvalidOperationException($"The PDF of {pdf.Quarter} v{pdf.Version} was kept but cannot be read back.");
    }

    public async Task<byte[]?> FindBoardPackPdfAsync(string quarter, int version, string htmlSha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        CheckSha256(htmlSha256);
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
            "SELECT pdf FROM board_pack_pdfs WHERE quarter = @quarter AND version = @version AND html_sha256 = @htmlSha256",
            new { quarter, version, htmlSha256 },
            cancellationToken: cancellationToken));
    }

    private static void CheckSha256(string? sha256)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            throw new ArgumentException($"'{sha256}' is not a SHA-256 written as 64 lower-case hex digits.", nameof(sha256));
        }
    }
}
