using CollectiveAlignment.Data.Identity;
using CollectiveAlignment.Web.Infrastructure.Settings;
using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>Registers the e-mail transport chosen by configuration.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IEmailTransport"/> (pickup folder or SMTP) and Identity's e-mail sender.</summary>
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(EmailOptions.SectionName).Get<EmailOptions>() ?? new EmailOptions();
        services.AddValidatedOptions<EmailOptions>(EmailOptions.SectionName);
        switch (options.Delivery)
        {
            case EmailDelivery.PickupFolder:
                var folder = string.IsNullOrWhiteSpace(options.PickupDirectory)
                    ? Path.Combine(PortalPaths.DataDirectory(configuration, environment), "mail")
                    : Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.PickupDirectory));
                services.AddSingleton<IEmailTransport>(sp => new PickupFolderEmailTransport(
                    folder, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PickupFolderEmailTransport>>()));
                break;
            case EmailDelivery.Smtp:
                services.AddSingleton<IEmailTransport>(sp => new SmtpEmailTransport(options.Smtp, sp.GetRequiredService<ILogger<SmtpEmailTransport>>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Email:Delivery '{options.Delivery}'. Use PickupFolder or Smtp.");
        }

        services.AddSingleton<IEmailSender<ApplicationUser>, IdentityEmailSender>();
        return services;
    }
}
