using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Rate limits: the <see cref="SignIn"/> policy (attempts per client address per minute, so guessing passwords is slow;
/// an account's lockout after failed attempts is separate) and a token bucket on every <c>/api</c> call, per signed-in
/// user or, without one, per client address, and the <see cref="BoardPackPdf"/> policy (PDFs of board packs per person
/// per minute, <c>BoardPacks:PdfsPerMinute</c>; the printer's own queue is separate). A refusal is 429 with <c>Retry-After</c> and a problem in plain words.
/// </summary>
internal static class RateLimits
{
    /// <summary>The policy the sign-in endpoint requires.</summary>
    public const string SignIn = "SignIn";

    /// <summary>The policy the board pack PDF endpoint requires.</summary>
    public const string BoardPackPdf = "BoardPackPdf";

    public static IServiceCollection AddBoardRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var packs = configuration.GetSection(BoardPacks.BoardPackOptions.Section).Get<BoardPacks.BoardPackOptions>() ?? new BoardPacks.BoardPackOptions();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(BoardPackPdf, context => RateLimitPartition.GetTokenBucketLimiter(ApiCaller(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, packs.PdfsPerMinute),
                TokensPerPeriod = Math.Max(1, packs.PdfsPerMinute),
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetTokenBucketLimiter(ApiCaller(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.ApiBurst,
                        TokensPerPeriod = limits.ApiPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = RefuseAsync;
        });
        return services;
    }

    /// <summary>The signed-in user's name, else the client's address: whose bucket an API call takes from.</summary>
    private static string ApiCaller(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? "user:" + name : "address:" + ClientAddress(context);

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var policy = rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        var signIn = policy == SignIn;
        if (signIn && rejected.HttpContext.Request.HasFormContentType)
        {
            // A person at the sign-in form gets a page in words, still with the status and the wait.
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(
                $"""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Too many sign-in attempts</title></head>
                <body><main><h1>Too many sign-in attempts</h1>
                <p>Too many sign-in attempts came from your address. Wait {seconds} seconds, then <a href="/account/sign-in">try again</a>.</p>
                </main></body></html>
                """,
                ct);
            return;
        }

        await Results.Problem(
            signIn
                ? $"Too many sign-in attempts from your address. Wait {seconds} seconds and try again."
                : policy == BoardPackPdf
                ? $"Too many board pack PDFs asked for in a short time. Wait {seconds} seconds and try again; the HTML pack, at the same address without '.pdf', is not limited this way."
                : $"Too many requests in a short time. Wait {seconds} seconds and try again, or make fewer calls.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests").ExecuteAsync(rejected.HttpContext);
    }
}
