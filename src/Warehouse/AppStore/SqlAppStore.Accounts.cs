using Safeguarding.Analytics.Domain.Readers;
using Dapper;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Accounts and personal access tokens: hashes only, never a password or a token itself.
public abstract partial class SqlAppStore
{
    private const string AccountColumns = """
        a.id AS Id, a.user_name AS UserName, a.display_name AS DisplayName, a.role AS Role, a.agency_id AS AgencyId,
        a.password_hash AS PasswordHash, a.must_change_password AS MustChangePassword, a.failed_sign_ins AS FailedSignIns,
        a.locked_until AS LockedUntil, a.last_sign_in_at AS LastSignInAt, a.created_at AS CreatedAt,
        a.security_stamp AS SecurityStamp, a.disabled_at AS DisabledAt,
        a.council_issuer AS CouncilIssuer, a.council_subject AS CouncilSubject
        """;

    private const string TokenColumns = """
        t.id AS Id, t.account_id AS AccountId, t.name AS Name, t.prefix AS Prefix, t.token_hash AS TokenHash,
        t.created_at AS CreatedAt, t.expires_at AS ExpiresAt, t.last_used_at AS LastUsedAt, t.revoked_at AS RevokedAt
        """;

    public async Task<Account> AddAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.UserName);
        if (!BoardRoles.All.Contains(account.Role))
        {
            throw new ArgumentException($"'{account.Role}' is not a role; expected one of {string.Join(", ", BoardRoles.All)}.", nameof(account));
        }

        if ((account.CouncilIssuer is null) != (account.CouncilSubject is null) || (account.CouncilSubject is not null && account.PasswordHash is not null))
        {
            throw new ArgumentException("A council account has both an issuer and a subject, and no password.", nameof(account));
        }

        var stored = account with
        {
            UserName = account.UserName.Trim().ToLowerInvariant(),
            CreatedAt = StoredValue.Millisecond(DateTime.UtcNow),
            SecurityStamp = Account.NewSecurityStamp(),
            DisabledAt = null,
        };
        await using var connection = await OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO accounts (user_name, display_name, role, agency_id, password_hash, must_change_password, created_at, security_stamp, council_issuer, council_subject)
            VALUES (@UserName, @DisplayName, @Role, @AgencyId, @PasswordHash, @MustChangePassword, @CreatedAt, @SecurityStamp, @CouncilIssuer, @CouncilSubject)
            RETURNING id
            """,
            new { stored.UserName, stored.DisplayName, stored.Role, stored.AgencyId, stored.PasswordHash, stored.MustChangePassword, stored.CreatedAt, stored.SecurityStamp, stored.CouncilIssuer, stored.CouncilSubject },
            cancellationToken: cancellationToken));
        return stored with { Id = id };
    }

    public async Task<Account?> FindAccountAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
            $"SELECT {AccountColumns} FROM accounts a WHERE a.user_name = @UserName",
            new { UserName = userName.Trim().ToLowerInvariant() },
            cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    public async Task<IReadOnlyList<Account>> GetAccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AccountRow>(new CommandDefinition(
            $"SELECT {AccountColumns} FROM accounts a ORDER BY a.user_name", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToAccount()).ToList();
    }

    public async Task<Account> RecordSignInAsync(long accountId, bool succeeded, SignInLockout lockout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lockout);
        var now = StoredValue.Millisecond(lockout.Now);

        // One statement, so two wrong passwords at once both count: the count and the lock move together.
        var sql = succeeded
            ? "UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = @Now WHERE id = @Id"
            : """
              UPDATE accounts SET
                  locked_until = CASE WHEN failed_sign_ins + 1 >= @LockAfter THEN @LockedUntil ELSE locked_until END,
                  failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= @LockAfter THEN 0 ELSE failed_sign_ins + 1 END
              WHERE id = @Id
              """;
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { Id = accountId, Now = now, lockout.LockAfter, LockedUntil = now + lockout.LockFor },
            cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<AccountRow>(new CommandDefinition(
            $"SELECT {AccountColumns} FROM accounts a WHERE a.id = @Id", new { Id = accountId }, cancellationToken: cancellationToken));
        return row.ToAccount();
    }

    public async Task SetPasswordAsync(long accountId, string passwordHash, bool mustChange, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        await using var connection = await OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE accounts SET password_hash = @Hash, must_change_password = @MustChange, failed_sign_ins = 0, locked_until = NULL, security_stamp = @Stamp WHERE id = @Id",
            new { Id = accountId, Hash = passwordHash, MustChange = mustChange, Stamp = Account.NewSecurityStamp() },
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new InvalidOperationException($"There is no account {accountId}.");
        }
    }

    public async Task<AccessToken> AddAccessTokenAsync(AccessToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrWhiteSpace(token.Name);
        var stored = token with { CreatedAt = StoredValue.Millisecond(DateTime.UtcNow), ExpiresAt = StoredValue.Millisecond(token.ExpiresAt.ToUniversalTime()) };
        await using var connection = await OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO access_tokens (account_id, name, prefix, token_hash, created_at, expires_at)
            VALUES (@AccountId, @Name, @Prefix, @TokenHash, @CreatedAt, @ExpiresAt)
            RETURNING id
            """,
            new { stored.AccountId, stored.Name, stored.Prefix, stored.TokenHash, stored.CreatedAt, stored.ExpiresAt },
            cancellationToken: cancellationToken));
        return stored with { Id = id };
    }

    public async Task<(AccessToken Token, Account Owner)?> FindAccessTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var found = await connection.QueryAsync<TokenRow, AccountRow, (AccessToken, Account)>(new CommandDefinition(
            $"SELECT {TokenColumns}, {AccountColumns} FROM access_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = @Hash",
            new { Hash = tokenHash },
            cancellationToken: cancellationToken),
            (t, a) => (t.ToToken(), a.ToAccount()),
            splitOn: "Id");
        return found.Select(f => ((AccessToken, Account)?)f).SingleOrDefault();
    }

    public async Task<IReadOnlyList<AccessToken>> GetAccessTokensAsync(long accountId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TokenRow>(new CommandDefinition(
            $"SELECT {TokenColumns} FROM access_tokens t WHERE t.account_id = @Id ORDER BY t.created_at DESC, t.id DESC",
            new { Id = accountId },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToToken()).ToList();
    }

    public async Task<bool> RevokeAccessTokenAsync(long accountId, long tokenId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE access_tokens SET revoked_at = @Now WHERE id = @Id AND account_id = @AccountId AND revoked_at IS NULL",
            new { Id = tokenId, AccountId = accountId, Now = StoredValue.Millisecond(DateTime.UtcNow) },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task MarkAccessTokenUsedAsync(long tokenId, DateTime at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE access_tokens SET last_used_at = @At WHERE id = @Id",
            new { Id = tokenId, At = StoredValue.Millisecond(at.ToUniversalTime()) },
            cancellationToken: cancellationToken));
    }
}

