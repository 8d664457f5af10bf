using System.Reflection;
using Microsoft.AspNetCore.Components;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Tests.Security;

/// <summary>
/// The exceptions, submissions, board packs and audit pages, and their endpoints, only present: none is handed the app
/// store or the warehouse, so what a reader may see is decided in the feature query each one calls.
/// </summary>
public class ReadsThroughFeatureQueriesTests
{
    private static readonly Assembly Dashboard = typeof(Dashboard.Exceptions.ExceptionRegister).Assembly;

    private static readonly string[] PageFolders =
    [
        "Components.Pages.Exceptions", "Components.Pages.Submissions", "Components.Pages.BoardPacks", "Components.Pages.Admin",
    ];

    private static readonly string[] Endpoints =
    [
        "Api.ExceptionsEndpoints", "Api.ExceptionRegisterEndpoint", "Api.SubmissionsEndpoints", "Api.CommentaryEndpoints", "Api.AuditEndpoints",
        "BoardPacks.BoardPackEndpoints",
    ];

    [Fact]
    public void No_page_of_these_features_injects_a_store()
    {
        var pages = Dashboard.GetTypes()
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t) && PageFolders.Any(f => t.Namespace?.EndsWith(f, StringComparison.Ordinal) == true))
            .ToList();
        var injecting = pages
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null && IsStore(p.PropertyType))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.True(pages.Count >= 8, $"Only {pages.Count} pages were found.");
        Assert.True(injecting.Count == 0, "Pages injecting a store: " + string.Join(", ", injecting));
    }

    [Fact]
    public void No_endpoint_of_these_features_is_handed_a_store()
    {
        var handlers = Endpoints
            .Select(name => Dashboard.GetType($"Safeguarding.Analytics.Dashboard.{name}", throwOnError: true)!)
            .SelectMany(t => new[] { t }.Concat(t.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public)))
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .ToList();
        var handed = handlers
            .Where(m => m.GetParameters().Any(p => IsStore(p.ParameterType)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.True(handlers.Count >= 15, $"Only {handlers.Count} handlers were found.");
        Assert.True(handed.Count == 0, "Endpoints handed a store: " + string.Join(", ", handed));
    }

    private static bool IsStore(Type type) => typeof(IAppStore).IsAssignableFrom(type) || typeof(IAnalyticStore).IsAssignableFrom(type);
}
