using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Data.Audit;

/// <summary>Re-computes every link of the audit chain and compares the end with the stored head.</summary>
public sealed class AuditChainVerifier(AppDbContext db)
{
    private const int PageSize = 1000;
    private const int MaxProblems = 100;

    /// <summary>Reads the whole chain in sequence order, in pages, and reports every break (up to 100).</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var problems = new List<string>();
        var expectedSequence = 1L;
        var previousHash = AuditHasher.GenesisHash;
        long checkedCount = 0;

        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence >= expectedSequence)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var entry in page)
            {
                checkedCount++;
                if (entry.Sequence != expectedSequence)
                {
                    Add(problems, $"entries {expectedSequence}..{entry.Sequence - 1} are missing (deleted rows)");
                }

                if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    Add(problems, $"entry {entry.Sequence}: its previous-hash does not match the entry before it");
                }

                var recomputed = AuditHasher.Compute(entry.PreviousHash, entry);
                if (!string.Equals(recomputed, entry.Hash, StringComparison.Ordinal))
                {
                    Add(problems, $"entry {entry.Sequence}: content does not match its hash (edited row)");
                }

                previousHash = entry.Hash;
                expectedSequence = entry.Sequence + 1;
            }
        }

        var lastSequence = expectedSequence - 1;
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(ct);
        if (head is null && lastSequence > 0)
        {
            Add(problems, "the chain head record is missing");
        }
        else if (head is not null && (head.Sequence != lastSequence || !string.Equals(head.Hash, previousHash, StringComparison.Ordinal)))
        {
            Add(problems, $"the chain ends at entry {lastSequence} but the head records entry {head.Sequence} (rows deleted at the end, or head altered)");
        }

        return new AuditVerification(problems.Count == 0, checkedCount, lastSequence, lastSequence == 0 ? AuditHasher.GenesisHash : previousHash, problems);
    }

    private static void Add(List<string> problems, string problem)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(problem);
        }
    }
}
