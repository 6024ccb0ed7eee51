using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Methods.Consensus.StatementVotes;
using SdkVote = CollectiveAlignment.Aggregation.Ballots.StatementVote;

namespace CollectiveAlignment.Methods.Consensus.Catalog;

/// <summary>Turns the SDK's compressed statement-vote profile into the engine's participant × statement matrix.</summary>
internal static class StatementVoteConversion
{
    /// <summary>
    /// Expands every distinct ballot into <c>Count</c> participants, numbered 1, 2, … in the profile's canonical ballot
    /// order. The engine orders participants by numeric id, so this order (and hence the result) does not depend on the
    /// order the ballots arrived in. Weights are not used: the engines count participants.
    /// </summary>
    /// <returns>The matrix and, per participant index, the profile ballot it came from.</returns>
    public static (StatementVoteMatrix Matrix, int[] BallotOf) ToMatrix(StatementVoteProfile profile)
    {
        var statementIds = profile.Candidates.ToArray();
        var participantIds = new List<string>();
        var ballotOf = new List<int>();
        var participants = new List<int>();
        var statements = new List<int>();
        var votes = new List<StatementVote>();
        for (var b = 0; b < profile.Ballots.Count; b++)
        {
            var ballot = profile.Ballots[b];
            for (long copy = 0; copy < ballot.Count; copy++)
            {
                var p = participantIds.Count;
                participantIds.Add((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                ballotOf.Add(b);
                for (var s = 0; s < ballot.Ballot.Votes.Count; s++)
                {
                    if (ballot.Ballot.Votes[s] is { } v)
                    {
                        participants.Add(p);
                        statements.Add(s);
                        votes.Add(v switch
                        {
                            SdkVote.Agree => StatementVote.Agree,
                            SdkVote.Disagree => StatementVote.Disagree,
                            _ => StatementVote.Pass,
                        });
                    }
                }
            }
        }

        var matrix = StatementVoteMatrix.FromTriples(participantIds, statementIds, [.. participants], [.. statements], [.. votes]);
        return (matrix, [.. ballotOf]);
    }
}
