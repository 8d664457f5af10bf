using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Dashboard.Tests.Security;

/// <summary>Passwords are hashed with a salt and checked; a new one must meet the rules, each refusal in words.</summary>
public class AccountPasswordsTests
{
    private readonly AccountPasswords _passwords = new(new AccountOptions());
    private static readonly Account Someone = new() { UserName = "jo.bloggs", DisplayName = "Jo", Role = BoardRoles.Analyst };

    [Fact]
    public void A_hash_checks_its_own_password_only_and_two_hashes_of_one_password_differ()
    {
        var hash = _passwords.Hash(Someone, "a long enough password");
        var account = Someone with { PasswordHash = hash };

        Assert.True(_passwords.Verify(account, "a long enough password", out var rehash));
        Assert.False(rehash);
        Assert.False(_passwords.Verify(account, "a long enough passwore", out _));
        Assert.NotEqual(hash, _passwords.Hash(Someone, "a long enough password"));
        Assert.DoesNotContain("a long enough password", hash, StringComparison.Ordinal);
        Assert.False(_passwords.Verify(Someone, "anything", out _));
    }

    [Theory]
    [InlineData("short", "short", "at least 12 characters")]
    [InlineData("my name is jo.bloggs", "my name is jo.bloggs", "must not contain your user name")]
    [InlineData("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "five different characters")]
    [InlineData("a long enough password", "a long enough passwore", "not the same")]
    public void A_new_password_that_breaks_a_rule_is_refused_in_words(string password, string confirmation, string words) =>
        Assert.Contains(words, _passwords.Problem("jo.bloggs", password, confirmation), StringComparison.Ordinal);

    [Fact]
    public void A_new_password_that_keeps_the_rules_is_accepted() =>
        Assert.Null(_passwords.Problem("jo.bloggs", "correct horse battery staple", "correct horse battery staple"));
}
