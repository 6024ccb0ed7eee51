using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CollectiveAlignment.Web.Features.Recruitment.SignUp;

/// <summary>
/// Signs a participant up for a process's pool: consent to the current version and the screening answers, recorded
/// apart. The only place sign-up is validated; the join page and the API both call it. Its messages are shown to the
/// participant, so they are in the request's culture (the API's problem details too).
/// </summary>
public sealed class SignUpHandler(AppDbContext db, AuditLog audit, TimeProvider time, IStringLocalizer<SignUpHandler> localizer)
{
    /// <summary>Validates the form and adds the volunteer (audited, without the answers).</summary>
    /// <exception cref="NotFoundException">The slug is unknown.</exception>
    /// <exception cref="StateConflictException">Sign-up is not open, the consent text changed, or the user already volunteered.</exception>
    /// <exception cref="InvalidInputException">Consent is missing, an answer is missing or unknown, or the household address is required and missing.</exception>
    public async Task<Volunteer> HandleAsync(string userId, string slug, SignUpForm form, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(form);
        var process = await db.RequireProcessAsync(slug, ct);
        // State first: a closed process is a conflict whatever the form says.
        process.EnsureAcceptsSignUps();
        if (!form.Consent)
        {
            throw new InvalidInputException(localizer["ConsentRequired"]);
        }

        var current = process.ConsentTexts[^1];
        if (form.ConsentVersion != current.Version)
        {
            throw new StateConflictException(localizer["ConsentChanged", current.Version]);
        }

        if (await db.Volunteers.AnyAsync(v => v.ProcessId == process.Id && v.UserId == userId && v.Status != VolunteerStatus.Withdrawn, ct))
        {
            throw new StateConflictException(localizer["AlreadyVolunteered"]);
        }

        // Validate every answer before adding anything, so a rejected form leaves nothing pending in the context.
        var answers = new Dictionary<Guid, Guid>();
        foreach (var category in process.Categories)
        {
            var given = form.Answers?.FirstOrDefault(a => string.Equals(a.Key, category.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Key, category.Id.ToString(), StringComparison.OrdinalIgnoreCase)).Value;
            var value = category.Values.FirstOrDefault(v => string.Equals(v.Name, given, StringComparison.Ordinal) || string.Equals(v.Id.ToString(), given, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidInputException(localizer["AnswerRequired", category.Name, string.Join(", ", category.Values.Select(v => v.Name))]);
            answers[category.Id] = value.Id;
        }

        var householdKey = HouseholdKeys.Hash(process.Id, form.Household);
        if (process.OnePerHousehold && householdKey is null)
        {
            throw new InvalidInputException(localizer["HouseholdRequired"]);
        }

        // A sign-up joins the pool (Pooled, the status's default).
        var volunteer = new Volunteer
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            UserId = userId,
            HouseholdKey = householdKey,
            ConsentVersion = current.Version,
            JoinedAt = time.GetUtcNow(),
        };
        db.Volunteers.Add(volunteer);
        foreach (var (categoryId, valueId) in answers)
        {
            db.ScreeningAnswers.Add(new ScreeningAnswer { VolunteerId = volunteer.Id, CategoryId = categoryId, ValueId = valueId });
        }

        // The audit entry names the volunteer and consent version, never the answers: the chain cannot be erased.
        try
        {
            await audit.AppendAsync(userId, "recruitment.volunteered", volunteer.Id.ToString(), new { process = process.Slug, consentVersion = current.Version }, ct);
        }
        catch (DbUpdateException)
        {
            if (!await AlreadyVolunteeredAsync(process.Id, userId))
            {
                throw;
            }

            // A concurrent sign-up of the same account won the unique index: answer as a later sign-up would.
            throw new StateConflictException(localizer["AlreadyVolunteered"]);
        }

        return volunteer;
    }

    private async Task<bool> AlreadyVolunteeredAsync(Guid processId, string userId)
    {
        db.ChangeTracker.Clear();
        return await db.Volunteers.AnyAsync(v => v.ProcessId == processId && v.UserId == userId);
    }
}
