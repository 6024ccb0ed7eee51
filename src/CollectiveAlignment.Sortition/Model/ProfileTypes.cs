namespace CollectiveAlignment.Sortition;

/// <summary>
/// The pool grouped into types: people with the same value in every category are interchangeable, so the leximin
/// probabilities of a type's members are equal and a panel is fully described by how many of each type it takes.
/// </summary>
/// <remarks>
/// Under the household rule, a member of a household of two or more becomes a type of their own (interchangeability
/// would need the whole households to match), and each such household becomes a "at most one of these types" row.
/// Types are numbered in order of their first member in the pool, so the numbering is deterministic.
/// </remarks>
internal sealed class ProfileTypes
{
    private ProfileTypes(List<int[]> members, List<int[]> values, List<int[]> householdGroups)
    {
        Members = members;
        Values = values;
        HouseholdGroups = householdGroups;
    }

    /// <summary>Person indices of each type, ascending.</summary>
    public IReadOnlyList<int[]> Members { get; }

    /// <summary>Global value codes of each type, one per category.</summary>
    public IReadOnlyList<int[]> Values { get; }

    /// <summary>Groups of types of which at most one member in total may be selected (multi-person households).</summary>
    public IReadOnlyList<int[]> HouseholdGroups { get; }

    /// <summary>Number of types.</summary>
    public int Count => Members.Count;

    /// <summary>Members per type, as doubles: the divisor that turns a type's expected count into each member's probability.</summary>
    public double[] Sizes() => Members.Select(m => (double)m.Length).ToArray();

    /// <summary>Groups the pool of <paramref name="problem"/>.</summary>
    public static ProfileTypes Build(SelectionProblem problem)
    {
        var categories = problem.Categories.Count;
        var n = problem.People.Count;
        var householdSize = new int[n];
        if (problem.OnePerHousehold)
        {
            foreach (var h in problem.HouseholdOf)
            {
                householdSize[h]++;
            }
        }

        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        var values = new List<int[]>();
        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < n; i++)
        {
            var profile = new int[categories];
            for (var c = 0; c < categories; c++)
            {
                profile[c] = problem.ValueOf(i, c);
            }

            var household = problem.HouseholdOf[i];
            if (problem.OnePerHousehold && householdSize[household] > 1)
            {
                var t = members.Count;
                members.Add([i]);
                values.Add(profile);
                if (!groups.TryGetValue(household, out var group))
                {
                    group = [];
                    groups.Add(household, group);
                }

                group.Add(t);
                continue;
            }

            var key = string.Join(',', profile);
            if (!byKey.TryGetValue(key, out var type))
            {
                type = members.Count;
                byKey.Add(key, type);
                members.Add([]);
                values.Add(profile);
            }

            members[type].Add(i);
        }

        return new ProfileTypes(
            members.Select(m => m.ToArray()).ToList(),
            values,
            groups.OrderBy(g => g.Key).Select(g => g.Value.ToArray()).ToList());
    }
}
