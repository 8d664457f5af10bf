using Dapper;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Role, agency and state changes, each with a new security stamp in the same statement.
public abstract partial class SqlAppStore
{
    public Task<Account> ChangeAccountRoleAsync(long accountId, string role, string? agencyId, CancellationToken cancellationToken = default)
    {
        if (!BoardRoles.All.Contains(role))
        {
            throw new ArgumentException($"'{role}' is not a role; expected one of {string.Join(", ", BoardRoles.All)}.", nameof(role));
        }

        return ChangeAccountAsync(accountId, "role = @Role, agency_id = @AgencyId", new { Role = role, AgencyId = agencyId }, cancellationToken);
    }

    public Task<Account> SetAccountDisabledAsync(long accountId, DateTime? disabledAt, CancellationToken cancellationToken = default) =>
        ChangeAccountAsync(
            accountId,
            "disabled_at = @DisabledAt",
            new { DisabledAt = disabledAt is { } at ? StoredValue.Millisecond(at.ToUniversalTime()) : (DateTime?)null },
            cancellationToken);

    public Task<Account> RenewSecurityStampAsync(long accountId, CancellationToken cancellationToken = default) =>
        ChangeAccountAsync(accountId, string.Empty, new { }, cancellationToken);

    public async Task<Account?> FindCouncilAccountAsync(string issuer, string subject, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
            $"SELECT {AccountColumns} FROM accounts a WHERE a.council_issuer = @Issuer AND a.council_subject = @Subject",
            new { Issuer = issuer, Subject = subject },
            cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    public async Task<Account> LinkCouncilSubjectAsync(long accountId, string issuer, string subject, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (await FindCouncilAccountAsync(issuer, subject, cancellationToken) is { } bound && bound.Id != accountId)
        {
            throw new InvalidOperationException($"The council subject is already bound to the account '{bound.UserName}'.");
        }

        return await ChangeAccountAsync(
            accountId,
            "council_issuer = @Issuer, council_subject = @Subject, password_hash = NULL, must_change_password = @No, failed_sign_ins = 0, locked_until = NULL",
            new { Issuer = issuer, Subject = subject, No = false },
            cancellationToken);
    }

    private async Task<Account> ChangeAccountAsync(long accountId, string assignments, object values, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(values);
        parameters.Add("Id", accountId);
        parameters.Add("Stamp", Account.NewSecurityStamp());
        await using var connection = await OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE accounts SET security_stamp = @Stamp{(assignments.Length > 0 ? ", " + assignments : string.Empty)} WHERE id = @Id", parameters, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new InvalidOperationException($"There is no account {accountId}.");
        }

        var row = await connection.QuerySingleAsync<AccountRow>(new CommandDefinition(
            $"SELECT {AccountColumns} FROM accounts a WHERE a.id = @Id", new { Id = accountId }, cancellationToken: cancellationToken));
        return row.ToAccount();
    }
}
