using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Safeguarding.Analytics.Benchmarks.Storage;

/// <summary>
/// One launch, one warm-up, three measured iterations, in this process (the repository's strict build settings would
/// otherwise apply to BenchmarkDotNet's generated project). Monitoring runs each heavy operation once per iteration.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InProcessJobAttribute(bool monitoring) : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(
        Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(monitoring ? RunStrategy.Monitoring : RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3));

    public bool Monitoring => monitoring;
}
