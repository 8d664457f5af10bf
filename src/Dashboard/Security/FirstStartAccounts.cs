using Safeguarding.Analytics.Domain.Readers;
using System.Security.Cryptography;
using Safeguarding.Analytics.Ingest;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// At the first start (no account yet), the demo's accounts — an administrator and one per role — when the demo is
/// loaded in Development, or when <see cref="AccountOptions.CreateDemoAccounts"/> asks for them. In Development their
/// passwords are printed once on the console; outside Development no password is ever printed, so the demo accounts
/// are made only with <see cref="AccountOptions.FirstStartPassword"/>, each to be changed at first sign-in. Otherwise
/// nobody is made, and the log says how to make the first administrator (<see cref="CreateAdminCommand"/>). Runs
/// after the start-up load has migrated the app store.
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

        var development = environment.IsDevelopment();
        if (!(options.CreateDemoAccounts || (development && board.LoadDemoData)))
        {
            LogNoAccount(CreateAdminCommand.Usage);
            return;
        }

        if (!development && options.FirstStartPassword is not { Length: > 0 })
        {
            LogDemoAccountsNeedPassword(CreateAdminCommand.Usage);
            return;
        }

        var created = new List<(Account Account, string Password)>();
        foreach (var account in Wanted())
        {
            var password = options.FirstStartPassword is { Length: > 0 } chosen ? chosen : NewPassword();
            var stored = await store.AddAccountAsync(
                account with { PasswordHash = passwords.Hash(account, password), MustChangePassword = !development },
                cancellationToken);
            await audit.RecordAsync(AuditActors.System, AuditActions.AccountCreated, AuditSubjects.Account, stored.UserName, $"at first start: {BoardRoles.Describe(stored.Role)} (demo account)", cancellationToken: cancellationToken);
            created.Add((stored, password));
        }

        if (!development)
        {
            LogDemoAccountsCreated(created.Count);
            return;
        }

        // To the console as well as the log, so whoever ran the service sees it whatever the log level; Development only.
        var lines = created.Select(c => $"  {c.Account.UserName,-14} {c.Password,-24} {BoardRoles.Describe(c.Account.Role)}{(c.Account.AgencyId is { } a ? $" ({a})" : string.Empty)}");
        Console.WriteLine("Demo accounts created at first start (Development; shown once; change them on the Account page):"
            + Environment.NewLine + string.Join(Environment.NewLine, lines));
        LogAccountsPrinted(created.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Account> Wanted()
    {
        yield return Account("admin", "Administrator", BoardRoles.Admin);
        yield return Account("board.member", "Demo board member", BoardRoles.BoardMember);
        yield return Account("qa.member", "Demo QA sub-group member", BoardRoles.QaMember);
        yield return Account("analyst", "Demo analyst", BoardRoles.Analyst);
        yield return Account("agency.lead", "Demo agency lead", BoardRoles.AgencyLead) with { AgencyId = options.DemoAgencyId };
    }

    private static Account Account(string userName, string displayName, string role) =>
        new() { UserName = userName, DisplayName = displayName, Role = role };

    /// <summary>Sixteen characters from a set without look-alikes, from the system's random source.</summary>
    internal static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} demo accounts were created at first start (Development); their passwords were printed to the console once.")]
    private partial void LogAccountsPrinted(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} demo accounts were created at first start with Accounts:FirstStartPassword; each must change its password at first sign-in.")]
    private partial void LogDemoAccountsCreated(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "There is no account yet. Make the first administrator with: {Usage}")]
    private partial void LogNoAccount(string usage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Accounts:CreateDemoAccounts is set, but outside Development no password is printed, so the demo accounts need Accounts:FirstStartPassword; none were made. Make the first administrator with: {Usage}")]
    private partial void LogDemoAccountsNeedPassword(string usage);
}
