using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Safeguarding.Analytics.Integration.Tests.TwoHosts;

/// <summary>
/// The dashboard in a process of its own (<c>dotnet Safeguarding.Analytics.Dashboard.dll</c>, configured through its
/// environment), so a test can kill it as a machine failing would, with no chance to finish or stop its jobs.
/// </summary>
internal sealed class DashboardProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-process-").FullName;

    private DashboardProcess(IReadOnlyDictionary<string, string?> settings)
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        // The test project's output sits at tests/Integration.Tests/bin/<configuration>/<framework>/<runtime>/; the
        // dashboard's at the same place under src/Dashboard.
        var output = AppContext.BaseDirectory.Replace(
            Path.Combine("tests", "Integration.Tests"), Path.Combine("src", "Dashboard"), StringComparison.Ordinal);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(output, "Safeguarding.Analytics.Dashboard.dll")])
        {
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["Warehouse__DuckDbPath"] = Path.Combine(_folder, "warehouse.duckdb");
        start.Environment["AppStore__SqlitePath"] = Path.Combine(_folder, "appstore.db");
        start.Environment["Ingest__InboxPath"] = Path.Combine(_folder, "inbox");
        start.Environment["Extracts__Folder"] = Path.Combine(_folder, "extracts");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>Starts the dashboard and waits until it answers on its port.</summary>
    public static async Task<DashboardProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var started = new DashboardProcess(settings);
        using var probe = new HttpClient { BaseAddress = started.Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            Assert.False(started._process.HasExited, $"The dashboard process ended with code {(started._process.HasExited ? started._process.ExitCode : 0)} before answering.");
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return started;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                started.Dispose();
                throw new TimeoutException("The dashboard process did not answer within two minutes.");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Kills the process at once, as a failing machine would: no graceful stop, no job finished.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
