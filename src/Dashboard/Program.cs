using Hangfire;
using Safeguarding.Analytics.Dashboard;
using Safeguarding.Analytics.Dashboard.Components;
using Safeguarding.Analytics.Dashboard.Jobs;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Ingest;
using Safeguarding.Analytics.Warehouse;

// `create-admin NAME` makes the first administrator in the configured app store and exits without serving.
CreateAdminCommand? createAdmin;
try
{
    createAdmin = CreateAdminCommand.Parse(args);
}
catch (ArgumentException wrong)
{
    await Console.Error.WriteLineAsync(wrong.Message);
    return 2;
}

var builder = WebApplication.CreateBuilder(createAdmin?.HostArguments ?? args);

// The embedded default runs from the build output too, so static assets must be served outside Development.
builder.WebHost.UseStaticWebAssets();

builder.Configuration.AnchorRelativePaths(builder.Environment.ContentRootPath, "Warehouse:DuckDbPath", "AppStore:SqlitePath", "Ingest:InboxPath", "Extracts:Folder");

builder.Services.AddWarehouse(builder.Configuration);
builder.Services.AddIngest(builder.Configuration);
builder.Services.AddBoardDashboard();
builder.Services.AddBoardSignIn(builder.Configuration);
builder.Services.AddBoardHardening(builder.Configuration);
builder.Services.AddBoardDataProtection(builder.Configuration);
builder.Services.AddReverseProxyHeaders(builder.Configuration);

var app = builder.Build();

if (createAdmin is not null)
{
    return await createAdmin.RunAsync(app.Services, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

// First, so everything after it (rate limits, sign-in, the audit trail) sees the client's address, not the proxy's.
app.UseForwardedHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseCredentialsKeptOffErrorPages();

app.UseSecurityHeaders();
app.UseRequestSizeLimits();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseApiWritesNeedToken();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseJobDashboardAudit();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapBoardDashboard();
app.MapAccountEndpoints();

// Endpoint authorisation guards the job dashboard, so Hangfire's own local-requests-only filter is replaced.
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AsyncAuthorization = [] }).RequireAuthorization(Policies.RunJobs);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the functional tests.</summary>
public partial class Program;
