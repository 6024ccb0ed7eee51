namespace CollectiveAlignment.Methods.Cardinal.Explanations;

/// <summary>
/// A candidate's majority-judgment gauge: the lower median grade, then the share of grades above it (<see cref="Sign"/> = +1)
/// or below it (−1), whichever is larger.
/// </summary>
/// <param name="Median">The lower median grade.</param>
/// <param name="Sign">+1 when more weight is above the median than below, −1 otherwise (0 when neither).</param>
/// <param name="Share">The larger of the two shares, as a fraction of the candidate's total weight.</param>
public sealed record MajorityGrade(int Median, int Sign, double Share);
