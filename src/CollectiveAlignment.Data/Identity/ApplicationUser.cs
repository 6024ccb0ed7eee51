using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Data.Identity;

/// <summary>An account in the portal. Demographics and contact details for recruitment live apart from it, by design.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>A name shown to moderators and other participants instead of the e-mail address.</summary>
    [PersonalData]
    public string? DisplayName { get; set; }
}
