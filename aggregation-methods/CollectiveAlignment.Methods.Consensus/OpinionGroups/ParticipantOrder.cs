namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// The canonical processing order of participants: by id, numerically when both ids are integers (Polis pids, which are
/// join order), otherwise ordinally. Every order-sensitive step (k-means seeding by "first distinct rows", tie-breaks,
/// floating-point summation order) follows it, so shuffling the input rows cannot change the result.
/// </summary>
internal sealed class ParticipantOrder : IComparer<string>
{
    public static readonly ParticipantOrder Instance = new();

    public static int[] Of(IReadOnlyList<string> ids)
    {
        var order = Enumerable.Range(0, ids.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = Instance.Compare(ids[a], ids[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }

    public int Compare(string? x, string? y)
    {
        var xn = TryNumber(x, out var xv);
        var yn = TryNumber(y, out var yv);
        if (xn && yn)
        {
            return xv.CompareTo(yv);
        }

        if (xn != yn)
        {
            return xn ? -1 : 1;
        }

        return string.CompareOrdinal(x, y);
    }

    private static bool TryNumber(string? s, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(s) || s.Length > 18)
        {
            return false;
        }

        foreach (var ch in s)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ch - '0');
        }

        return true;
    }
}
