namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// Whether Chromium prints inside its sandbox, decided once at start-up with the reason: it does wherever the platform
/// allows it, which on Linux needs a user other than root and unprivileged user namespaces.
/// </summary>
public sealed record ChromiumSandbox(bool Enabled, string Reason)
{
    /// <summary>The decision from the two facts that settle it.</summary>
    public static ChromiumSandbox Decide(bool runningAsRoot, bool unprivilegedUserNamespaces) =>
        runningAsRoot
            ? new(false, "the service runs as root, where Chromium's sandbox will not start; run the service as an ordinary user to print sandboxed")
            : !unprivilegedUserNamespaces
                ? new(false, "this system does not let an ordinary user create user namespaces, which Chromium's sandbox needs "
                    + "(kernel.unprivileged_userns_clone, user.max_user_namespaces or kernel.apparmor_restrict_unprivileged_userns)")
                : new(true, "the service runs as an ordinary user and the system allows user namespaces");

    /// <summary>This machine's decision, read from <c>/proc</c> on Linux; other systems sandbox Chromium without conditions.</summary>
    public static ChromiumSandbox Probe() =>
        OperatingSystem.IsLinux()
            ? Decide(RunningAsRoot(Read("/proc/self/status")), UnprivilegedUserNamespaces(path => Read(Path.Combine("/proc/sys", path))))
            : Decide(runningAsRoot: false, unprivilegedUserNamespaces: true);

    /// <summary>Whether the effective user in a <c>/proc/self/status</c> text is root (uid 0).</summary>
    internal static bool RunningAsRoot(string? status)
    {
        var uid = status?.Split('\n').FirstOrDefault(line => line.StartsWith("Uid:", StringComparison.Ordinal));
        var ids = uid?.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
        return ids is { Length: >= 3 } && ids[2] == "0";
    }

    /// <summary>Whether the kernel settings (read by their path under <c>/proc/sys</c>; null when absent) let an ordinary user create user namespaces.</summary>
    internal static bool UnprivilegedUserNamespaces(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return setting("kernel/unprivileged_userns_clone")?.Trim() != "0"
            && setting("user/max_user_namespaces")?.Trim() != "0"
            && setting("kernel/apparmor_restrict_unprivileged_userns")?.Trim() != "1";
    }

    private static string? Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
