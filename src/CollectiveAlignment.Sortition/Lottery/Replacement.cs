using System.Globalization;
using CollectiveAlignment.Randomness;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// Draws a replacement for a panel member who declined: among pool members not on the panel and not unavailable
/// whose addition keeps every quota (and the household rule), those sharing the most feature values with the person
/// who declined (the same stratum first), one drawn uniformly with the public seed. A member who left the pool (and whose
/// feature values are therefore unknown) may be replaced too: every quota-keeping candidate is then equally preferred.
/// </summary>
public static class Replacement
{
    /// <summary>Draws the replacement.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="panel">The current panel ids, including the person who declined.</param>
    /// <param name="declinedId">Who declined; on the panel, and in the pool unless they left it.</param>
    /// <param name="unavailable">Ids that may not be drawn (earlier decliners, withdrawn people).</param>
    /// <param name="seed">Public seed of this replacement draw (e.g. the run seed plus the round number).</param>
    /// <returns>The replacement, or an explanation why none keeps the quotas.</returns>
    public static ReplacementResult Draw(SelectionProblem problem, IReadOnlyCollection<string> panel, string declinedId, IReadOnlyCollection<string> unavailable, string seed)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(unavailable);
        var index = problem.People.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        if (!panel.Contains(declinedId))
        {
            throw new ArgumentException($"'{declinedId}' is not on the panel.", nameof(declinedId));
        }

        // -1: the person left the pool, so there are no values to prefer candidates by.
        var declined = index.GetValueOrDefault(declinedId, -1);

        var remaining = panel.Where(id => id != declinedId).Select(id => index[id]).ToList();
        var counts = new int[problem.ValueCount];
        var households = new HashSet<int>();
        foreach (var i in remaining)
        {
            households.Add(problem.HouseholdOf[i]);
            for (var c = 0; c < problem.Categories.Count; c++)
            {
                counts[problem.ValueOf(i, c)]++;
            }
        }

        var excluded = new HashSet<string>(panel, StringComparer.Ordinal);
        excluded.UnionWith(unavailable);
        var best = new List<int>();
        var bestShared = -1;
        for (var i = 0; i < problem.People.Count; i++)
        {
            if (excluded.Contains(problem.People[i].Id) || (problem.OnePerHousehold && households.Contains(problem.HouseholdOf[i])))
            {
                continue;
            }

            var shared = 0;
            for (var c = 0; c < problem.Categories.Count; c++)
            {
                shared += declined >= 0 && problem.ValueOf(i, c) == problem.ValueOf(declined, c) ? 1 : 0;
            }

            if (shared < bestShared || !KeepsQuotas(problem, counts, i))
            {
                continue;
            }

            if (shared > bestShared)
            {
                best.Clear();
                bestShared = shared;
            }

            best.Add(i);
        }

        if (best.Count == 0)
        {
            return new ReplacementResult(null, 0, 0, $"Nobody available keeps every quota when replacing '{declinedId}'; relax the quotas or re-select the open seats.");
        }

        var chosen = best[SeededRandom.ForPublicDraw(seed).NextInt(best.Count)];
        var text = declined >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"Replaced '{declinedId}' by '{problem.People[chosen].Id}', drawn from {best.Count} candidate(s) sharing {bestShared} of {problem.Categories.Count} feature values.")
            : string.Create(CultureInfo.InvariantCulture, $"Replaced '{declinedId}', who left the pool, by '{problem.People[chosen].Id}', drawn from {best.Count} candidate(s) keeping every quota.");
        return new ReplacementResult(problem.People[chosen].Id, bestShared, best.Count, text);
    }

    private static bool KeepsQuotas(SelectionProblem problem, int[] counts, int candidate)
    {
        for (var v = 0; v < problem.ValueCount; v++)
        {
            var count = counts[v];
            for (var c = 0; c < problem.Categories.Count; c++)
            {
                if (problem.ValueOf(candidate, c) == v)
                {
                    count++;
                }
            }

            if (count < problem.ValueMin[v] || count > problem.ValueMax[v])
            {
                return false;
            }
        }

        return true;
    }
}
