using System.Globalization;
using System.Text.Json;
using Safeguarding.Analytics.Dashboard.Api;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.BoardPacks;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// The frozen packs: <c>/board-packs/2024-25-Q1/v1</c> (the HTML document) and <c>…/v1.pdf</c> for every reader (the
/// PDF printed once and kept, within the printer's limits and the rate limiter's);
/// <c>/api/board-packs</c> lists them, <c>POST /api/board-packs</c> (<c>{ quarter, presentedOn }</c>) freezes a new
/// version, <c>/api/board-packs/2024-25-Q1/1</c> gives its content and <c>POST …/regenerate</c> (QA members and
/// administrators) rebuilds it as at its moment to show whether it is unchanged. Every copy taken of a frozen pack is in the audit trail.
/// </summary>
internal static class BoardPackEndpoints
{
    private const string QuarterForm = "Write the quarter in the address as 2024-25-Q1.";

    public static IEndpointRouteBuilder MapBoardPacks(this IEndpointRouteBuilder endpoints)
    {
        var read = endpoints.MapGroup(string.Empty).RequireAuthorization(Policies.ReadDashboard);
        read.MapGet("/board-packs/{quarter}/v{version:int}", GetHtmlAsync);
        read.MapGet("/board-packs/{quarter}/v{version:int}.pdf", GetPdfAsync).RequireRateLimiting(RateLimits.BoardPackPdf);
        read.MapGet("/api/board-packs", ListAsync);
        read.MapGet("/api/board-packs/{quarter}/{version:int}", GetContentAsync);
        endpoints.MapPost("/api/board-packs", FreezeAsync).RequireAuthorization(Policies.PrepareBoardPacks);
        endpoints.MapPost("/api/board-packs/{quarter}/{version:int}/regenerate", RegenerateAsync).RequireAuthorization(Policies.CheckBoardPacks);
        return endpoints;
    }

    /// <summary>The address of a frozen version's HTML pack.</summary>
    public static string Address(BoardPackVersion pack) =>
        $"/board-packs/{QuarterSlug.Of(Period.Parse(pack.Quarter))}/v{pack.Version.ToString(CultureInfo.InvariantCulture)}";

