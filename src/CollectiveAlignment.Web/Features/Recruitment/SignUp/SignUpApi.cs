using System.Security.Claims;
using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectiveAlignment.Web.Features.Recruitment.SignUp;

/// <summary>Participate: signing up for a process's pool, the API twin of the join page (both go through <see cref="SignUpHandler"/>).</summary>
public static class SignUpApi
{
    /// <summary>A sign-up.</summary>
    /// <param name="ConsentVersion">The consent text version the volunteer read; must be the current one.</param>
    /// <param name="Consent">The volunteer's explicit consent; must be true.</param>
    /// <param name="Answers">Category name to value name, one per category.</param>
    /// <param name="Household">The home address, required while the process applies the one-per-household rule; stored only as a hash.</param>
    public sealed record JoinRequest(int ConsentVersion, bool Consent, IReadOnlyDictionary<string, string>? Answers, string? Household);

    /// <summary>A recorded sign-up.</summary>
    /// <param name="VolunteerId">The volunteer.</param>
    /// <param name="ConsentVersion">The consent version accepted.</param>
    public sealed record JoinResponse(Guid VolunteerId, int ConsentVersion);

    /// <summary>Maps the endpoints into the API group.</summary>
    public static RouteGroupBuilder MapSignUpApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/processes/{slug}/volunteers", PostVolunteer)
            .RequireAuthorization(Policies.Participate)
            .WithTags("Participation")
            .WithName("PostVolunteer")
            .WithSummary("Signs the caller up for the process's pool: consent to the current version and one answer per category. 409 when sign-up is closed.")
            .WithMetadata(new ProblemTitles("The sign-up is incomplete", "The sign-up cannot be recorded"))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>Records the sign-up.</summary>
    public static async Task<Created<JoinResponse>> PostVolunteer(string slug, JoinRequest body, ClaimsPrincipal user, SignUpHandler handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var volunteer = await handler.HandleAsync(user.UserId(), slug, new SignUpForm(body.ConsentVersion, body.Consent, body.Answers, body.Household), ct);
        return TypedResults.Created($"{ApiV1.Prefix}/processes/{slug}/volunteers/{volunteer.Id}", new JoinResponse(volunteer.Id, volunteer.ConsentVersion ?? body.ConsentVersion));
    }
}
