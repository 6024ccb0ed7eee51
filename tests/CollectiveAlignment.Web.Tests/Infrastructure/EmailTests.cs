using CollectiveAlignment.Web.Infrastructure.Email;
using CollectiveAlignment.Web.Tests.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace CollectiveAlignment.Web.Tests.Infrastructure;

public sealed class EmailTests
{
    [Fact]
    public async Task PickupFolder_ConfirmationLink_WritesAReadableEmlFile()
    {
        using var portal = new PortalFactory();
        var sender = portal.Services.GetRequiredService<IEmailSender<ApplicationUser>>();

        await sender.SendConfirmationLinkAsync(new ApplicationUser(), "ada@example.org", "https://portal.example/confirm?code=a&amp;userId=b");

        var file = Directory.GetFiles(portal.MailDirectory, "*.eml").ShouldHaveSingleItem();
        var message = await MimeMessage.LoadAsync(file);
        message.To.Mailboxes.Single().Address.ShouldBe("ada@example.org");
        message.Subject.ShouldBe("Confirm your CollectiveAlignment account");
        message.TextBody.ShouldContain("https://portal.example/confirm?code=a&userId=b");
    }

    [Fact]
    public async Task Smtp_RealServerOnLoopback_DeliversTheMessage()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var transport = new SmtpEmailTransport(
            new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None },
            NullLogger<SmtpEmailTransport>.Instance);
        var sender = new IdentityEmailSender(transport, new EmailOptions(), TestLocalizers.For<IdentityEmailSender>());

        await sender.SendPasswordResetLinkAsync(new ApplicationUser(), "grace@example.org", "https://portal.example/reset?code=x");

        var delivered = await server.WaitForMessageAsync(TimeSpan.FromSeconds(20));
        delivered.To.Mailboxes.Single().Address.ShouldBe("grace@example.org");
        delivered.Subject.ShouldBe("Reset your CollectiveAlignment password");
        delivered.TextBody.ShouldContain("https://portal.example/reset?code=x");
    }

    [Fact]
    public async Task Smtp_NoServerListening_ThrowsInsteadOfDroppingTheMessage()
    {
        var transport = new SmtpEmailTransport(
            new SmtpOptions { Host = "127.0.0.1", Port = LoopbackSmtpServer.FreePort(), Security = SmtpSecurity.None },
            NullLogger<SmtpEmailTransport>.Instance);

        await Should.ThrowAsync<Exception>(() => transport.SendAsync(new MimeMessage(
            [MailboxAddress.Parse("a@example.org")], [MailboxAddress.Parse("b@example.org")], "s", new TextPart("plain") { Text = "t" })));
    }
}
