using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Safeguarding.Analytics.Benchmarks.Dashboard;

/// <summary>
/// In this process, one launch; each measured iteration is a single view (one call), so the P50 and P95 columns are
/// percentiles of single views, not of averages over many. Ten views warm up, a hundred are measured.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PerViewJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(100))
        .AddColumn(StatisticColumn.P50, StatisticColumn.P95);
}
