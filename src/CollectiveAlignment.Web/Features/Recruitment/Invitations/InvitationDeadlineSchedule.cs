using Hangfire;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>Registers <see cref="InvitationDeadlineJob"/> as a recurring job (every 15 minutes) at start-up.</summary>
public sealed class InvitationDeadlineSchedule(IRecurringJobManager recurring) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // AddOrUpdate is idempotent, so every node may register it; Hangfire runs it on one node at a time.
        recurring.AddOrUpdate<InvitationDeadlineJob>(InvitationDeadlineJob.RecurringJobId, job => job.SweepAsync(CancellationToken.None), "*/15 * * * *");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
