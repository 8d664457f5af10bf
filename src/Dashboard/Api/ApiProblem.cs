namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>RFC 7807 answers with a sentence a person can act on.</summary>
internal static class ApiProblem
{
    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
