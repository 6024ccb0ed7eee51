using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>A compressed profile of score ballots on the integer scale <see cref="Minimum"/>..<see cref="Maximum"/>.</summary>
public sealed class ScoreProfile : Profile<ScoreBallot>
{
    /// <summary>Creates a profile; every score must lie on the scale.</summary>
    /// <exception cref="ArgumentException">The scale is empty or a score is off the scale.</exception>
    public ScoreProfile(CandidateSet candidates, int minimum, int maximum, IEnumerable<WeightedBallot<ScoreBallot>> ballots)
        : base(candidates, Check(minimum, maximum, ballots), b => b.CandidateCount, (x, y) => x.CompareTo(y))
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Creates a profile with one voter of weight 1 per ballot.</summary>
    public ScoreProfile(CandidateSet candidates, int minimum, int maximum, IEnumerable<ScoreBallot> ballots)
        : this(candidates, minimum, maximum, Unweighted(ballots))
    {
    }

    /// <inheritdoc />
    public override BallotKind Kind => BallotKind.Score;

    /// <summary>The lowest score on the scale.</summary>
    public int Minimum { get; }

    /// <summary>The highest score on the scale.</summary>
    public int Maximum { get; }

    private static IEnumerable<WeightedBallot<ScoreBallot>> Check(int minimum, int maximum, IEnumerable<WeightedBallot<ScoreBallot>> ballots)
    {
        if (minimum > maximum)
        {
            throw new ArgumentException($"The score scale {minimum}..{maximum} is empty.", nameof(minimum));
        }

        ArgumentNullException.ThrowIfNull(ballots);
        return ballots.Select(b =>
        {
            foreach (var s in b.Ballot.Scores)
            {
                if (s is { } v && (v < minimum || v > maximum))
                {
                    throw new ArgumentException($"Score {v} is outside the scale {minimum}..{maximum}.", nameof(ballots));
                }
            }

            return b;
        });
    }
}
