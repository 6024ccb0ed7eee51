using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Recruitment;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>
/// Where invitations to volunteers go, in one place: a sign-up's account address (kept current by the account), else
/// the address imported with the people file. Translated to one SQL join.
/// </summary>
public static class VolunteerAddresses
{
    /// <summary>The given volunteers with their invitation addresses.</summary>
    public static IQueryable<VolunteerAddress> WithAddresses(this IQueryable<Volunteer> volunteers, AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from v in volunteers
               join u in db.Users on v.UserId equals u.Id into users
               from u in users.DefaultIfEmpty()
               select new VolunteerAddress { Id = v.Id, ExternalId = v.ExternalId, Status = v.Status, Email = u != null && u.Email != null ? u.Email : v.Email };
    }
}
