using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Safeguarding.Analytics.Tests.Support;

/// <summary>
/// A ClickHouse server of the test's own, started with the repository's scripts on a free port, that the test can
/// crash (SIGKILL, as a machine failure would) and start again on the same data. For outage tests; the shared test
/// server must never be stopped.
/// </summary>
internal sealed class OwnClickHouseServer : IAsyncDisposable
{
    private readonly string _scripts;

    private OwnClickHouseServer(string scripts, string folder, int port)
    {
        _scripts = scripts;
        Folder = folder;
        Port = port;
    }

    public string Folder { get; }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=default";

    public static async Task<OwnClickHouseServer> StartAsync()
    {
        var server = new OwnClickHouseServer(FindScripts(), Directory.CreateTempSubdirectory("sga-own-clickhouse-").FullName, FreePort());
        await server.StartAgainAsync();
        return server;
    }

    public Task StartAgainAsync() => RunAsync("clickhouse-start.sh", Folder, Port.ToString(CultureInfo.InvariantCulture));

    /// <summary>Kills the server at once, without letting it finish what it was doing.</summary>
    public void Crash()
    {
        var pidFile = Path.Combine(Folder, "clickhouse.pid");
        using var server = Process.GetProcessById(int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture));
        server.Kill();
        server.WaitForExit();
        File.Delete(pidFile);
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("clickhouse-stop.sh", Folder);
        Directory.Delete(Folder, recursive: true);
    }

    private async Task RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(_scripts, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {await errors}");
        }
    }

    private static string FindScripts()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var scripts = Path.Combine(folder.FullName, "scripts");
            if (File.Exists(Path.Combine(scripts, "clickhouse-start.sh")))
            {
                return scripts;
            }
        }

        throw new InvalidOperationException("scripts/clickhouse-start.sh was not found above the test's folder.");
    }

    /// <summary>A free port whose neighbour (ClickHouse's native port) is free too.</summary>
    private static int FreePort()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (port < 65535 && IsFree(port + 1))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No two adjacent free ports were found.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
