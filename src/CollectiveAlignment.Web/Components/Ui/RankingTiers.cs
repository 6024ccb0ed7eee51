namespace CollectiveAlignment.Web.Components.Ui;

/// <summary>Turns a <see cref="SortableList{TItem}"/> order with ties into ranks and tiers (a ranked ballot with ties).</summary>
public static class RankingTiers
{
    /// <summary>
    /// Groups <paramref name="order"/> into tiers, best first: an item in <paramref name="tiedWithAbove"/> joins the tier of
    /// the item above it (the first item always starts a tier).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TItem>> Group<TItem>(IReadOnlyList<TItem> order, IReadOnlyCollection<TItem> tiedWithAbove)
        where TItem : notnull
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(tiedWithAbove);
        var tiers = new List<List<TItem>>();
        for (var i = 0; i < order.Count; i++)
        {
            if (i == 0 || !tiedWithAbove.Contains(order[i]))
            {
                tiers.Add([]);
            }

            tiers[^1].Add(order[i]);
        }

        return tiers;
    }

    /// <summary>The rank (1-based tier number) of each position of <paramref name="order"/>.</summary>
    public static int[] Ranks<TItem>(IReadOnlyList<TItem> order, IReadOnlyCollection<TItem> tiedWithAbove)
        where TItem : notnull
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(tiedWithAbove);
        var ranks = new int[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            ranks[i] = i == 0 ? 1 : ranks[i - 1] + (tiedWithAbove.Contains(order[i]) ? 0 : 1);
        }

        return ranks;
    }
}
