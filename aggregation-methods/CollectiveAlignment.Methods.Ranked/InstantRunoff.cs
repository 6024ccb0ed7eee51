using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Ranked.Shared;

namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Instant-runoff voting (alternative vote, Hare): count first preferences among continuing candidates; a candidate with more
/// than half of the non-exhausted weight wins; otherwise eliminate the candidate with the fewest and repeat.
/// </summary>
/// <remarks>
/// Tie rule for eliminations: all candidates tied for the fewest votes are eliminated together; if that would eliminate every
/// continuing candidate, they all win. Truncation: a ballot counts for its best continuing tier (split equally) and is exhausted
/// once all its ranked candidates are out.
/// Citation: Hare, The Election of Representatives (1859); Taylor and Pacelli, Mathematics and Politics (2008), ch. 1.
/// </remarks>
[AggregationMethod("instant-runoff", Version = 1)]
public sealed class InstantRunoff : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Instant-runoff voting",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Repeatedly eliminate the candidate with fewest first preferences until one has a majority of the continuing ballots.",
        TieRule = Conventions.SimultaneousElimination,
        TruncationRule = Conventions.FirstPreferenceTruncation,
        Citation = "Hare, The Election of Representatives (1859); Taylor and Pacelli, Mathematics and Politics, Springer (2008), ch. 1.",
        Claims = Claims.Make([Axiom.MajorityWinner, Axiom.Pareto], [Axiom.CondorcetWinner, Axiom.Monotonicity]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var counter = new IncrementalCount(profile);
        return Elimination.Run(
            profile.Candidates.Count,
            counter.Tally,
            (active, t) =>
            {
                var total = t.Sum();
                var top = Tally.Extreme(t, active, max: true);
                return top.Count == 1 && t[top[0]] > total / 2 ? top : null;
            },
            (active, t) => Tally.Extreme(t, active, max: false),
            w => $"Instant-runoff elects {Tally.Names(profile.Candidates, w)}.",
            "first preferences",
            cancellationToken);
    }

    /// <summary>
    /// First-preference counting that only revisits the ballots sitting on an eliminated candidate: each candidate keeps the
    /// list of ballots whose current tier holds it, so a round costs the ballots transferred, not the whole profile.
    /// </summary>
    private sealed class IncrementalCount
    {
        private readonly RankedProfile _profile;
        private readonly double[] _tally;
        private readonly int[] _cursor;
        private readonly List<int>[] _sitting;
        private readonly int[] _stamp;
        private bool[]? _previous;
        private int _round;

        public IncrementalCount(RankedProfile profile)
        {
            _profile = profile;
            var n = profile.Candidates.Count;
            _tally = new double[n];
            _cursor = new int[profile.BallotSpan.Length];
            _stamp = new int[_cursor.Length];
            _sitting = [.. Enumerable.Range(0, n).Select(_ => new List<int>())];
        }

        public double[] Tally(bool[] active)
        {
            var ballots = _profile.BallotSpan;
            if (_previous is null)
            {
                for (var b = 0; b < ballots.Length; b++)
                {
                    _cursor[b] = -1;
                    Place(b, 0, active);
                }
            }
            else
            {
                _round++;
                for (var c = 0; c < active.Length; c++)
                {
                    if (!_previous[c] || active[c])
                    {
                        continue;
                    }

                    foreach (var b in _sitting[c])
                    {
                        var t = _cursor[b];
                        if (_stamp[b] == _round || t < 0 || ballots[b].Ballot.RankOf(c) != t)
                        {
                            continue;
                        }

                        _stamp[b] = _round;
                        var order = ballots[b].Ballot.Order;
                        var bounds = ballots[b].Ballot.TierBounds;
                        var before = 0;
                        for (var i = bounds[t]; i < bounds[t + 1]; i++)
                        {
                            if (_previous[order[i]])
                            {
                                before++;
                            }
                        }

                        var share = ballots[b].Weight / before;
                        for (var i = bounds[t]; i < bounds[t + 1]; i++)
                        {
                            if (_previous[order[i]])
                            {
                                _tally[order[i]] -= share;
                            }
                        }

                        Place(b, t, active);
                    }

                    _tally[c] = 0;
                    _sitting[c].Clear();
                }
            }

            _previous = (bool[])active.Clone();
            return (double[])_tally.Clone();
        }

        /// <summary>Puts ballot b on its first tier at or after <paramref name="from"/> that holds an active candidate.</summary>
        private void Place(int b, int from, bool[] active)
        {
            ref readonly var wb = ref _profile.BallotSpan[b];
            var order = wb.Ballot.Order;
            var bounds = wb.Ballot.TierBounds;
            for (var t = from; t < bounds.Length - 1; t++)
            {
                var k = 0;
                for (var i = bounds[t]; i < bounds[t + 1]; i++)
                {
                    if (active[order[i]])
                    {
                        k++;
                    }
                }

                if (k == 0)
                {
                    continue;
                }

                var moved = t != _cursor[b];
                _cursor[b] = t;
                var share = wb.Weight / k;
                for (var i = bounds[t]; i < bounds[t + 1]; i++)
                {
                    var c = order[i];
                    if (active[c])
                    {
                        _tally[c] += share;
                        if (moved)
                        {
                            _sitting[c].Add(b);
                        }
                    }
                }

                return;
            }

            _cursor[b] = -1;
        }
    }
}
