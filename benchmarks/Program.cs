using BenchmarkDotNet.Running;

namespace Safeguarding.Analytics.Benchmarks;

/// <summary>
/// The entry point. Not a top-level program: that would be a second global <c>Program</c> beside the dashboard's,
/// which the overview benchmarks start.
/// </summary>
internal static class BenchmarkProgram
{
    // dotnet run -c Release --project benchmarks -- --filter '*'
    // dotnet run -c Release --project benchmarks -- load-test --url http://127.0.0.1:5080 --password ...
    public static int Main(string[] args) => args is ["load-test", .. var rest] ? LoadTest.LoadTestCommand.Run(rest) : RunBenchmarks(args);

    private static int RunBenchmarks(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
