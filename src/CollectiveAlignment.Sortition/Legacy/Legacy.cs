using CollectiveAlignment.Randomness;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// The greedy quota-filling draw that sortition organisations used before LEXIMIN ("LEGACY" in Flanigan et al., Nature
/// 2021): repeatedly take the value whose unmet minimum is largest relative to the people still available with it,
/// draw one of those people uniformly, and drop everyone who would break a maximum (or share the household).
/// </summary>
/// <remarks>
/// Ratio of value <c>v</c>: <c>(min_v - selected_v) / remaining_v</c> over values with people remaining; ties go to the
/// first value in category-file order. An attempt that ends with an unmet minimum, or runs out of people, is discarded
/// and the next attempt continues the same <see cref="SeededRandom.ForPublicDraw"/> stream, up to the attempt limit. Selection
/// probabilities are not computable in closed form (the paper shows they can be very unequal).
/// </remarks>
public static class Legacy
{
    /// <summary>Draws a panel.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="seed">The public seed.</param>
    /// <param name="maxAttempts">Attempts before giving up.</param>
    /// <returns>Person indices of the panel, or <see langword="null"/> if every attempt failed.</returns>
    public static IReadOnlyList<int>? Select(SelectionProblem problem, string seed, int maxAttempts = 100)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var random = SeededRandom.ForPublicDraw(seed);
        var n = problem.People.Count;
        var categories = problem.Categories.Count;
        var values = problem.ValueCount;

        // Per value, the people still available, with each person's position in their lists for O(1) removal.
        var initialCounts = new int[values];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < categories; c++)
            {
                initialCounts[problem.ValueOf(i, c)]++;
            }
        }

        var lists = new int[values][];
        for (var v = 0; v < values; v++)
        {
            lists[v] = new int[initialCounts[v]];
        }

        var position = new int[n * categories];
        var households = problem.OnePerHousehold ? HouseholdMembers(problem) : null;
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            var remaining = new int[values];
            for (var i = 0; i < n; i++)
            {
                for (var c = 0; c < categories; c++)
                {
                    var v = problem.ValueOf(i, c);
                    position[(i * categories) + c] = remaining[v];
                    lists[v][remaining[v]++] = i;
                }
            }

            var selected = new int[values];
            var removed = new bool[n];
            var panel = new List<int>(problem.PanelSize);

            void Remove(int person)
            {
                if (removed[person])
                {
                    return;
                }

                removed[person] = true;
                for (var c = 0; c < categories; c++)
                {
                    var v = problem.ValueOf(person, c);
                    var at = position[(person * categories) + c];
                    var last = lists[v][--remaining[v]];
                    lists[v][at] = last;
                    position[(last * categories) + ValueCategory(problem, v)] = at;
                }
            }

            var failed = false;
            for (var step = 0; step < problem.PanelSize; step++)
            {
                var best = -1;
                var bestRatio = double.NegativeInfinity;
                for (var v = 0; v < values; v++)
                {
                    if (remaining[v] > 0)
                    {
                        var ratio = (double)(problem.ValueMin[v] - selected[v]) / remaining[v];
                        if (ratio > bestRatio)
                        {
                            bestRatio = ratio;
                            best = v;
                        }
                    }
                }

                if (best < 0)
                {
                    failed = true;
                    break;
                }

                var person = lists[best][random.NextInt(remaining[best])];
                panel.Add(person);
                Remove(person);
                for (var c = 0; c < categories; c++)
                {
                    var v = problem.ValueOf(person, c);
                    if (++selected[v] >= problem.ValueMax[v])
                    {
                        while (remaining[v] > 0)
                        {
                            Remove(lists[v][0]);
                        }
                    }
                }

                if (households is not null)
                {
                    foreach (var other in households[problem.HouseholdOf[person]])
                    {
                        Remove(other);
                    }
                }
            }

            if (!failed)
            {
                var ok = true;
                for (var v = 0; v < values && ok; v++)
                {
                    ok = selected[v] >= problem.ValueMin[v] && selected[v] <= problem.ValueMax[v];
                }

                if (ok)
                {
                    return panel;
                }
            }
        }

        return null;
    }

    private static int ValueCategory(SelectionProblem problem, int value) => problem.CategoryOfValue[value];

    private static Dictionary<int, List<int>> HouseholdMembers(SelectionProblem problem)
    {
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < problem.People.Count; i++)
        {
            if (!members.TryGetValue(problem.HouseholdOf[i], out var list))
            {
                list = [];
                members.Add(problem.HouseholdOf[i], list);
            }

            list.Add(i);
        }

        return members;
    }
}