    private static async Task<IResult> GetHtmlAsync(string quarter, int version, HttpContext context, BoardPackReads packs, BoardPackFreezer freezer, CancellationToken ct)
    {
        if (await FindAsync(quarter, version, context, packs, ct) is not ({ } pack, null))
        {
            return Results.NotFound();
        }

        var html = BoardPackHtml.Render(pack.Content, pack.Version, ServiceAddress(context.Request));
        await freezer.RecordDownloadAsync(BoardPerson.From(context.User)!, pack.Version, "HTML", context.Connection.RemoteIpAddress?.ToString(), ct);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> GetPdfAsync(
        string quarter, int version, HttpContext context, BoardPackReads packs, BoardPackFreezer freezer, ChromiumPdfPrinter printer, BoardPackPdfs pdfs, CancellationToken ct)
    {
        if (await FindAsync(quarter, version, context, packs, ct) is not ({ } pack, null))
        {
            return Results.NotFound();
        }

        var html = BoardPackHtml.Render(pack.Content, pack.Version, ServiceAddress(context.Request));
        var outcome = printer.BrowserPath is null ? null : await pdfs.GetAsync(pack.Version, html, ct);
        switch (outcome)
        {
            case null:
                return Results.Problem(ChromiumPdfPrinter.NotInstalled, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF printing is not installed");
            case PdfOutcome.Busy busy:
                context.Response.Headers.RetryAfter = busy.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return Results.Problem(
                    $"{busy.PrintsAtOnce} board packs are being printed and {busy.PrintsWaiting} more are waiting, the most this service prints at once. "
                    + $"Wait {busy.RetryAfterSeconds} seconds and ask again; once printed, a pack's PDF is kept and comes at once. "
                    + $"The HTML pack is available now at {Address(pack.Version)} and prints to PDF from any browser.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "The PDF printer is busy");
            case PdfOutcome.Failed failed:
                return Results.Problem(
                    $"{failed.Reason} The HTML pack is available at {Address(pack.Version)}.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "The PDF could not be printed");
        }

        await freezer.RecordDownloadAsync(BoardPerson.From(context.User)!, pack.Version, "PDF", context.Connection.RemoteIpAddress?.ToString(), ct);
        return Results.File(((PdfOutcome.Ready)outcome).Pdf, "application/pdf", $"board-pack-{quarter}-v{version.ToString(CultureInfo.InvariantCulture)}.pdf");
    }

    private static async Task<IResult> ListAsync(HttpContext context, BoardPackReads packs, CancellationToken ct) =>
        Results.Ok((await packs.ListAsync(BoardPerson.From(context.User)!.Reader, ct)).Select(p => new
        {
            p.Quarter,
            p.Version,
            p.PresentedOn,
            p.DataAsOf,
            p.FrozenBy,
            p.FrozenAt,
            p.ContentSha256,
            html = Address(p),
            pdf = Address(p) + ".pdf",
            content = $"/api/board-packs/{QuarterSlug.Of(Period.Parse(p.Quarter))}/{p.Version.ToString(CultureInfo.InvariantCulture)}",
        }));

    private static async Task<IResult> GetContentAsync(string quarter, int version, HttpContext context, BoardPackReads packs, BoardPackFreezer freezer, CancellationToken ct)
    {
        var (pack, problem) = await FindAsync(quarter, version, context, packs, ct);
        if (pack is null)
        {
            return problem!;
        }

        await freezer.RecordDownloadAsync(BoardPerson.From(context.User)!, pack.Version, "content JSON", context.Connection.RemoteIpAddress?.ToString(), ct);
        using var content = JsonDocument.Parse(pack.ContentJson);
        return Results.Ok(new
        {
            pack = pack.Version,
            html = Address(pack.Version),
            whole = pack.Whole,
            note = pack.Whole ? null : BoardPackReads.AgencyCopyWords,
            content = content.RootElement.Clone(),
        });
    }

    private static async Task<IResult> RegenerateAsync(string quarter, int version, HttpContext context, BoardPackReads packs, BoardPackFreezer freezer, CancellationToken ct)
    {
        var (pack, problem) = await FindAsync(quarter, version, context, packs, ct);
        return pack is null ? problem! : Results.Ok(await freezer.RegenerateAsync(pack.Version.Quarter, version, ct));
    }

    private static async Task<IResult> FreezeAsync(FreezeRequest request, HttpContext context, BoardPackFreezer freezer, CancellationToken ct)
    {
        var (frozen, refusal) = await freezer.FreezeAsync(
            BoardPerson.From(context.User)!, request.Quarter, request.PresentedOn, context.Connection.RemoteIpAddress?.ToString(), ct);
        return frozen is null ? ApiProblem.BadRequest(refusal!) : Results.Created(Address(frozen), new { pack = frozen, html = Address(frozen) });
    }

    /// <summary>The body of <c>POST /api/board-packs</c>: the quarter (2024-25 Q1) and the board meeting's date (yyyy-MM-dd).</summary>
    internal sealed record FreezeRequest(string? Quarter, string? PresentedOn);

    private static async Task<(BoardPackForReader? Pack, IResult? Problem)> FindAsync(string quarter, int version, HttpContext context, BoardPackReads packs, CancellationToken ct)
    {
        if (!QuarterSlug.TryParse(quarter, out var period))
        {
            return (null, ApiProblem.NotFound($"'{quarter}' is not a quarter. {QuarterForm}"));
        }

        return await packs.FindAsync(BoardPerson.From(context.User)!.Reader, period.Key, version, ct) is { } pack
            ? (pack, null)
            : (null, ApiProblem.NotFound($"There is no version {version} of the board pack for {period.Key}."));
    }

    private static Uri ServiceAddress(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
