using System.Data.Common;
using System.Text;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// <c>create-admin NAME [--display-name TEXT] [--password-file PATH]</c>: makes an administrator in the configured app
/// store and exits without starting the web host. The password is read from the file (its first line), or asked for
/// on the terminal without echo (twice), or read from standard input when that is not a terminal; it is never
/// printed, and the person chose it, so it need not be changed at first sign-in. Every other argument is the host's
/// configuration (e.g. <c>--AppStore:Engine=Postgres</c>), as for a normal start.
/// </summary>
internal sealed record CreateAdminCommand(string UserName, string DisplayName, string? PasswordFile, string[] HostArguments)
{
    public const string Name = "create-admin";

    public const string Usage = "dotnet run --project src/Dashboard -- create-admin NAME [--display-name TEXT] [--password-file PATH]";

    /// <summary>The command the arguments ask for, or null when they start the service.</summary>
    /// <exception cref="ArgumentException">The command is asked for without a user name, or an option without its value.</exception>
    public static CreateAdminCommand? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            throw new ArgumentException("create-admin needs the new administrator's user name. Usage: " + Usage);
        }

        string? displayName = null, passwordFile = null;
        var rest = new List<string>();
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] is "--password-file" or "--display-name")
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"{args[i]} needs a value. Usage: " + Usage);
                }

                if (args[i] == "--password-file")
                {
                    passwordFile = args[++i];
                }
                else
                {
                    displayName = args[++i];
                }
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var userName = AccountSignIn.AuditText(args[1]);
        return new CreateAdminCommand(userName, displayName ?? userName, passwordFile, rest.ToArray());
    }

    /// <summary>Makes the administrator; the process's exit code (0 made, 1 refused, with the reason on <paramref name="error"/>).</summary>
    public async Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var store = services.GetRequiredService<IAppStore>();
        var passwords = services.GetRequiredService<AccountPasswords>();
        var audit = services.GetRequiredService<AuditTrail>();
        try
        {
            if (!AccountAdministration.IsUserName(UserName))
            {
                await error.WriteLineAsync($"'{UserName}' is not a user name: {AccountAdministration.UserNameRule}");
                return 1;
            }

            await store.MigrateAsync(cancellationToken);
            if (await store.FindAccountAsync(UserName, cancellationToken) is not null)
            {
                await error.WriteLineAsync($"There is already an account '{UserName}' in the {store.Engine} app store; nothing was changed.");
                return 1;
            }

            var (password, confirmation) = await ReadPasswordAsync(input, output, cancellationToken);
            if (passwords.Problem(UserName, password, confirmation) is { } problem)
            {
                await error.WriteLineAsync(problem);
                return 1;
            }

            var account = new Account { UserName = UserName, DisplayName = DisplayName, Role = BoardRoles.Admin };
            var stored = await store.AddAccountAsync(account with { PasswordHash = passwords.Hash(account, password!) }, cancellationToken);
            await audit.RecordAsync(AuditActors.System, AuditActions.AccountCreated, AuditSubjects.Account, stored.UserName, "administrator, by the create-admin command on the server", cancellationToken: cancellationToken);
            await output.WriteLineAsync($"Administrator '{stored.UserName}' created in the {store.Engine} app store. Start the service and sign in at /account/sign-in.");
            return 0;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or DbException or InvalidOperationException)
        {
            await error.WriteLineAsync($"The administrator was not created: {failure.Message}");
            return 1;
        }
    }

    private async Task<(string? Password, string? Confirmation)> ReadPasswordAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        if (PasswordFile is not null)
        {
            if (!File.Exists(PasswordFile))
            {
                throw new IOException($"The password file '{PasswordFile}' does not exist.");
            }

            var first = (await File.ReadAllLinesAsync(PasswordFile, cancellationToken)).FirstOrDefault();
            return (first, first);
        }

        if (Console.IsInputRedirected)
        {
            var line = await input.ReadLineAsync(cancellationToken);
            return (line, line);
        }

        await output.WriteAsync($"Password for {UserName}: ");
        var password = ReadHidden();
        await output.WriteAsync("The same password again: ");
        return (password, ReadHidden());
    }

    /// <summary>A line typed on the terminal, not echoed.</summary>
    private static string ReadHidden()
    {
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
