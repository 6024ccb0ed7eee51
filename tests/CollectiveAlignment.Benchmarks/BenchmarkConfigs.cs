using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CollectiveAlignment.Benchmarks;

/// <summary>The two ways the benchmarks run: a quick smoke pass and the full measurement.</summary>
public static class BenchmarkConfigs
{
    // The default in-process timeout (5 minutes) would abort the LEXIMIN reference case.
    private static readonly InProcessEmitToolchain InProcess = new(TimeSpan.FromHours(1), logOutput: true);

    /// <summary>One launch, one warm-up, one measured iteration, in process: seconds per benchmark.</summary>
    public static IConfig Smoke() =>
        ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcess).WithWarmupCount(1).WithIterationCount(1))
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    /// <summary>BenchmarkDotNet's defaults with memory figures; short runs keep a full pass within a session on 2 cores.</summary>
    public static IConfig Full() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcess))
            .AddDiagnoser(MemoryDiagnoser.Default);
}
