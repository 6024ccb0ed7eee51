using CollectiveAlignment.Web.Features.Account;
using CollectiveAlignment.Web.Features.Audit;
using CollectiveAlignment.Web.Features.Methods;
using CollectiveAlignment.Web.Features.Recruitment;
using CollectiveAlignment.Web.Features.Roles;
using CollectiveAlignment.Web.Features.Runs;
using CollectiveAlignment.Web.Infrastructure;
using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Web.Infrastructure.Commands;
using CollectiveAlignment.Web.Infrastructure.Database;
using CollectiveAlignment.Web.Infrastructure.Demo;
using CollectiveAlignment.Web.Infrastructure.Email;
using CollectiveAlignment.Web.Infrastructure.Localisation;
using CollectiveAlignment.Web.Infrastructure.Security;
using CollectiveAlignment.Web.Jobs;

var builder = WebApplication.CreateBuilder(args);
if (builder.Environment.IsProduction())
{
    builder.Logging.ClearProviders().AddJsonConsole();
}

builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment);
builder.Services.AddPortalIdentity();
builder.Services.AddPortalEmail(builder.Configuration, builder.Environment);
builder.Services.AddBackgroundJobs(builder.Configuration);
builder.Services.AddStartupSeeding();
builder.Services.AddPortalWeb(builder.Configuration, builder.Environment);
builder.Services.AddPortalLocalisation();
builder.Services.AddAccount();
builder.Services.AddRoles();
builder.Services.AddRuns();
builder.Services.AddAudit();
builder.Services.AddMethods(builder.Configuration, builder.Environment);
builder.Services.AddRecruitment(builder.Configuration);

var app = builder.Build();
if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

await app.InitializeDatabaseAsync();
await app.SeedAsync();
app.UsePortalPipeline();
app.MapPortal();
app.MapAccount();
app.MapRoles();
app.MapRuns();
app.MapAudit();
app.MapMethods();
app.MapRecruitment();
app.MapApiV1Fallback();
await app.RunAsync();
return 0;

/// <summary>The portal's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
