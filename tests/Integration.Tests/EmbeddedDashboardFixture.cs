using Safeguarding.Analytics.Tests.Support;

namespace Safeguarding.Analytics.Integration.Tests;

/// <summary>One embedded host (DuckDB + SQLite + in-memory Hangfire) with the demo loaded, shared by a test class.</summary>
public sealed class EmbeddedDashboardFixture : IDisposable
{
    public EmbeddedDashboardFixture()
    {
        Factory = new DashboardFactory();
        Client = Factory.CreateClient();
    }

    public DashboardFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
