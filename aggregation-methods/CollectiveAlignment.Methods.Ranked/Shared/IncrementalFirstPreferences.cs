using System.Runtime.InteropServices;

namespace CollectiveAlignment.Methods.Ranked.Shared;

/// <summary>
/// First-preference counting that only revisits the ballots sitting on an eliminated candidate: each candidate keeps the
/// list of ballots whose current tier holds it, so a round costs the ballots transferred, not the whole profile. It walks
/// the profile's flat store; strict profiles take a leaner path with one compact record per ballot.
/// </summary>
/// <remarks>
/// Both paths add to each tally in the same sequence (initial placement in ballot order, then the eliminated candidates'
/// lists in candidate order, each in list order), so weighted tallies are the same bit for bit whichever path runs.
/// </remarks>
internal sealed class IncrementalFirstPreferences
{
    private readonly RankedBallotStore _store;
    private readonly double[] _tally;
    private readonly List<int>[] _sitting;
    private bool[]? _previous;

    // Tied path: the current tier of each ballot (-1 when exhausted) and the round that last moved it.
    private readonly int[] _cursor;
    private readonly int[] _stamp;
    private int _round;

    // Strict path: per ballot, its current position in the store's order (-1 when exhausted), its end and its weight,
    // side by side so a transfer touches one record and the order it reads on.
    private readonly StrictBallot[] _strict;
    private int[] _moves = [];
    private double[] _moveWeights = [];

    public IncrementalFirstPreferences(RankedProfile profile)
    {
        _store = profile.Store;
        var n = profile.Candidates.Count;
        _tally = new double[n];
        _sitting = [.. Enumerable.Range(0, n).Select(_ => new List<int>())];
        if (_store.AllStrict)
        {
            _cursor = [];
            _stamp = [];
            _strict = new StrictBallot[_store.Count];
        }
        else
        {
            _cursor = new int[_store.Count];
            _stamp = new int[_store.Count];
            _strict = [];
        }
    }

    public double[] Tally(bool[] active)
    {
        if (_store.AllStrict)
        {
            TallyStrict(active);
        }
        else
        {
            TallyTiered(active);
        }

        _previous = (bool[])active.Clone();
        return (double[])_tally.Clone();
    }

    private void TallyStrict(bool[] active)
    {
        var order = _store.Order;
        if (_previous is null)
        {
            var starts = _store.OrderStart;
            var weights = _store.Weights;
            for (var b = 0; b < _strict.Length; b++)
            {
                _strict[b] = new StrictBallot(starts[b] - 1, starts[b + 1], weights[b]);
            }

            Transfer([.. Enumerable.Range(0, _strict.Length)], active);
            return;
        }

        for (var c = 0; c < active.Length; c++)
        {
            if (!_previous[c] || active[c])
            {
                continue;
            }

            // Every ballot on c's list sits on c (a strict ballot sits on one candidate and leaves only when it is
            // eliminated), so none is stale and none appears twice; the tied path's checks are always true here.
            var leaving = _sitting[c];
            _sitting[c] = [];
            _tally[c] = 0;
            Transfer(leaving, active);
        }
    }

    /// <summary>
    /// Moves each listed strict ballot to its next active candidate. Finding that candidate is a random read per ballot, so
    /// it runs in parallel parts that each write only their own ballots' records and moves; the tallies and lists are then
    /// updated serially in list order, which keeps every floating-point addition in the same sequence.
    /// </summary>
    private void Transfer(List<int> ballots, bool[] active)
    {
        var count = ballots.Count;
        if (_moves.Length < count)
        {
            _moves = new int[count];
            _moveWeights = new double[count];
        }

        var moves = _moves;
        var moveWeights = _moveWeights;
        var strict = _strict;
        var store = _store;
        var parts = count >= 16384 ? 2 : 1;
        Parallel.For(0, parts, p =>
        {
            var order = store.Order;
            var list = CollectionsMarshal.AsSpan(ballots);
            var from = (int)((long)count * p / parts);
            var to = (int)((long)count * (p + 1) / parts);

            // Three simple passes rather than one: each issues independent random reads the processor can overlap,
            // where one pass would wait on each ballot's record before reading its order.
            for (var j = from; j < to; j++)
            {
                ref readonly var ballot = ref strict[list[j]];
                moves[j] = ballot.Position;
                moveWeights[j] = ballot.Weight;
            }

            for (var j = from; j < to; j++)
            {
                var end = strict[list[j]].End;
                var next = -1;
                for (var i = moves[j] + 1; i < end; i++)
                {
                    if (active[order[i]])
                    {
                        next = i;
                        break;
                    }
                }

                strict[list[j]].Position = next;
                moves[j] = next < 0 ? -1 : order[next];
            }
        });

        // Each receiving list grows once, to its final size, instead of doubling its way there.
        var added = new int[_sitting.Length];
        foreach (var c in moves.AsSpan(0, count))
        {
            if (c >= 0)
            {
                added[c]++;
            }
        }

        for (var c = 0; c < added.Length; c++)
        {
            if (added[c] > 0)
            {
                _sitting[c].EnsureCapacity(_sitting[c].Count + added[c]);
            }
        }

        var span = CollectionsMarshal.AsSpan(ballots);
        for (var j = 0; j < count; j++)
        {
            var c = moves[j];
            if (c >= 0)
            {
                _tally[c] += moveWeights[j];
                _sitting[c].Add(span[j]);
            }
        }
    }

    private void TallyTiered(bool[] active)
    {
        var n = _store.CandidateCount;
        var ranks = _store.Ranks;
        var weights = _store.Weights;
        if (_previous is null)
        {
            for (var b = 0; b < _cursor.Length; b++)
            {
                _cursor[b] = -1;
                Place(b, 0, active);
            }

            return;
        }

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
                if (_stamp[b] == _round || t < 0 || ranks[(b * n) + c] != t)
                {
                    continue;
                }

                _stamp[b] = _round;
                var order = _store.OrderOf(b);
                var bounds = _store.TierBoundsOf(b);
                var before = 0;
                for (var i = bounds[t]; i < bounds[t + 1]; i++)
                {
                    if (_previous[order[i]])
                    {
                        before++;
                    }
                }

                var share = weights[b] / before;
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

    /// <summary>Puts ballot b on its first tier at or after <paramref name="from"/> that holds an active candidate.</summary>
    private void Place(int b, int from, bool[] active)
    {
        var order = _store.OrderOf(b);
        var bounds = _store.TierBoundsOf(b);
        for (var t = from; t < bounds.Length - 1; t++)
        {
            var k = Shared.Tally.ActiveInTier(order, bounds, t, active);

            if (k == 0)
            {
                continue;
            }

            var moved = t != _cursor[b];
            _cursor[b] = t;
            var share = _store.Weights[b] / k;
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

    private record struct StrictBallot(int Position, int End, double Weight);
}
