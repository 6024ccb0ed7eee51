using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Data.Audit;

/// <summary>Appends entries to the hash-chained audit log.</summary>
/// <remarks>
/// <para>Appends are serialised in this process by a lock and across processes by the primary key on
/// <see cref="AuditEntry.Sequence"/>: a writer that lost the race sees a key conflict, reloads the head and retries.</para>
/// <para>A caller that saves its own changes through <see cref="AppendAsync"/> (so that a change and its entry cannot be
/// split by a crash) gets a concurrency conflict on its own entities back at once, unretried: only it knows how to
/// re-read and redo its change.</para>
/// </remarks>
public sealed class AuditLog(AppDbContext db, TimeProvider time)
{
    private static readonly SemaphoreSlim AppendLock = new(1, 1);
    private const int MaxAttempts = 5;

    /// <summary>Appends one entry and saves it, together with any other pending changes of the same context.</summary>
    public async Task<AuditEntry> AppendAsync(string actor, string action, string subject, object? data = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        var json = data is null ? null : JsonSerializer.Serialize(data);

        await AppendLock.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var head = await db.AuditHeads.SingleOrDefaultAsync(ct);
                var entry = new AuditEntry
                {
                    Sequence = (head?.Sequence ?? 0) + 1,
                    OccurredAt = AuditHasher.Truncate(time.GetUtcNow()),
                    Actor = actor,
                    Action = action,
                    Subject = subject,
                    Data = json,
                    PreviousHash = head?.Hash ?? AuditHasher.GenesisHash,
                };
                entry.Hash = AuditHasher.Compute(entry.PreviousHash, entry);
                if (head is null)
                {
                    db.AuditHeads.Add(new AuditHead { Sequence = entry.Sequence, Hash = entry.Hash });
                }
                else
                {
                    head.Sequence = entry.Sequence;
                    head.Hash = entry.Hash;
                }

                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return entry;
                }
                catch (DbUpdateException e) when (attempt < MaxAttempts && !IsCallersConflict(e))
                {
                    // Another node appended first: forget our attempt and build on its head.
                    db.Entry(entry).State = EntityState.Detached;
                    if (head is not null)
                    {
                        await db.Entry(head).ReloadAsync(ct);
                    }
                    else
                    {
                        foreach (var added in db.ChangeTracker.Entries<AuditHead>().Where(e => e.State == EntityState.Added).ToList())
                        {
                            added.State = EntityState.Detached;
                        }
                    }
                }
            }
        }
        finally
        {
            AppendLock.Release();
        }
    }

    private static bool IsCallersConflict(DbUpdateException e) =>
        e is DbUpdateConcurrencyException && e.Entries.Any(entry => entry.Entity is not (AuditHead or AuditEntry));
}
