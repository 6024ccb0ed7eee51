namespace CollectiveAlignment.Sortition;

/// <summary>Derives quotas from population shares and the panel size, for researchers who give shares only.</summary>
public static class QuotaDerivation
{
    /// <summary>
    /// Sets each value's quota to <c>[floor(k s) - slack, ceil(k s) + slack]</c> clipped to <c>[0, k]</c>, where <c>s</c> is
    /// the value's population share normalised within its category (values without a share get <c>[0, k]</c>).
    /// </summary>
    /// <param name="categories">Categories whose values carry <see cref="CategoryValue.PopulationShare"/>.</param>
    /// <param name="panelSize">Panel size <c>k</c>.</param>
    /// <param name="slack">Extra seats of tolerance on each side (0 = the tightest quotas containing the exact share).</param>
    /// <returns>The categories with derived min and max.</returns>
    public static IReadOnlyList<Category> FromShares(IReadOnlyList<Category> categories, int panelSize, int slack = 0)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentOutOfRangeException.ThrowIfLessThan(panelSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(slack);
        return categories.Select(category =>
        {
            var total = category.Values.Sum(v => v.PopulationShare ?? 0);
            var values = category.Values.Select(v =>
            {
                if (v.PopulationShare is not double share || total <= 0)
                {
                    return v with { Min = 0, Max = panelSize };
                }

                var target = panelSize * share / total;
                // Round the target first so that shares like 0.3 * 10 = 3.0000000000000004 do not widen the quota.
                var exact = Math.Round(target, 9);
                var min = Math.Max(0, (int)Math.Floor(exact) - slack);
                var max = Math.Min(panelSize, (int)Math.Ceiling(exact) + slack);
                return v with { Min = min, Max = max };
            }).ToList();
            return category with { Values = values };
        }).ToList();
    }
}
