using Safeguarding.Analytics.Dashboard.Security;

namespace Safeguarding.Analytics.Dashboard.Tests.Security;

/// <summary>
/// The create-admin command's arguments: its own options are taken out and every other argument is left to the host's
/// configuration; a start without the command is not taken for it; a missing name or value is refused with the usage.
/// </summary>
public class CreateAdminCommandTests
{
    [Fact]
    public void The_command_takes_its_name_and_options_and_leaves_the_rest_to_the_hosts_configuration()
    {
        var command = CreateAdminCommand.Parse(["create-admin", " Sam.Example ", "--AppStore:Engine=Postgres", "--password-file", "/run/secrets/pw", "--display-name", "Sam Example"]);

        Assert.NotNull(command);
        Assert.Equal(("sam.example", "Sam Example", "/run/secrets/pw"), (command.UserName, command.DisplayName, command.PasswordFile));
        Assert.Equal(["--AppStore:Engine=Postgres"], command.HostArguments);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5080")]
    [InlineData("create-admins", "sam")]
    public void A_start_without_the_command_is_not_taken_for_it(params string[] args) =>
        Assert.Null(CreateAdminCommand.Parse(args));

    [Theory]
    [InlineData("create-admin")]
    [InlineData("create-admin", "--password-file", "pw")]
    [InlineData("create-admin", "sam", "--password-file")]
    public void A_missing_name_or_option_value_is_refused_with_the_usage(params string[] args) =>
        Assert.Contains("create-admin NAME", Assert.Throws<ArgumentException>(() => CreateAdminCommand.Parse(args)).Message, StringComparison.Ordinal);
}
