using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using CollectiveAlignment.Web.Api.V1;
using CollectiveAlignment.Web.Components;
using CollectiveAlignment.Web.Infrastructure.Aggregation;
using CollectiveAlignment.Web.Infrastructure.Health;
using CollectiveAlignment.Web.Infrastructure.Security;
using CollectiveAlignment.Web.Infrastructure.Settings;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Infrastructure;

/// <summary>The portal's services and request pipeline, in the order they matter.</summary>
public static class PortalPipeline
{
    /// <summary>UI, problem details, OpenAPI, rate limits, health checks, data protection.</summary>
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.AddAccountRateLimiting(configuration);
        services.AddPortalHealthChecks();
        services.AddAggregationMethods(configuration, environment);
        services.AddScoped<Areas.Admin.Roles.RoleAdministration>();
        services.AddJobHandler<Areas.Admin.Audit.VerifyAuditChainJob, NoPayload>(Areas.Admin.Audit.VerifyAuditChainJob.JobKind);
        services.AddScoped<Areas.Research.Recruitment.RecruitmentService>();
        services.AddJobHandler<Areas.Research.Recruitment.SelectPanelJob, Areas.Research.Recruitment.SelectionRunRequest>(Areas.Research.Recruitment.SelectPanelJob.JobKind);
        services.AddValidatedOptions<Areas.Research.Recruitment.InvitationOptions>(Areas.Research.Recruitment.InvitationOptions.SectionName);
        services.AddSingleton<IValidateOptions<Areas.Research.Recruitment.InvitationOptions>, InvitationOptionsValidator>();
        services.AddScoped<Areas.Research.Recruitment.InvitationService>();
        services.AddScoped<PublicLinks>();
        services.AddScoped<AccountSessions>();
        services.AddPortalHostFiltering(environment);
        services.AddJobHandler<Areas.Research.Recruitment.InviteSelectedJob, Areas.Research.Recruitment.InviteRequest>(Areas.Research.Recruitment.InviteSelectedJob.JobKind);
        services.AddJobHandler<Areas.Research.Recruitment.InvitationNoticeJob, Areas.Research.Recruitment.NoticeRequest>(Areas.Research.Recruitment.InvitationNoticeJob.JobKind);
        services.AddJobHandler<Areas.Research.Recruitment.ReplaceVolunteerJob, Areas.Research.Recruitment.ReplaceRequest>(Areas.Research.Recruitment.ReplaceVolunteerJob.JobKind);
        services.AddScoped<Areas.Research.Recruitment.InvitationDeadlineJob>();
        services.AddHostedService<Areas.Research.Recruitment.InvitationDeadlineSchedule>();
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

    /// <summary>Endpoints: static assets, health, API, OpenAPI document, Blazor pages, Identity endpoints, job dashboard.</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapPortalHealthChecks();
        app.MapApiV1();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapBackgroundJobsDashboard();
        return app;
    }
}
