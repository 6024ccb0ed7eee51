using CollectiveAlignment.Web.Components;
using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Web.Infrastructure.Health;
using CollectiveAlignment.Web.Infrastructure.Security;
using CollectiveAlignment.Web.Jobs;
using Microsoft.AspNetCore.DataProtection;

namespace CollectiveAlignment.Web.Infrastructure;

/// <summary>The portal's services and request pipeline, in the order they matter.</summary>
public static class PortalPipeline
{
    /// <summary>UI, problem details and the domain-error mapping, OpenAPI, rate limits, health checks, data protection.</summary>
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.AddAccountRateLimiting(configuration);
        services.AddPortalHealthChecks();
        // Domain errors of every feature become 404/400/409 problem details here, in one place.
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.AddScoped<PublicLinks>();
        services.AddScoped<AccountSessions>();
        services.AddPortalHostFiltering(environment);
        // Keys survive restarts, so sign-in cookies and antiforgery tokens stay valid across deployments.
        services.AddDataProtection()
            .SetApplicationName("CollectiveAlignment")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(PortalPaths.DataDirectory(configuration, environment), "keys")));
        return services;
    }

    /// <summary>Middleware order: errors, transport security, headers, static files, auth, limits, antiforgery.</summary>
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Before anything renders text: pages, e-mails and status pages read the request's culture.
        app.UseRequestLocalization();
        // API requests get problem details for bare status codes; pages get the portal's not-found page.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(ApiV1.Prefix, StringComparison.OrdinalIgnoreCase),
            api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments(ApiV1.Prefix, StringComparison.OrdinalIgnoreCase),
            pages => pages.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
        // Explicit, and after the status-code pages, so a re-executed request (/status/404) is routed again.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Endpoints: static assets, health, OpenAPI document, Blazor pages, Identity endpoints, job dashboard; each feature maps its own API.</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapPortalHealthChecks();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapBackgroundJobsDashboard();
        return app;
    }
}
