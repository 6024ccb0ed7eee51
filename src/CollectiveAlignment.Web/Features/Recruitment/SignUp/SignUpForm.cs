namespace CollectiveAlignment.Web.Features.Recruitment.SignUp;

/// <summary>A sign-up as the join page and the API both submit it, validated once by <see cref="SignUpHandler"/>.</summary>
/// <param name="ConsentVersion">The consent text version the volunteer read; must still be the current one.</param>
/// <param name="Consent">The volunteer's explicit consent; must be true.</param>
/// <param name="Answers">
/// One answer per category: the category's name (any case) or id, to the value's name (exact) or id. The page posts ids,
/// the API names.
/// </param>
/// <param name="Household">The home address, required while the process applies the one-per-household rule; stored only as a hash.</param>
public sealed record SignUpForm(int ConsentVersion, bool Consent, IReadOnlyDictionary<string, string>? Answers, string? Household);
