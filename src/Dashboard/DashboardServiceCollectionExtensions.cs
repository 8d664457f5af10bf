using System.Text.Json.Serialization;
using Radzen;
using Safeguarding.Analytics.Dashboard.Api;
using Safeguarding.Analytics.Dashboard.Api.Methods;
using Safeguarding.Analytics.Dashboard.Audit;
using Safeguarding.Analytics.Dashboard.BoardPacks;
using Safeguarding.Analytics.Dashboard.Health;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Ingest;
using Safeguarding.Analytics.Dashboard.Overview;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>Blazor with Radzen, the board's home area, the overview query, health checks and JSON settings.</summary>
    public static IServiceCollection AddBoardDashboard(this IServiceCollection services)
    {
        services.AddSingleton(sp => ResolveHome(sp.GetRequiredService<AreaDirectory>(), sp.GetRequiredService<BoardOptions>().HomeAreaCode));
        services.AddScoped<BoardOverviewQuery>();
        services.AddScoped<Jobs.FailedJobsQuery>();
        services.AddSingleton(sp => new QaMeetingCalendar(sp.GetRequiredService<BoardOptions>().QaMeetingDates));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Exceptions.ExceptionQa>();
        services.AddSingleton<Anomalies.ProfileModelCache>();
        services.AddScoped<Anomalies.UnusualProfilesQuery>();
        services.AddScoped<Indicators.IndicatorPageQuery>();
        services.AddScoped<Indicators.IndicatorSeries>();
        services.AddSingleton<Indicators.SeriesForecasts>();
        services.AddScoped<Indicators.CommentaryWriter>();
        services.AddScoped<Comparison.CompareAreasQuery>();
        services.AddReaderFeatures();
        services.AddPageClientAddress();
        services.AddScoped<Extracts.DeepDiveExtracts>();
        services.AddBoardPacks();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddStoreHealthChecks();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    public static IEndpointRouteBuilder MapBoardDashboard(this IEndpointRouteBuilder endpoints)
    {
        // Health says whether the stores answer, and nothing about children: open, for monitoring.
        endpoints.MapStoreHealth();

        var dashboard = endpoints.MapGroup(string.Empty).RequireAuthorization(Policies.ReadDashboard);
        dashboard.MapCatalogueApi();
        dashboard.MapSeriesApi();
        dashboard.MapMethodsApi();
        dashboard.MapCompareApi();
        dashboard.MapAnomaliesApi();
        dashboard.MapForecastApi();
        dashboard.MapCommentaryApi();
        endpoints.MapGroup(string.Empty).RequireAuthorization(Policies.ReadSubmissions).MapSubmissionsApi();
        endpoints.MapGroup(string.Empty).RequireAuthorization(Policies.ReadExceptions).MapExceptionsApi();
        endpoints.MapReturnsApi();
        endpoints.MapAuditApi();
        endpoints.MapCatalogueEditApi();
        endpoints.MapBoardPacks();
        endpoints.MapExtractsApi();
        return endpoints;
    }

    private static HomeArea ResolveHome(AreaDirectory areas, string code)
    {
        var area = areas.Find(code) ?? throw new InvalidOperationException($"Board:HomeAreaCode '{code}' is not an ONS or DfE code of any area.");
        if (area.Kind != AreaKind.LocalAuthority || !area.IsCurrent)
        {
            throw new InvalidOperationException($"Board:HomeAreaCode '{code}' is {area.Name}, which is not a current local authority.");
        }

        return HomeArea.Of(areas, area.Code) ?? throw new InvalidOperationException($"{area.Name} has no region.");
    }
}
