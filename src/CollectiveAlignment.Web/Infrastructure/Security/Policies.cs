namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>The authorisation policy of each portal area. Admins may enter every area but Participate, which is for the public.</summary>
public static class Policies
{
    /// <summary>Area Participate: participants.</summary>
    public const string Participate = "area:participate";

    /// <summary>Area Moderate: moderators (and admins).</summary>
    public const string Moderate = "area:moderate";

    /// <summary>Area Research: researchers (and admins).</summary>
    public const string Research = "area:research";

    /// <summary>Area Specs: approvers and researchers (and admins).</summary>
    public const string Specs = "area:specs";

    /// <summary>Area Admin: admins only.</summary>
    public const string Admin = "area:admin";
}
