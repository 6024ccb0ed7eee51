using System.Text.Json;
using CollectiveAlignment.Data.Jobs;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// How payloads are stored in <see cref="JobRun.Payload"/>: System.Text.Json with default settings, as runs have
/// always been written, so rows recorded before a deployment still run after it.
/// </summary>
public static class JobPayload
{
    /// <summary>The JSON to store for <paramref name="payload"/>; null for <see cref="NoPayload"/>.</summary>
    public static string? Write<TPayload>(TPayload payload) =>
        payload is NoPayload ? null : JsonSerializer.Serialize(payload);

    /// <summary>The run's payload as <typeparamref name="TPayload"/>; fails clearly when it is missing.</summary>
    public static TPayload Read<TPayload>(JobRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (typeof(TPayload) == typeof(NoPayload))
        {
            return (TPayload)(object)NoPayload.Value;
        }

        return JsonSerializer.Deserialize<TPayload>(run.Payload ?? "null")
            ?? throw new InvalidOperationException($"Run {run.Id} ({run.Kind}) has no payload; its handler needs a {typeof(TPayload).Name}.");
    }
}
