namespace Safeguarding.Analytics.Tests.Support;

/// <summary>
/// Connection strings of the real servers that ./test.sh starts. A missing one fails the test that needs it:
/// a server test that silently passed without its server would prove nothing.
/// </summary>
internal static class TestServers
{
    public static string Postgres => Required("SGA_TEST_POSTGRES");

    public static string ClickHouse => Required("SGA_TEST_CLICKHOUSE");

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run ./test.sh, which starts the test servers and sets it.");
}
