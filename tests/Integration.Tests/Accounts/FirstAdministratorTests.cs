using Safeguarding.Analytics.Domain.Readers;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Safeguarding.Analytics.Tests.Support;
using static Safeguarding.Analytics.Integration.Tests.Accounts.AccountTestSupport;

namespace Safeguarding.Analytics.Integration.Tests.Accounts;

/// <summary>
/// First start, safely: outside Development the first start makes no account (so prints no password), even with the
/// demo loaded; the first administrator is made by <c>create-admin NAME</c>, which reads the password from a file or
/// standard input, prints none, exits without serving, and gives an account that signs in and runs the service.
/// </summary>
public class FirstAdministratorTests
{
    [Fact]
    public async Task Outside_development_the_first_start_makes_no_account_even_with_the_demo_loaded()
    {
        using var factory = new DashboardFactory(settings: new Dictionary<string, string?> { ["Board:LoadDemoData"] = "true" });
        using var production = factory.WithWebHostBuilder(web => web.UseEnvironment("Production"));

        Assert.Null(await AccountAsync(production, "admin"));
        Assert.Null(await AccountAsync(production, "board.member"));
    }

    [Fact]
    public async Task Create_admin_makes_an_administrator_who_signs_in_and_prints_no_password()
    {
        var folder = Directory.CreateTempSubdirectory("sga-create-admin-").FullName;
        try
        {
            var passwordFile = Path.Combine(folder, "password.txt");
            const string password = "a long password chosen on the server";
            await File.WriteAllTextAsync(passwordFile, password + "\n");

            var (exit, printed) = await RunAsync(folder, ["create-admin", "First.Admin", "--display-name", "First administrator", "--password-file", passwordFile]);

            Assert.True(exit == 0, printed);
            Assert.Contains("Administrator 'first.admin' created in the SQLite app store", printed, StringComparison.Ordinal);
            Assert.DoesNotContain(password, printed, StringComparison.Ordinal);
            using var host = new DashboardFactory(folder, new Dictionary<string, string?> { ["Board:LoadDemoData"] = "false" });
            var account = await AccountAsync(host, "first.admin");
            Assert.Equal((BoardRoles.Admin, "First administrator", false), (account.Role, account.DisplayName, account.MustChangePassword));
            using var browser = await SignedInAsync(host, "first.admin", password);
            Assert.Null(await SentToAsync(browser, "/admin/accounts"));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/audit")).StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Create_admin_reads_the_password_from_standard_input_and_refuses_a_weak_one_or_a_name_taken()
    {
        var folder = Directory.CreateTempSubdirectory("sga-create-admin-").FullName;
        try
        {
            var (weak, weakSaid) = await RunAsync(folder, ["create-admin", "second.admin"], "short\n");
            Assert.Equal(1, weak);
            Assert.Contains("at least 12 characters", weakSaid, StringComparison.Ordinal);

            var (made, _) = await RunAsync(folder, ["create-admin", "second.admin"], "another long password here\n");
            Assert.Equal(0, made);
            var (again, againSaid) = await RunAsync(folder, ["create-admin", "second.admin"], "another long password here\n");
            Assert.Equal(1, again);
            Assert.Contains("There is already an account 'second.admin'", againSaid, StringComparison.Ordinal);
            Assert.DoesNotContain("another long password here", againSaid, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the service's own program, as an operator would, on the folder's stores; its exit code and all it printed.</summary>
    private static async Task<(int Exit, string Printed)> RunAsync(string folder, string[] arguments, string? input = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Safeguarding.Analytics.Dashboard.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["AppStore__SqlitePath"] = Path.Combine(folder, "appstore.db");
        start.Environment["Warehouse__DuckDbPath"] = Path.Combine(folder, "warehouse.duckdb");
        start.Environment["Extracts__Folder"] = Path.Combine(folder, "extracts");
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
