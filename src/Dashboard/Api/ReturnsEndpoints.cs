using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Ingest.Submissions;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Ingest.Spreadsheets;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// <c>POST /api/returns</c> (multipart: <c>file</c>, optional <c>agency</c> and <c>period</c>) receives a partner's
/// return and queues its processing; <c>GET /api/returns/template?agency=&amp;period=</c> gives the agency's workbook
/// for a quarter; <c>GET /api/agencies</c> lists the partner agencies.
/// </summary>
internal static class ReturnsEndpoints
{
    public static IEndpointRouteBuilder MapReturnsApi(this IEndpointRouteBuilder endpoints)
    {
        // The form is read here, within the upload limits, not bound by the framework; API writes need an access token
        // (see ApiWritesNeedToken), so a cross-site form cannot send a return with someone's session.
        // The general request size cap does not apply: the return limit is set below.
        endpoints.MapPost("/api/returns", ReceiveAsync).DisableAntiforgery().RequireAuthorization(Policies.SendReturns)
            .WithMetadata(new DisableRequestSizeLimitAttribute());
        endpoints.MapGet("/api/returns/template", Template).RequireAuthorization(Policies.SendReturns);
        endpoints.MapGet("/api/agencies", (ReferenceDataSet reference) => Results.Ok(reference.Agencies)).RequireAuthorization(Policies.ReadDashboard);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, ReturnIntake intake, ReturnLimits limits, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return ApiProblem.BadRequest("Send the return as multipart/form-data with the file in a field named 'file'.");
        }

        if (context.Request.ContentLength > UploadLimit(limits))
        {
            return TooLarge(limits);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = UploadLimit(limits);
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = UploadLimit(limits) }, ct);
        }
        catch (Exception tooLarge) when (tooLarge is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge(limits);
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return ApiProblem.BadRequest("The form has no field named 'file' holding the return.");
        }

        if (file.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }

        // An agency lead sends only their own agency's returns.
        var person = BoardPerson.From(context.User)!;
        var agency = form["agency"].FirstOrDefault();
        if (person.HeldToAgency is { } own && agency is { Length: > 0 } && agency != own)
        {
            return NotYourAgency(person, agency);
        }

        try
        {
            var submission = await intake.ReceiveAsync(
                new ReceivedReturn(file.FileName, content, person.HeldToAgency ?? agency, form["period"].FirstOrDefault(), "api", person.UserName)
                {
                    ClientAddress = context.Connection.RemoteIpAddress?.ToString(),
                },
                ct);
            return Results.Accepted($"/api/submissions/{submission.Id}", SubmissionJson.Summary(submission));
        }
        catch (ReturnRefusedException refused)
        {
            return ApiProblem.BadRequest(refused.Message);
        }
    }

    private static IResult Template(string? agency, string? period, ClaimsPrincipal user, ReferenceDataSet reference, HomeArea home)
    {
        if (BoardPerson.From(user) is { HeldToAgency: { } own } lead && (agency ??= own) != own)
        {
            return NotYourAgency(lead, agency);
        }

        var owner = reference.FindAgency(agency);
        if (owner is null)
        {
            return ApiProblem.BadRequest(
                $"'agency' must be one of {string.Join(", ", reference.Agencies.Select(a => a.Id))}, not '{agency}'.");
        }

        if (!Period.TryParse(period, out var quarter) || quarter.Kind != PeriodKind.FinancialQuarter)
        {
            return ApiProblem.BadRequest($"'period' must be a financial quarter such as '2024-25 Q1', not '{period}'.");
        }

        var workbook = new MemoryStream();
        ReturnTemplate.Write(workbook, owner, quarter, home.Area, reference.Indicators);
        workbook.Position = 0;
        return Results.File(
            workbook,
            SpreadsheetMl.WorkbookMediaType,
            $"{owner.Id}_{quarter.Key.Replace(' ', '_')}_return.xlsx");
    }

    private static IResult NotYourAgency(BoardPerson lead, string? agency) => Results.Problem(
        $"You send returns for {lead.AgencyId} only, not {agency}.", statusCode: StatusCodes.Status403Forbidden, title: "Not your agency");

    /// <summary>The file's limit plus room for the multipart envelope and form fields.</summary>
    private static long UploadLimit(ReturnLimits limits) => limits.MaxBytes + (64 * 1024);

    private static IResult TooLarge(ReturnLimits limits) => Results.Problem(
        $"The file is larger than the {limits.MaxBytes / (1024 * 1024.0):0.#} MB a return may be; split it or ask an analyst to raise Returns:MaxBytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "File too large");
}
