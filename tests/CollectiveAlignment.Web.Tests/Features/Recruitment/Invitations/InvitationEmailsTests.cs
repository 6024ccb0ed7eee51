using System.Globalization;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Infrastructure.Email;
using CollectiveAlignment.Web.Infrastructure.Localisation;
using CollectiveAlignment.Web.Infrastructure.Security;
using CollectiveAlignment.Web.Tests.Infrastructure.Localisation;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Invitations;

/// <summary>Invitation e-mails are written in the portal's default culture, whatever culture the sending thread has.</summary>
public sealed class InvitationEmailsTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 12, 9, 17, 5, 0, TimeSpan.Zero);

    private static InvitationEmails Emails() => new(
        TestLocalizers.For<InvitationEmails>(),
        new EmailOptions(),
        new PublicLinks(Options.Create(new InvitationOptions { PublicBaseUrl = "https://portal.example/" })),
        Options.Create(new LocalisationOptions()));

    private static Process Climate() => new() { Topic = "Climate", Slug = "climate" };

    [Fact]
    public void Invitation_OnAThreadWithAnotherCalendar_IsWrittenInTheDefaultCultureAndRestoresTheThread()
    {
        var thread = CultureInfo.GetCultureInfo("fa-IR");
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = thread;
        try
        {
            var message = Emails().Invitation("v@example.org", Climate(), "tok", Deadline, reminder: true);

            CultureInfo.CurrentCulture.ShouldBe(thread);
            CultureInfo.CurrentUICulture.ShouldBe(thread);
            message.Subject.ShouldBe("Reminder: You were selected for the panel on Climate");
            message.TextBody.ShouldBe(
                "You were selected by lot to sit on the panel on \"Climate\". Please answer by 2026-12-09 17:05 UTC; after that your seat goes to someone else."
                + " The links below replace those in our first e-mail.\n\nAccept: https://portal.example/participate/invitations/tok/accept\nDecline: https://portal.example/participate/invitations/tok/decline\n");
            message.HtmlBody.ShouldEndWith(
                "<p><a href=\"https://portal.example/participate/invitations/tok/accept\">Accept my seat</a></p><p><a href=\"https://portal.example/participate/invitations/tok/decline\">Decline</a></p>");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Fact]
    public void Notice_AcceptedSeatCancelled_SaysTheSeatIsReleased()
    {
        var message = Emails().Notice("v@example.org", Climate(), InvitationStatus.Cancelled, accepted: true);

        message.Subject.ShouldBe("Your invitation to the panel on Climate no longer applies");
        message.TextBody.ShouldBe(
            "Recruitment for the panel on \"Climate\" has closed, so the invitation we sent you no longer applies and its links no longer work."
            + " This also means the seat you accepted is released. We are sorry for the change of plan."
            + " You do not need to do anything. Thank you for volunteering.\n");
    }

    [Fact]
    public void Notice_Superseded_LeavesOutTheSeat()
    {
        var message = Emails().Notice("v@example.org", Climate(), InvitationStatus.Superseded, accepted: false);

        message.TextBody.ShouldBe(
            "The panel on \"Climate\" was drawn again by lot, and you are not on the new panel, so the invitation we sent you no longer applies and its links no longer work."
            + " You do not need to do anything. Thank you for volunteering.\n");
    }
}
