using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Tests.Support;

/// <summary>
/// The real host, with its stores in a folder of its own. Embedded engines by default; extra settings switch to the
/// server engines. The folder is removed when the last factory using it is gone.
/// <para>
/// Every page and endpoint needs someone signed in: <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/>
/// gives a client acting as an administrator (through a personal access token, as an API client would),
/// <see cref="CreateClientAs"/> one acting in a given role, and <see cref="CreateAnonymousClient"/> one with nobody
/// signed in. Each account is created through the app store with <see cref="Password"/>.
/// </para>
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

    /// <summary>The password of every account the tests create.</summary>
    public const string Password = "correct horse battery staple";

    private static int _accounts;

    public string Folder { get; }

    /// <summary>A client acting as a new account in the role (an agency lead for <paramref name="agencyId"/>).</summary>
    public HttpClient CreateClientAs(string role, string? agencyId = null)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", IssueToken(CreateAccount(role, agencyId)));
        return client;
    }

    /// <summary>A client with nobody signed in.</summary>
    public HttpClient CreateAnonymousClient() => new(Server.CreateHandler()) { BaseAddress = Server.BaseAddress };

    /// <summary>
    /// A client of another factory made from this one (<c>WithWebHostBuilder</c>) acting in the role: its account is
    /// created in that host, which the default client's would not be.
    /// </summary>
    public static HttpClient CreateClientAs(WebApplicationFactory<Program> factory, string role, string? agencyId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = new HttpClient(factory.Server.CreateHandler()) { BaseAddress = factory.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", IssueToken(factory.Services, CreateAccount(factory.Services, role, agencyId)));
        return client;
    }

    /// <summary>Creates an account in the role with <see cref="Password"/>, not needing a change; its user name.</summary>
    public string CreateAccount(string role, string? agencyId = null) => CreateAccount(Services, role, agencyId);

    /// <summary>A personal access token for the account, issued the way its owner would.</summary>
    public string IssueToken(string userName) => IssueToken(Services, userName);

    private static string CreateAccount(IServiceProvider services, string role, string? agencyId)
    {
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAppStore>();
        var passwords = scope.ServiceProvider.GetRequiredService<AccountPasswords>();
        var account = new Account
        {
            UserName = $"{role.ToLowerInvariant()}.{Interlocked.Increment(ref _accounts)}",
            DisplayName = $"Test {BoardRoles.Describe(role)}",
            Role = role,
            AgencyId = agencyId,
        };
        account = store.AddAccountAsync(account with { PasswordHash = passwords.Hash(account, Password) }).GetAwaiter().GetResult();
        return account.UserName;
    }

    private static string IssueToken(IServiceProvider services, string userName)
    {
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAppStore>();
        var account = store.FindAccountAsync(userName).GetAwaiter().GetResult()!;
        return scope.ServiceProvider.GetRequiredService<AccessTokens>().IssueAsync(account, "tests", 1, null, CancellationToken.None).GetAwaiter().GetResult().Secret;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", IssueToken(CreateAccount(BoardRoles.Admin)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Host settings rather than ConfigureAppConfiguration: Program reads the engines while it registers services,
        // before app-configuration callbacks would be applied.
        var settings = new Dictionary<string, string?>
        {
            ["Warehouse:DuckDbPath"] = Path.Combine(Folder, "warehouse.duckdb"),
            ["AppStore:SqlitePath"] = Path.Combine(Folder, "appstore.db"),
            ["Extracts:Folder"] = Path.Combine(Folder, "extracts"),
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
