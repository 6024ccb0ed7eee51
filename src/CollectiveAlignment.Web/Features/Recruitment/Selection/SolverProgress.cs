using System.Diagnostics;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>
/// Passes the solver's progress lines to the run row on the solver's own thread (not <see cref="Progress{T}"/>, which
/// would post them to the thread pool and use the run's database context concurrently), at most twice a second.
/// </summary>
internal sealed class SolverProgress(IProgress<JobProgress> target) : IProgress<string>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private int _steps;

    public void Report(string value)
    {
        _steps++;
        if (_sinceLast.Elapsed < Interval)
        {
            return;
        }

        _sinceLast.Restart();
        // The number of column-generation steps is unknown in advance, so progress creeps towards 89%.
        target.Report(new JobProgress(Math.Min(89, 10 + _steps), value));
    }
}
