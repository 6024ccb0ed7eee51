using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace CollectiveAlignment.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd, storing messages in a maildir. <c>.ci/run</c> installs it
/// (package python3-aiosmtpd); where it is missing the test is skipped with that reason.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process _process;
    private readonly string _maildir;

    private LoopbackSmtpServer(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    public static async Task<LoopbackSmtpServer> StartAsync()
    {
        if (!File.Exists(Python) || !await HasAiosmtpdAsync())
        {
            Assert.Skip("aiosmtpd is not installed (apt-get install python3-aiosmtpd); .ci/run installs it.");
        }

        var port = FreePort();
        var maildir = Path.Combine(Path.GetTempPath(), "ca-smtp-" + Guid.NewGuid().ToString("N"));
        var process = Process.Start(new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var server = new LoopbackSmtpServer(process, maildir, port);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("aiosmtpd did not start listening within 20 s.");
    }

    public async Task<MimeMessage> WaitForMessageAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var newMail = Path.Combine(_maildir, "new");
        while (DateTime.UtcNow < deadline)
        {
            var file = Directory.Exists(newMail) ? Directory.GetFiles(newMail).FirstOrDefault() : null;
            if (file is not null)
            {
                return await MimeMessage.LoadAsync(file);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No message reached the SMTP server.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> HasAiosmtpdAsync()
    {
        using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"]) { RedirectStandardError = true })!;
        await check.WaitForExitAsync();
        return check.ExitCode == 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }
}
