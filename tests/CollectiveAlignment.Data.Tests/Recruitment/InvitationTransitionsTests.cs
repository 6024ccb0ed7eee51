using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;

namespace CollectiveAlignment.Data.Tests.Recruitment;

/// <summary>Every transition of an invitation, allowed and refused, and the rule on releasing accepted seats.</summary>
public sealed class InvitationTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<InvitationStatus> NotSent => [InvitationStatus.Accepted, InvitationStatus.Declined, InvitationStatus.Expired, InvitationStatus.Superseded, InvitationStatus.Cancelled];

    [Fact]
    public void New_IsSent() => new Invitation().Status.ShouldBe(InvitationStatus.Sent);

    [Fact]
    public void Accept_FromSent_IsAcceptedWithTheTime()
    {
        var invitation = new Invitation();
        invitation.Accept(Now);
        (invitation.Status, invitation.RespondedAt).ShouldBe((InvitationStatus.Accepted, Now));
    }

    [Fact]
    public void Decline_FromSent_IsDeclinedWithTheTime()
    {
        var invitation = new Invitation();
        invitation.Decline(Now);
        (invitation.Status, invitation.RespondedAt).ShouldBe((InvitationStatus.Declined, Now));
    }

    [Fact]
    public void Expire_FromSent_IsExpired()
    {
        var invitation = new Invitation();
        invitation.Expire();
        invitation.Status.ShouldBe(InvitationStatus.Expired);
        invitation.RespondedAt.ShouldBeNull();
    }

    [Fact]
    public void Cancel_FromSent_IsCancelled()
    {
        var invitation = new Invitation();
        invitation.Cancel();
        invitation.Status.ShouldBe(InvitationStatus.Cancelled);
    }

    [Theory]
    [MemberData(nameof(NotSent))]
    public void AnswerExpireOrCancel_WhenNotSent_IsRefusedAndChangesNothing(InvitationStatus status)
    {
        var invitation = In(status);
        Should.Throw<StateConflictException>(() => invitation.Accept(Now));
        Should.Throw<StateConflictException>(() => invitation.Decline(Now));
        Should.Throw<StateConflictException>(invitation.Expire);
        Should.Throw<StateConflictException>(invitation.Cancel);
        invitation.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(InvitationStatus.Sent)]
    [InlineData(InvitationStatus.Accepted)]
    public void GiveUp_AnOpenOrAcceptedSeat_IsDeclined(InvitationStatus status)
    {
        var invitation = In(status);
        invitation.GiveUp(Now);
        (invitation.Status, invitation.RespondedAt).ShouldBe((InvitationStatus.Declined, Now));
    }

    [Theory]
    [InlineData(InvitationStatus.Declined)]
    [InlineData(InvitationStatus.Expired)]
    [InlineData(InvitationStatus.Superseded)]
    [InlineData(InvitationStatus.Cancelled)]
    public void GiveUp_WithoutASeat_IsRefused(InvitationStatus status) =>
        Should.Throw<StateConflictException>(() => In(status).GiveUp(Now));

    [Fact]
    public void Supersede_AnOpenInvitation_IsSupersededAndReportsItWasSent()
    {
        var invitation = new Invitation();
        invitation.Supersede(Now, releaseConfirmed: false).ShouldBe(InvitationStatus.Sent);
        (invitation.Status, invitation.SupersededAt).ShouldBe((InvitationStatus.Superseded, (DateTimeOffset?)Now));
    }

    [Fact]
    public void Supersede_AnAcceptedSeatWithConfirmation_ReleasesIt()
    {
        var invitation = In(InvitationStatus.Accepted);
        invitation.Supersede(Now, releaseConfirmed: true).ShouldBe(InvitationStatus.Accepted);
        invitation.Status.ShouldBe(InvitationStatus.Superseded);
        invitation.RespondedAt.ShouldBe(Now, "the acceptance stays on record");
    }

    [Fact]
    public void Supersede_AnAcceptedSeatWithoutConfirmation_IsRefused()
    {
        var invitation = In(InvitationStatus.Accepted);
        Should.Throw<StateConflictException>(() => invitation.Supersede(Now, releaseConfirmed: false));
        (invitation.Status, invitation.SupersededAt).ShouldBe((InvitationStatus.Accepted, (DateTimeOffset?)null));
    }

    [Theory]
    [InlineData(InvitationStatus.Declined)]
    [InlineData(InvitationStatus.Expired)]
    public void Supersede_ADeclinedOrExpiredSeat_KeepsItsStatusButClosesTheSeat(InvitationStatus status)
    {
        var invitation = In(status);
        invitation.Supersede(Now, releaseConfirmed: false).ShouldBe(status);
        (invitation.Status, invitation.SupersededAt).ShouldBe((status, (DateTimeOffset?)Now));
    }

    [Fact]
    public void Supersede_Twice_IsRefused()
    {
        var invitation = new Invitation();
        invitation.Supersede(Now, releaseConfirmed: false);
        Should.Throw<StateConflictException>(() => invitation.Supersede(Now, releaseConfirmed: true));
        Should.Throw<StateConflictException>(() => invitation.GiveUp(Now));
    }

    [Theory]
    [InlineData(0, false, true)]
    [InlineData(0, true, true)]
    [InlineData(1, false, false)]
    [InlineData(3, true, true)]
    public void MayReleaseAccepted_OnlyWithConfirmationWhileAnyoneAccepted(int accepted, bool confirmed, bool allowed) =>
        Invitation.MayReleaseAccepted(accepted, confirmed).ShouldBe(allowed);

    [Fact]
    public async Task AnswerOnceAsync_TwoAnswers_OnlyTheFirstWins()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var id = await SeedSentAsync(database, ct);

        await using var db = database.NewContext();
        (await Invitation.AnswerOnceAsync(db.Invitations, id, accept: true, Now, ct)).ShouldBeTrue();
        (await Invitation.AnswerOnceAsync(db.Invitations, id, accept: false, Now, ct)).ShouldBeFalse();
        (await Invitation.ExpireOnceAsync(db.Invitations, id, ct)).ShouldBeFalse();
        (await db.Invitations.FindAsync([id], ct))!.Status.ShouldBe(InvitationStatus.Accepted);
    }

    [Fact]
    public async Task ReinviteOnceAsync_OnlyASupersededInvitation_ComesBackOnce()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var id = await SeedSentAsync(database, ct);
        await using var db = database.NewContext();
        (await Invitation.ReinviteOnceAsync(db.Invitations, id, "hash", Guid.NewGuid(), Now, Now.AddDays(7), ct)).ShouldBeFalse("an open invitation is not superseded");

        var tracked = (await db.Invitations.FindAsync([id], ct))!;
        tracked.Supersede(Now, releaseConfirmed: false);
        await db.SaveChangesAsync(ct);

        (await Invitation.ReinviteOnceAsync(db.Invitations, id, "hash", Guid.NewGuid(), Now, Now.AddDays(7), ct)).ShouldBeTrue();
        (await Invitation.ReinviteOnceAsync(db.Invitations, id, "hash", Guid.NewGuid(), Now, Now.AddDays(7), ct)).ShouldBeFalse("the first run revived it");
    }

    private static Invitation In(InvitationStatus status)
    {
        var invitation = new Invitation();
        switch (status)
        {
            case InvitationStatus.Accepted: invitation.Accept(Now); break;
            case InvitationStatus.Declined: invitation.Decline(Now); break;
            case InvitationStatus.Expired: invitation.Expire(); break;
            case InvitationStatus.Superseded: invitation.Supersede(Now, releaseConfirmed: false); break;
            case InvitationStatus.Cancelled: invitation.Cancel(); break;
        }

        return invitation;
    }

    private static async Task<Guid> SeedSentAsync(SqliteTestDatabase database, CancellationToken ct)
    {
        var process = new Process { Id = Guid.NewGuid(), Slug = "once", Topic = "Once", PanelSize = 1, PublicSeed = "1", CreatedBy = "r", CreatedAt = Now };
        var volunteer = new Volunteer { Id = Guid.NewGuid(), ProcessId = process.Id, ExternalId = "a", JoinedAt = Now };
        var invitation = new Invitation { Id = Guid.NewGuid(), ProcessId = process.Id, VolunteerId = volunteer.Id, JobRunId = Guid.NewGuid(), TokenHash = "t", SentAt = Now, Deadline = Now.AddDays(7) };
        await using var setup = database.NewContext();
        setup.AddRange(process, volunteer, invitation);
        await setup.SaveChangesAsync(ct);
        return invitation.Id;
    }
}
