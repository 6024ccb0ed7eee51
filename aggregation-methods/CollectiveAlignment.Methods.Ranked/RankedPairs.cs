using CollectiveAlignment.Methods.Ranked.Explanations;

namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Ranked pairs (Tideman): take the pairwise majorities from the largest margin down and lock each one unless it would create a
/// cycle with those already locked; the winners are the sources of the locked graph.
/// </summary>
/// <remarks>
/// Tie rule: when several majorities have the same margin, every order of locking them is considered and the winner set is the
/// union of the sources over all orders (Zavist and Tideman's concern made exact, as pref_voting's ranked_pairs does); the search
/// merges orders that lead to the same reachability and gives up beyond <see cref="MaxStates"/> distinct partial graphs. A ranking
/// is given when the locked graph is unique. Truncation: ballots are read through the profile's pairwise matrix (unranked
/// candidates tied at the bottom by default, or incomparable). At most 64 candidates.
/// Citation: Tideman, "Independence of clones as a criterion for voting rules", Social Choice and Welfare 4 (1987) 185-206.
/// <see href="https://doi.org/10.1007/BF00433944"/>
/// </remarks>
[AggregationMethod("ranked-pairs", Version = 1)]
public sealed class RankedPairs : IRankedMethod
{
    /// <summary>The most distinct partial locked graphs explored when margins tie, before the method refuses to guess.</summary>
    public const int MaxStates = 1_000_000;

    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Ranked pairs (Tideman)",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Lock pairwise majorities from the largest margin down, skipping any that would form a cycle; elect the sources.",
        TieRule = "Equal margins: the union of winners over every locking order.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Tideman, Independence of clones as a criterion for voting rules, Soc. Choice Welf. 4 (1987) 185-206.",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.Monotonicity, Axiom.CloneIndependence, Axiom.MajorityWinner], []),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        if (n > 64)
        {
            throw new ArgumentException("Ranked pairs supports at most 64 candidates.", nameof(profile));
        }

        var m = profile.Matrix;
        var edges = new List<(int A, int B, double Margin)>();
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                if (a != b && m.Margin(a, b) > 0)
                {
                    edges.Add((a, b, m.Margin(a, b)));
                }
            }
        }

        edges.Sort((x, y) => y.Margin.CompareTo(x.Margin) is var c && c != 0 ? c : (x.A, x.B).CompareTo((y.A, y.B)));

        // A state is the reachability closure of the locked graph: future cycle checks depend on nothing else.
        var states = new Dictionary<string, State> { [Key(new ulong[n])] = new State(new ulong[n], []) };
        var i = 0;
        while (i < edges.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var j = i;
            while (j < edges.Count && edges[j].Margin == edges[i].Margin)
            {
                j++;
            }

            var group = edges.GetRange(i, j - i);
            var next = new Dictionary<string, State>();
            var visited = new HashSet<string>();
            foreach (var s in states.Values)
            {
                Explore(s, group, next, visited);
            }

            states = next;
            i = j;
        }

        var winners = new SortedSet<int>();
        foreach (var s in states.Values)
        {
            for (var c = 0; c < n; c++)
            {
                if (!s.Reach.Any(r => (r & (1UL << c)) != 0))
                {
                    winners.Add(c);
                }
            }
        }

        IReadOnlyList<IReadOnlyList<int>>? ranking = null;
        var locked = new List<Defeat>();
        if (states.Count == 1)
        {
            var only = states.Values.First();
            ranking = Tally.TiersOf(n, (a, b) => (only.Reach[a] & (1UL << b)) != 0);
            locked = only.Locked;
        }

        var summary = states.Count == 1
            ? $"Locked pairs in order of margin; the source is {Tally.Names(profile.Candidates, winners)}."
            : $"Equal margins allow {states.Count} locked graphs; their sources are {Tally.Names(profile.Candidates, winners)}.";
        return new AggregationResult(winners, new DefeatGraphExplanation(summary, locked, m.MarginRows()), ranking);
    }

    private static void Explore(State state, List<(int A, int B, double Margin)> group, Dictionary<string, State> results, HashSet<string> visited)
    {
        // Edges that would close a cycle now will always close one (reachability only grows), so drop them.
        var addable = group.Where(e => (state.Reach[e.B] & (1UL << e.A)) == 0).ToList();
        var memo = Key(state.Reach) + "|" + string.Join(",", addable.Select(e => e.A * 64 + e.B));
        if (!visited.Add(memo))
        {
            return;
        }

        if (visited.Count > MaxStates)
        {
            throw new InvalidOperationException($"Ranked pairs: more than {MaxStates} locking orders of tied margins; refusing to guess.");
        }

        if (addable.Count == 0)
        {
            results.TryAdd(Key(state.Reach), state);
            return;
        }

        // If the whole group can be locked at once, every order gives the same graph.
        var all = state;
        var ok = true;
        foreach (var e in addable)
        {
            if ((all.Reach[e.B] & (1UL << e.A)) != 0)
            {
                ok = false;
                break;
            }

            all = all.Lock(e.A, e.B, e.Margin);
        }

        if (ok)
        {
            results.TryAdd(Key(all.Reach), all);
            return;
        }

        foreach (var e in addable)
        {
            Explore(state.Lock(e.A, e.B, e.Margin), [.. addable.Where(x => x != e)], results, visited);
        }
    }

    private static string Key(ulong[] reach) => string.Join(",", reach);

    private sealed record State(ulong[] Reach, List<Defeat> Locked)
    {
        public State Lock(int a, int b, double margin)
        {
            var reach = (ulong[])Reach.Clone();
            var gained = reach[b] | (1UL << b);
            for (var x = 0; x < reach.Length; x++)
            {
                if (x == a || (reach[x] & (1UL << a)) != 0)
                {
                    reach[x] |= gained;
                }
            }

            return new State(reach, [.. Locked, new Defeat(a, b, margin)]);
        }
    }
}
