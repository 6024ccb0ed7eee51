namespace CollectiveAlignment.Methods.Proportional.Profiles;

/// <summary>
/// Approval ballots over candidates 0..<see cref="CandidateCount"/>−1, each with a positive weight (1 for one voter;
/// a compressed profile uses the count of identical ballots).
/// </summary>
public sealed class ApprovalProfile
{
    private readonly int[][] _ballots;
    private readonly double[] _weights;

    /// <summary>Creates a profile.</summary>
    /// <param name="candidateCount">Number of candidates.</param>
    /// <param name="ballots">Each ballot's approved candidates (duplicates are ignored).</param>
    /// <param name="weights">Each ballot's weight, or <see langword="null"/> for 1 each.</param>
    /// <exception cref="ArgumentException">A candidate is out of range, a weight is not positive, or the lengths differ.</exception>
    public ApprovalProfile(int candidateCount, IEnumerable<IEnumerable<int>> ballots, IEnumerable<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentOutOfRangeException.ThrowIfNegative(candidateCount);
        CandidateCount = candidateCount;
        _ballots = [.. ballots.Select(b => b.Distinct().Order().ToArray())];
        _weights = weights is null ? [.. Enumerable.Repeat(1.0, _ballots.Length)] : [.. weights];
        if (_weights.Length != _ballots.Length)
        {
            throw new ArgumentException("There must be one weight per ballot.", nameof(weights));
        }

        for (var i = 0; i < _ballots.Length; i++)
        {
            if (_ballots[i].Any(c => c < 0 || c >= candidateCount))
            {
                throw new ArgumentException($"Ballot {i} approves a candidate outside 0..{candidateCount - 1}.", nameof(ballots));
            }

            if (!(_weights[i] > 0) || double.IsInfinity(_weights[i]))
            {
                throw new ArgumentException($"Ballot {i} has weight {_weights[i]}; weights must be positive and finite.", nameof(weights));
            }
        }

        TotalWeight = _weights.Sum();
    }

    /// <summary>Number of candidates.</summary>
    public int CandidateCount { get; }

    /// <summary>Number of ballots.</summary>
    public int BallotCount => _ballots.Length;

    /// <summary>Sum of the ballot weights (the electorate size n).</summary>
    public double TotalWeight { get; }

    /// <summary>A ballot's approved candidates, ascending.</summary>
    /// <param name="ballot">Ballot index.</param>
    /// <returns>The candidates.</returns>
    public IReadOnlyList<int> Approved(int ballot) => _ballots[ballot];

    /// <summary>A ballot's weight.</summary>
    /// <param name="ballot">Ballot index.</param>
    /// <returns>The weight.</returns>
    public double Weight(int ballot) => _weights[ballot];

    /// <summary>Total weight approving each candidate.</summary>
    /// <returns>Approval scores by candidate.</returns>
    public double[] ApprovalScores()
    {
        var scores = new double[CandidateCount];
        for (var i = 0; i < _ballots.Length; i++)
        {
            foreach (var c in _ballots[i])
            {
                scores[c] += _weights[i];
            }
        }

        return scores;
    }
}
