using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Features.Recruitment.Setup;
using CollectiveAlignment.Web.Features.Recruitment.SignUp;
using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Web.Infrastructure.Security;
using CollectiveAlignment.Web.Infrastructure.Settings;
using CollectiveAlignment.Web.Jobs;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Features.Recruitment;

/// <summary>Recruitment's registrations and endpoints, slice by slice; its pages are found by the router.</summary>
public static class RecruitmentFeature
{
    /// <summary>The media type of the categories and people files.</summary>
    public const string Csv = "text/csv";

    /// <summary>Adds the handlers, jobs and options of every recruitment slice.</summary>
    public static IServiceCollection AddRecruitment(this IServiceCollection services, IConfiguration configuration)
    {
        // Setup: creating and configuring a process, opening and closing it.
        services.AddScoped<CreateProcessHandler>();
        services.AddScoped<CategoriesHandler>();
        services.AddScoped<QuotasHandler>();
        services.AddScoped<PublishConsentHandler>();
        services.AddScoped<OpenSignUpHandler>();
        services.AddScoped<HouseholdRuleHandler>();
        services.AddScoped<CloseProcessHandler>();

        // Pool: importing, exporting and removing people.
        services.AddScoped<ImportPoolHandler>();
        services.AddScoped<ExportPoolHandler>();
        services.AddScoped<RemoveImportedPersonHandler>();
        services.AddScoped<PoolExit>();

        // Sign-up: joining and withdrawing.
        services.AddScoped<SignUpHandler>();
        services.AddScoped<WithdrawHandler>();

        // Selection: panel runs, replacement draws and their pushed progress.
        services.AddScoped<StartSelectionRunHandler>();
        services.AddJobHandler<SelectPanelJob, SelectionRunRequest>(SelectPanelJob.JobKind);
        services.AddJobHandler<ReplaceVolunteerJob, ReplaceRequest>(ReplaceVolunteerJob.JobKind);
        services.AddSingleton<IRunProgressNotifier, InProcessRunProgressNotifier>();

        // Invitations: sending, answering, reminding, expiring and notices.
        services.AddValidatedOptions<InvitationOptions>(InvitationOptions.SectionName);
        services.AddSingleton<IValidateOptions<InvitationOptions>, InvitationOptionsValidator>();
        services.AddScoped<InvitationService>();
        services.AddScoped<InvitationEmails>();
        services.AddScoped<AnswerInvitationHandler>();
        services.AddScoped<VacatedSeats>();
        services.AddJobHandler<InviteSelectedJob, InviteRequest>(InviteSelectedJob.JobKind);
        services.AddJobHandler<InvitationNoticeJob, NoticeRequest>(InvitationNoticeJob.JobKind);
        services.AddScoped<InvitationDeadlineJob>();
        services.AddHostedService<InvitationDeadlineSchedule>();
        return services;
    }

    /// <summary>Maps the recruitment API: research endpoints under <c>/processes/{slug}</c>, and the participants' sign-up.</summary>
    public static IEndpointRouteBuilder MapRecruitment(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapApiV1();
        var process = api.MapGroup("/processes/{slug}").RequireAuthorization(Policies.Research).WithTags("Recruitment");
        process.MapSetupApi();
        process.MapPoolApi();
        process.MapSelectionApi();
        process.MapInvitationsApi();
        api.MapSignUpApi();
        return endpoints;
    }
}
