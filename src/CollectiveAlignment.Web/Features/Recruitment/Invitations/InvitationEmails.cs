using System.Globalization;
using System.Net;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Infrastructure.Email;
using CollectiveAlignment.Web.Infrastructure.Localisation;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>
/// Writes the invitation, reminder and notice e-mails from resource files. They are sent by background jobs, which have
/// no request and so no request culture: each is written in the portal's default culture (<c>Localisation:DefaultCulture</c>),
/// until the volunteer's own culture is stored with them.
/// </summary>
public sealed class InvitationEmails(
    IStringLocalizer<InvitationEmails> localizer, EmailOptions email, PublicLinks links, IOptions<LocalisationOptions> localisation)
{
    /// <summary>The invitation (or, with <paramref name="reminder"/>, its reminder) with the accept and decline links of <paramref name="token"/>.</summary>
    public MimeMessage Invitation(string to, Process process, string token, DateTimeOffset deadline, bool reminder = false) => InPortalCulture(() =>
    {
        var accept = links.To($"participate/invitations/{token}/accept");
        var decline = links.To($"participate/invitations/{token}/decline");
        var message = Addressed(to);
        message.Subject = reminder ? localizer["ReminderSubject", process.Topic] : localizer["InvitationSubject", process.Topic];
        string text = reminder ? localizer["ReminderText", process.Topic, deadline] : localizer["InvitationText", process.Topic, deadline];
        message.Body = new BodyBuilder
        {
            TextBody = $"{text}\n\n{localizer["AcceptLine", accept]}\n{localizer["DeclineLine", decline]}\n",
            HtmlBody = $"<p>{WebUtility.HtmlEncode(text)}</p>"
                + $"<p><a href=\"{accept}\">{WebUtility.HtmlEncode(localizer["AcceptLink"])}</a></p>"
                + $"<p><a href=\"{decline}\">{WebUtility.HtmlEncode(localizer["DeclineLink"])}</a></p>",
        }.ToMessageBody();
        return message;
    });

    /// <summary>The notice that an invitation no longer applies: superseded by a later panel, or cancelled by closing.</summary>
    public MimeMessage Notice(string to, Process process, InvitationStatus status, bool accepted) => InPortalCulture(() =>
    {
        var message = Addressed(to);
        message.Subject = localizer["NoticeSubject", process.Topic];
        var sentences = new List<string>
        {
            status == InvitationStatus.Cancelled ? localizer["NoticeCancelled", process.Topic] : localizer["NoticeSuperseded", process.Topic],
        };
        if (accepted)
        {
            sentences.Add(localizer["NoticeSeatReleased"]);
        }

        sentences.Add(localizer["NoticeClosing"]);
        var text = string.Join(" ", sentences);
        message.Body = new BodyBuilder { TextBody = text + "\n", HtmlBody = $"<p>{WebUtility.HtmlEncode(text)}</p>" }.ToMessageBody();
        return message;
    });

    private MimeMessage Addressed(string to)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(email.From));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }

    // Resource lookup and argument formatting both read the thread's cultures; a job's thread has whatever it inherited.
    private T InPortalCulture<T>(Func<T> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var portal = CultureInfo.GetCultureInfo(localisation.Value.DefaultCulture);
        CultureInfo.CurrentCulture = portal;
        CultureInfo.CurrentUICulture = portal;
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
