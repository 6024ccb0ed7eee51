using System.Threading.Channels;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// The progress a handler reports, written without making the handler wait: <see cref="Report"/> only replaces the
/// latest value in a one-slot channel, and a loop writes the newest value at most once per interval. Disposing writes
/// the last value and stops; reports after that are dropped, so nothing reaches the run once it is finishing.
/// </summary>
public sealed class JobProgressWriter : IProgress<JobProgress>, IAsyncDisposable
{
    /// <summary>The default least time between two writes of one run's progress.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(250);

    private readonly Channel<JobProgress> _latest = Channel.CreateBounded<JobProgress>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly CancellationTokenSource _finishing = new();
    private readonly Func<JobProgress, Task> _write;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Task _loop;

    /// <summary>Starts the writing loop.</summary>
    /// <param name="write">Writes one value; its failures are logged, never thrown at the handler.</param>
    /// <param name="interval">The least time between two writes.</param>
    /// <param name="time">The clock the interval is measured on.</param>
    /// <param name="logger">Where failed writes are logged.</param>
    public JobProgressWriter(Func<JobProgress, Task> write, TimeSpan interval, TimeProvider time, ILogger logger)
    {
        _write = write;
        _interval = interval;
        _time = time;
        _logger = logger;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <inheritdoc />
    public void Report(JobProgress value) => _latest.Writer.TryWrite(value);

    /// <summary>Writes the last reported value, if not written yet, and stops the loop.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_latest.Writer.TryComplete())
        {
            await _finishing.CancelAsync();
        }

        await _loop;
        _finishing.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        while (await _latest.Reader.WaitToReadAsync())
        {
            if (!_latest.Reader.TryRead(out var value))
            {
                continue;
            }

            try
            {
                await _write(value);
            }
            catch (Exception ex)
            {
                // Progress is a courtesy to the reader of the runs page: a failed write must not fail the run.
                _logger.LogWarning(ex, "Could not write a background run's progress");
            }

            if (!_finishing.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(_interval, _time, _finishing.Token);
                }
                catch (OperationCanceledException)
                {
                    // Finishing: write what is left at once.
                }
            }
        }
    }
}
