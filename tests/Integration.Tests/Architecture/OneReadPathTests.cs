using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Architecture;

/// <summary>
/// One read path: what a reader may see is decided inside each feature's query, so no page and no endpoint reads a
/// store itself. Read from the host's own route table and the dashboard's own components, so a page or endpoint added
/// later cannot slip past: one that takes a store fails here until its read moves into a feature query.
/// </summary>
public class OneReadPathTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private static readonly Type[] Stores = [typeof(IAnalyticStore), typeof(IAppStore), typeof(IRecordStore)];

    /// <summary>
    /// Reads of the app store that hold no figure and no agency's business, each with why it may stay at the edge.
    /// </summary>
    private static readonly Dictionary<string, string> CatalogueReads = new(StringComparer.Ordinal)
    {
        ["GET /api/indicators"] = "the indicator catalogue",
        ["GET /api/indicators/{id}"] = "one indicator's definition",
        ["GET /api/indicators/{id}/edits"] = "who changed the catalogue's wording, and when",
        ["GET /api/priorities"] = "the board's priorities",
    };

    /// <summary>Components that read the signed-in person's own account, which is no figure and nobody else's.</summary>
    private static readonly HashSet<string> OwnAccountPages = new(StringComparer.Ordinal) { "AccountPage", "ChangePasswordPage" };

    [Fact]
    public void No_endpoint_reads_a_store_itself()
    {
        var handlers = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: $"{string.Join(",", e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])} /{(e.RoutePattern.RawText ?? string.Empty).TrimStart('/')}",
                Handler: e.Metadata.GetMetadata<MethodInfo>()))
            .Where(e => e.Handler is not null)
            .ToList();

        var reading = handlers
            .Where(e => e.Route.StartsWith("GET ", StringComparison.Ordinal) && !CatalogueReads.ContainsKey(e.Route))
            .Where(e => e.Handler!.GetParameters().Any(p => Stores.Contains(p.ParameterType)))
            .Select(e => e.Route)
            .ToList();

        Assert.True(handlers.Count >= 20, "The route table's handlers were not read.");
        Assert.True(reading.Count == 0, "Endpoints reading a store themselves, not through a feature query:\n" + string.Join("\n", reading));
    }

    [Fact]
    public void No_page_or_component_reads_a_store_itself()
    {
        var components = typeof(Program).Assembly.GetTypes().Where(t => typeof(ComponentBase).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var reading = components
            .Where(t => !OwnAccountPages.Contains(t.Name))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null && Stores.Contains(p.PropertyType))
                .Select(p => $"{t.Name}.{p.Name} ({p.PropertyType.Name})"))
            .ToList();

        Assert.True(components.Count >= 20, "The dashboard's components were not read.");
        Assert.True(reading.Count == 0, "Components reading a store themselves, not through a feature query:\n" + string.Join("\n", reading));
    }
}
