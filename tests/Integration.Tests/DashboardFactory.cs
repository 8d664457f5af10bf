using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Safeguarding.Analytics.Tests.Support;

/// <summary>
/// The real host, with its stores in a folder of its own. Embedded engines by default; extra settings switch to the
/// server engines. The folder is removed when the last factory using it is gone.
/// </summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public DashboardFactory(string? folder = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? Directory.CreateTempSubdirectory("sga-host-").FullName;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string Folder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Host settings rather than ConfigureAppConfiguration: Program reads the engines while it registers services,
        // before app-configuration callbacks would be applied.
        var settings = new Dictionary<string, string?>
        {
            ["Warehouse:DuckDbPath"] = Path.Combine(Folder, "warehouse.duckdb"),
            ["AppStore:SqlitePath"] = Path.Combine(Folder, "appstore.db"),
        };
        foreach (var (key, value) in settings.Concat(_settings))
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
