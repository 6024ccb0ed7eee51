using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CollectiveAlignment.EndToEnd.Tests;

/// <summary>
/// The real portal served by Kestrel on a loopback port, as <c>dotnet run</c> would (Development environment, SQLite,
/// in-memory jobs, pickup-folder e-mail), in a temporary data directory and without demo accounts.
/// </summary>
public sealed class KestrelPortal : WebApplicationFactory<Program>
{
    public KestrelPortal()
    {
        Port = FreePort();
        UseKestrel(Port);
    }

    public int Port { get; }

    // "localhost", not 127.0.0.1: browsers treat it as a secure context, which WebAuthn (passkeys on the sign-in page) needs.
    public string BaseUrl => $"http://localhost:{Port}";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "ca-e2e-" + Guid.NewGuid().ToString("N"));

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Seed", "false");
        // E-mailed links are built from the configured public address, not the request, so it must be this server's.
        builder.UseSetting("Invitations:PublicBaseUrl", BaseUrl);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(DataDirectory))
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Harmless leftover in the temporary folder.
            }
        }
    }
}
