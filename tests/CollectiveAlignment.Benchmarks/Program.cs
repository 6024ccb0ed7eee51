using BenchmarkDotNet.Running;
using CollectiveAlignment.Benchmarks;

// `--smoke`: every benchmark once, in process, to prove the harness and report rough figures in seconds, not minutes.
// Without it: BenchmarkDotNet's default jobs, for the figures quoted in closing notes.
var smoke = args.Contains("--smoke");
var rest = args.Where(a => a != "--smoke").ToArray();
if (rest.Length == 0)
{
    rest = ["--filter", "*"];
}

var config = smoke ? BenchmarkConfigs.Smoke() : BenchmarkConfigs.Full();
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfigs).Assembly).Run(rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
