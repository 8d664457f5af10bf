using Safeguarding.Analytics.Dashboard.BoardPacks;

namespace Safeguarding.Analytics.Dashboard.Tests.BoardPacks;

public class ChromiumSandboxTests
{
    private const string RootStatus = "Name:\tdotnet\nUmask:\t0022\nState:\tS (sleeping)\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n";
    private const string UserStatus = "Name:\tdotnet\nUid:\t1000\t1000\t1000\t1000\nGid:\t1000\t1000\t1000\t1000\n";

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    public void Chromium_is_sandboxed_only_for_an_ordinary_user_on_a_system_with_user_namespaces(bool root, bool userNamespaces, bool sandboxed)
    {
        var decision = ChromiumSandbox.Decide(root, userNamespaces);

        Assert.Equal(sandboxed, decision.Enabled);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Fact]
    public void Each_refusal_of_the_sandbox_says_which_reason_applies()
    {
        Assert.Contains("runs as root", ChromiumSandbox.Decide(true, true).Reason, StringComparison.Ordinal);
        Assert.Contains("user namespaces", ChromiumSandbox.Decide(false, false).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_effective_user_is_read_from_the_process_status()
    {
        Assert.True(ChromiumSandbox.RunningAsRoot(RootStatus));
        Assert.False(ChromiumSandbox.RunningAsRoot(UserStatus));
        Assert.False(ChromiumSandbox.RunningAsRoot("Name:\tdotnet\nUid:\t0\t1000\t1000\t1000\n"));
        Assert.False(ChromiumSandbox.RunningAsRoot(null));
    }

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("1\n", "63382\n", "0\n", true)]
    [InlineData("0\n", "63382\n", null, false)]
    [InlineData(null, "0\n", null, false)]
    [InlineData(null, "63382\n", "1\n", false)]
    public void User_namespaces_are_available_unless_a_kernel_setting_forbids_them(string? clone, string? max, string? apparmor, bool available)
    {
        var settings = new Dictionary<string, string?>
        {
            ["kernel/unprivileged_userns_clone"] = clone,
            ["user/max_user_namespaces"] = max,
            ["kernel/apparmor_restrict_unprivileged_userns"] = apparmor,
        };

        Assert.Equal(available, ChromiumSandbox.UnprivilegedUserNamespaces(path => settings[path]));
    }

    [Fact]
    public void The_probe_on_this_machine_follows_its_user_and_chromium_is_told_no_sandbox_only_when_refused()
    {
        var probe = ChromiumSandbox.Probe();
        if (ChromiumSandbox.RunningAsRoot(File.ReadAllText("/proc/self/status")))
        {
            Assert.False(probe.Enabled);
            Assert.Contains("runs as root", probe.Reason, StringComparison.Ordinal);
        }

        var sandboxed = new ChromiumPdfPrinter(new BoardPackOptions(), ChromiumSandbox.Decide(false, true)).Arguments("/tmp/p.html", "/tmp/p.pdf", "/tmp/profile");
        var unsandboxed = new ChromiumPdfPrinter(new BoardPackOptions(), ChromiumSandbox.Decide(true, true)).Arguments("/tmp/p.html", "/tmp/p.pdf", "/tmp/profile");
        Assert.DoesNotContain("--no-sandbox", sandboxed);
        Assert.Contains("--no-sandbox", unsandboxed);
        foreach (var hardening in (string[])["--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND"])
        {
            Assert.Contains(hardening, sandboxed);
            Assert.Contains(hardening, unsandboxed);
        }
    }
}
