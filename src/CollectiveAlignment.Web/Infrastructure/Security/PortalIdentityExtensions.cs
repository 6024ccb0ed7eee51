using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Configuration;
using CollectiveAlignment.Data.Identity;
using CollectiveAlignment.Web.Components.Account;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>Accounts, roles, sign-in cookies and the role policies that guard each area.</summary>
public static class PortalIdentityExtensions
{
    /// <summary>Failed sign-ins before an account is locked.</summary>
    public const int MaxFailedAccessAttempts = 5;

    /// <summary>Adds ASP.NET Core Identity with EF Core stores, roles and the portal's cookie rules.</summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                IdentitySchema.Apply(options);
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            // An API client wants a status code and problem details, not a redirect to an HTML sign-in page. Only the two
            // redirects are replaced: Identity's events object also carries the security-stamp check (OnValidatePrincipal).
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddSessionRevalidation();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Participate, p => p.RequireRole(Roles.Participant))
            .AddPolicy(Policies.Moderate, p => p.RequireRole(Roles.Moderator, Roles.Admin))
            .AddPolicy(Policies.Research, p => p.RequireRole(Roles.Researcher, Roles.Admin))
            .AddPolicy(Policies.Specs, p => p.RequireRole(Roles.Approver, Roles.Researcher, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