/// <summary>When a wrong password locks an account: after <see cref="LockAfter"/> in a row, for <see cref="LockFor"/>.</summary>
public sealed record SignInLockout(int LockAfter, TimeSpan LockFor, DateTime Now);

internal sealed class AccountRow
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public string? AgencyId { get; set; }
    public string? PasswordHash { get; set; }
    public object MustChangePassword { get; set; } = false;
    public int FailedSignIns { get; set; }
    public object? LockedUntil { get; set; }
    public object? LastSignInAt { get; set; }
    public object CreatedAt { get; set; } = "";
    public string SecurityStamp { get; set; } = "";
    public object? DisabledAt { get; set; }
    public string? CouncilIssuer { get; set; }
    public string? CouncilSubject { get; set; }

    public Account ToAccount() => new()
    {
        Id = Id,
        UserName = UserName,
        DisplayName = DisplayName,
        Role = Role,
        AgencyId = AgencyId,
        PasswordHash = PasswordHash,
        MustChangePassword = StoredValue.Boolean(MustChangePassword),
        FailedSignIns = FailedSignIns,
        LockedUntil = StoredValue.NullableUtc(LockedUntil),
        LastSignInAt = StoredValue.NullableUtc(LastSignInAt),
        CreatedAt = StoredValue.Utc(CreatedAt),
        SecurityStamp = SecurityStamp,
        DisabledAt = StoredValue.NullableUtc(DisabledAt),
        CouncilIssuer = CouncilIssuer,
        CouncilSubject = CouncilSubject,
    };
}

internal sealed class TokenRow
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public object CreatedAt { get; set; } = "";
    public object ExpiresAt { get; set; } = "";
    public object? LastUsedAt { get; set; }
    public object? RevokedAt { get; set; }

    public AccessToken ToToken() => new()
    {
        Id = Id,
        AccountId = AccountId,
        Name = Name,
        Prefix = Prefix,
        TokenHash = TokenHash,
        CreatedAt = StoredValue.Utc(CreatedAt),
        ExpiresAt = StoredValue.Utc(ExpiresAt),
        LastUsedAt = StoredValue.NullableUtc(LastUsedAt),
        RevokedAt = StoredValue.NullableUtc(RevokedAt),
    };
}
