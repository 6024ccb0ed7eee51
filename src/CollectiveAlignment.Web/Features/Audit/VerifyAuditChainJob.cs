using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Audit;

/// <summary>Verifies the whole audit chain in the background and records the verdict as an audit entry of its own.</summary>
public sealed class VerifyAuditChainJob(AuditChainVerifier verifier, AuditLog audit) : IJobHandler<NoPayload>
{
    /// <summary>The run kind.</summary>
    public const string JobKind = "audit.verify";

    /// <inheritdoc />
    public async Task<object?> RunAsync(JobRun run, NoPayload payload, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        progress.Report(new JobProgress(5, "Reading the audit chain"));
        var verification = await verifier.VerifyAsync(ct);
        progress.Report(new JobProgress(90, verification.IsValid ? "Chain intact" : "Chain broken"));
        await audit.AppendAsync(run.RequestedBy, "audit.verified", run.Id.ToString(), new
        {
            valid = verification.IsValid,
            entries = verification.EntriesChecked,
            headSequence = verification.HeadSequence,
            headHash = verification.HeadHash,
            problems = verification.Problems.Count,
        }, ct);
        return verification;
    }
}
