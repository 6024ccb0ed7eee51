using CollectiveAlignment.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>Research: how the invitations of the panel in use stand.</summary>
public static class InvitationsApi
{
    /// <summary>One member of the panel in use.</summary>
    /// <param name="Member">The member's label (imported id, else "volunteer" and the id's first block).</param>
    /// <param name="Invitation">Their live invitation's status; null if none was sent.</param>
    /// <param name="Reachable">Whether an e-mail address is known.</param>
    public sealed record PanelMemberResponse(string Member, string? Invitation, bool Reachable);

    /// <summary>Maps the endpoints into the <c>/processes/{slug}</c> group.</summary>
    public static RouteGroupBuilder MapInvitationsApi(this RouteGroupBuilder process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.MapGet("/panel", GetPanelInvitations)
            .WithName("GetPanelInvitations")
            .WithSummary("The panel in use: each member, their invitation's status (null if none was sent) and whether an e-mail address is known.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return process;
    }

    /// <summary>The panel in use and its invitations.</summary>
    public static async Task<Ok<List<PanelMemberResponse>>> GetPanelInvitations(string slug, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.PanelInvitationsAsync(await db.RequireProcessIdAsync(slug, ct), ct))
            .Select(m => new PanelMemberResponse(m.Label, m.Invitation?.ToString(), m.Reachable))
            .ToList());
}
