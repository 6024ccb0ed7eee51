namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>A new consent text version as a researcher enters it.</summary>
/// <param name="Body">The invitation and general terms.</param>
/// <param name="Collected">What personal data is collected.</param>
/// <param name="Purpose">Why.</param>
/// <param name="Retention">How long it is kept.</param>
/// <param name="Withdrawal">How to withdraw.</param>
public sealed record ConsentInput(string Body, string Collected, string Purpose, string Retention, string Withdrawal);
