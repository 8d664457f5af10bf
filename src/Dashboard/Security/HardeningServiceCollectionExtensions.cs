namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// The service side of the hardening: rate limits, request size limits, and a year's HSTS (sent outside Development,
/// where Program calls <c>UseHsts</c>).
/// </summary>
internal static class HardeningServiceCollectionExtensions
{
    public static IServiceCollection AddBoardHardening(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBoardRateLimits(configuration).AddRequestSizeLimits().AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
}
