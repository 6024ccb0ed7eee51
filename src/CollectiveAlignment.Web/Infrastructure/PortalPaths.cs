namespace CollectiveAlignment.Web.Infrastructure;

/// <summary>Where the portal keeps its runtime files (SQLite database, e-mail pickup folder, data-protection keys).</summary>
public static class PortalPaths
{
    /// <summary>The data directory: <c>DataDirectory</c> from configuration, relative to the content root; <c>App_Data</c> by default.</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["DataDirectory"];
        var path = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
    }
}
