using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Safeguarding.Analytics.Benchmarks.Storage;

/// <summary>
/// One launch, one warm-up, three measured iterations, in this process (the repository's strict build settings would
/// otherwise apply to BenchmarkDotNet's generated project). Monitoring runs each heavy operation once per iteration.
/// A benchmark whose five runs take longer than the in-process toolchain's default limit names its own, in minutes.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InProcessJobAttribute(bool monitoring, int timeoutMinutes = 0) : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(
        Job.Default
            .WithToolchain(timeoutMinutes > 0 ? new InProcessEmitToolchain(TimeSpan.FromMinutes(timeoutMinutes), logOutput: true) : InProcessEmitToolchain.Instance)
            .WithStrategy(monitoring ? RunStrategy.Monitoring : RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3));

    public bool Monitoring => monitoring;

    public int TimeoutMinutes => timeoutMinutes;
}
