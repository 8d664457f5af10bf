using Safeguarding.Analytics.Domain.Readers;
using System.Security.Cryptography;
using Safeguarding.Analytics.Ingest;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// At the first start (no account yet), creates an administrator and — with the demo data — one account per role,
/// and prints their user names and passwords once. Outside Development each password must be changed at first
/// sign-in. Runs after the start-up load has migrated the app store.
/// </summary>
internal sealed partial class FirstStartAccounts(
    IAppStore store, AccountPasswords passwords, AccountOptions options, BoardOptions board, IHostEnvironment environment,
    AuditTrail audit, ILogger<FirstStartAccounts> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await store.GetAccountsAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var created = new List<(Account Account, string Password)>();
        foreach (var account in Wanted())
        {
            var password = options.FirstStartPassword is { Length: > 0 } chosen ? chosen : NewPassword();
            var stored = await store.AddAccountAsync(
                account with { PasswordHash = passwords.Hash(account, password), MustChangePassword = !environment.IsDevelopment() },
                cancellationToken);
            await audit.RecordAsync(AuditActors.System, AuditActions.AccountCreated, AuditSubjects.Account, stored.UserName, $"at first start: {BoardRoles.Describe(stored.Role)}", cancellationToken: cancellationToken);
            created.Add((stored, password));
        }

        // To the console as well as the log, so whoever ran the service sees it whatever the log level.
        var lines = created.Select(c => $"  {c.Account.UserName,-14} {c.Password,-24} {BoardRoles.Describe(c.Account.Role)}{(c.Account.AgencyId is { } a ? $" ({a})" : string.Empty)}");
        var message = "Accounts created at first start (shown once; "
            + (environment.IsDevelopment() ? "change them on the Account page):" : "each must be changed at first sign-in):")
            + Environment.NewLine + string.Join(Environment.NewLine, lines);
        Console.WriteLine(message);
        LogAccountsCreated(created.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Account> Wanted()
    {
        yield return Account("admin", "Administrator", BoardRoles.Admin);
        if (!board.LoadDemoData)
        {
            yield break;
        }

        yield return Account("board.member", "Demo board member", BoardRoles.BoardMember);
        yield return Account("qa.member", "Demo QA sub-group member", BoardRoles.QaMember);
        yield return Account("analyst", "Demo analyst", BoardRoles.Analyst);
        yield return Account("agency.lead", "Demo agency lead", BoardRoles.AgencyLead) with { AgencyId = options.DemoAgencyId };
    }

    private static Account Account(string userName, string displayName, string role) =>
        new() { UserName = userName, DisplayName = displayName, Role = role };

    /// <summary>Sixteen characters from a set without look-alikes, from the system's random source.</summary>
    private static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} accounts were created at first start; their passwords were printed to the console once.")]
    private partial void LogAccountsCreated(int count);
}
