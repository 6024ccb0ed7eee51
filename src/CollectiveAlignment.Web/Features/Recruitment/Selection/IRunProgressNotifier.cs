namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>
/// Pushes selection-run progress from the job to the pages showing the run, so they need not poll the database. The
/// in-process implementation reaches pages on the node running the job; a multi-node deployment swaps in one backed by
/// a message bus, and the pages' slow fallback poll covers the gap meanwhile.
/// </summary>
public interface IRunProgressNotifier
{
    /// <summary>Tells the run's current watchers; never throws for a watcher's failure.</summary>
    void Publish(RunProgressUpdate update);

    /// <summary>Watches one run until the returned handle is disposed.</summary>
    IDisposable Subscribe(Guid runId, Action<RunProgressUpdate> onUpdate);
}
