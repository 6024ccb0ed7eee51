using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Infrastructure.Security;

namespace CollectiveAlignment.Web.Features.Recruitment.SignUp;

/// <summary>Participate: signing up for a process's pool, the API twin of the join page.</summary>
public static class ParticipationApi
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

    /// <summary>Maps the resource.</summary>
    public static RouteGroupBuilder MapParticipationApi(this RouteGroupBuilder api)
    {
        api.MapPost("/processes/{slug}/volunteers", async (string slug, JoinRequest body, HttpContext context, RecruitmentService recruitment, CancellationToken ct) =>
            {
                var process = await recruitment.FindAsync(slug, ct);
                if (process is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no process at '{slug}'.");
                }

                // State first: a closed process is a conflict whatever the form says.
                if (process.Status != ProcessStatus.Recruiting)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Sign-up is not open",
                        detail: process.Status == ProcessStatus.Closed ? "This process is closed: it no longer accepts volunteers." : "This process is not recruiting volunteers at the moment.");
                }

                if (!body.Consent)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Consent is required", detail: "Set consent to true: nobody is added to the pool without explicit consent.");
                }

                var answers = new Dictionary<Guid, Guid>();
                foreach (var category in process.Categories)
                {
                    var given = body.Answers?.FirstOrDefault(a => string.Equals(a.Key, category.Name, StringComparison.OrdinalIgnoreCase)).Value;
                    var value = category.Values.FirstOrDefault(v => string.Equals(v.Name, given, StringComparison.Ordinal));
                    if (value is null)
                    {
                        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The answers are incomplete",
                            detail: $"Answer '{category.Name}' with one of: {string.Join(", ", category.Values.Select(v => v.Name))}.");
                    }

                    answers[category.Id] = value.Id;
                }

                try
                {
                    var volunteer = await recruitment.JoinAsync(context.User.UserId(), slug, body.ConsentVersion, answers, body.Household, ct);
                    return Results.Created($"{ApiV1.Prefix}/processes/{slug}/volunteers/{volunteer.Id}", new JoinResponse(volunteer.Id, volunteer.ConsentVersion ?? body.ConsentVersion));
                }
                catch (RecruitmentException ex)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The sign-up cannot be recorded", detail: ex.Message);
                }
            })
            .RequireAuthorization(Policies.Participate)
            .WithTags("Participation")
            .WithName("PostVolunteer")
            .WithSummary("Signs the caller up for the process's pool: consent to the current version and one answer per category. 409 when sign-up is closed.");
        return api;
    }
}
