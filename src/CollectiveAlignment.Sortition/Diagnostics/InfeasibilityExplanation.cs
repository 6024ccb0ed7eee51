namespace CollectiveAlignment.Sortition;

/// <summary>Why no panel meets the quotas, and the smallest change of quotas that would fix it.</summary>
/// <param name="Summary">One sentence for people.</param>
/// <param name="ConflictingCategories">Categories whose quotas conflict (alone, in pairs, or jointly as found by the relaxation).</param>
/// <param name="Reasons">Specific findings, e.g. "the minima of category 'age' sum to 45 &gt; panel size 40".</param>
/// <param name="Relaxations">Quota changes with the smallest total (seats added to maxima plus seats removed from minima); empty if none exists.</param>
/// <param name="TotalRelaxation">Sum of the changes in <see cref="Relaxations"/>.</param>
/// <param name="WithinFlex">Whether the suggestion respects every <c>min_flex</c>/<c>max_flex</c> bound.</param>
public sealed record InfeasibilityExplanation(
    string Summary,
    IReadOnlyList<string> ConflictingCategories,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<QuotaRelaxation> Relaxations,
    int TotalRelaxation,
    bool WithinFlex);
