using CollectiveAlignment.Web.Infrastructure;
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

var app = builder.Build();
if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

await app.InitializeDatabaseAsync();
await app.SeedAsync();
app.UsePortalPipeline();
app.MapPortal();
await app.RunAsync();
return 0;

/// <summary>The portal's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
