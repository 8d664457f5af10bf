using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// A cap on every request body (<see cref="MaxBodyBytes"/>, 1 MB), so a JSON call or a form cannot make the service read
/// an unbounded amount. An endpoint that takes larger bodies says so with <see cref="IRequestSizeLimitMetadata"/> (the
/// return upload, which enforces the return limit itself). A body declared larger is refused before it is read; one
/// that turns out larger is cut off by the server.
/// </summary>
internal static class RequestSizeLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static IServiceCollection AddRequestSizeLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = MaxBodyBytes;
            form.ValueLengthLimit = (int)MaxBodyBytes;
        });
        return services;
    }

    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own ? own.MaxRequestBodySize : MaxBodyBytes;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            await Results.Problem(
                $"The request body is larger than the {max / 1024:N0} KB this address accepts.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request too large").ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        await next(context);
    });
}
