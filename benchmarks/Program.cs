using BenchmarkDotNet.Running;

namespace Safeguarding.Analytics.Benchmarks;

/// <summary>
/// The entry point. Not a top-level program: that would be a second global <c>Program</c> beside the dashboard's,
/// which the overview benchmarks start.
/// </summary>
internal static class BenchmarkProgram
{
    // dotnet run -c Release --project benchmarks -- --filter '*'
    public static void Main(string[] args)
    {
        // dotnet run -c Release --project benchmarks -- generate-records --out DIR
        if (args is [Records.GenerateRecordsCommand.Verb, ..])
        {
            Environment.ExitCode = Records.GenerateRecordsCommand.Run(args);
            return;
        }

        // dotnet run -c Release --project benchmarks -- load-test --url http://127.0.0.1:5080 --password ...
        if (args is ["load-test", .. var rest])
        {
            Environment.ExitCode = LoadTest.LoadTestCommand.Run(rest);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
