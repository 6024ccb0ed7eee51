using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>The single-node <see cref="IRunProgressNotifier"/>: watchers in memory, keyed by run.</summary>
public sealed class InProcessRunProgressNotifier(ILogger<InProcessRunProgressNotifier> logger) : IRunProgressNotifier
{
    private readonly ConcurrentDictionary<Guid, ImmutableList<Action<RunProgressUpdate>>> _watchers = new();

    /// <inheritdoc />
    public void Publish(RunProgressUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!_watchers.TryGetValue(update.RunId, out var watchers))
        {
            return;
        }

        foreach (var watcher in watchers)
        {
            try
            {
                watcher(update);
            }
#pragma warning disable CA1031 // A closed page must never fail the job that reports to it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "A watcher of selection run {RunId} failed", update.RunId);
            }
        }
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Guid runId, Action<RunProgressUpdate> onUpdate)
    {
        ArgumentNullException.ThrowIfNull(onUpdate);
        _watchers.AddOrUpdate(runId, _ => [onUpdate], (_, list) => list.Add(onUpdate));
        return new Subscription(() =>
        {
            var remaining = _watchers.AddOrUpdate(runId, _ => [], (_, list) => list.Remove(onUpdate));
            if (remaining.IsEmpty)
            {
                // Concurrent subscribers may race this removal; the comparison keeps a list that just gained a watcher.
                _watchers.TryRemove(new KeyValuePair<Guid, ImmutableList<Action<RunProgressUpdate>>>(runId, remaining));
            }
        });
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
