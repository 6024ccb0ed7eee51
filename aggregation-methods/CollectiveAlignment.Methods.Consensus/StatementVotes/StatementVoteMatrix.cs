namespace CollectiveAlignment.Methods.Consensus.StatementVotes;

/// <summary>
/// An immutable sparse participant × statement vote matrix, stored twice (by participant and by statement,
/// compressed sparse rows and columns) so that both row passes (PCA, projection) and column passes (per-statement
/// statistics) are linear in the number of votes. Missing entries mean "not seen".
/// </summary>
/// <remarks>
/// Memory is about 10 bytes per vote (two 4-byte indices and two 1-byte values), so 5,000,000 votes take ~50 MB;
/// a dense 100,000 × 2,000 matrix of doubles would take 1.6 GB.
/// </remarks>
public sealed class StatementVoteMatrix
{
    private readonly string[] _participantIds;
    private readonly string[] _statementIds;
    private readonly int[] _rowStart;
    private readonly int[] _rowStatements;
    private readonly StatementVote[] _rowVotes;
    private readonly int[] _columnStart;
    private readonly int[] _columnParticipants;
    private readonly StatementVote[] _columnVotes;

    private StatementVoteMatrix(
        string[] participantIds,
        string[] statementIds,
        int[] rowStart,
        int[] rowStatements,
        StatementVote[] rowVotes)
    {
        _participantIds = participantIds;
        _statementIds = statementIds;
        _rowStart = rowStart;
        _rowStatements = rowStatements;
        _rowVotes = rowVotes;

        // Transpose by counting sort; rows are visited in order, so each column lists participants in ascending order.
        var columnCount = statementIds.Length;
        _columnStart = new int[columnCount + 1];
        foreach (var s in rowStatements)
        {
            _columnStart[s + 1]++;
        }

        for (var s = 0; s < columnCount; s++)
        {
            _columnStart[s + 1] += _columnStart[s];
        }

        _columnParticipants = new int[rowStatements.Length];
        _columnVotes = new StatementVote[rowStatements.Length];
        var next = (int[])_columnStart.Clone();
        for (var p = 0; p < participantIds.Length; p++)
        {
            for (var i = rowStart[p]; i < rowStart[p + 1]; i++)
            {
                var at = next[rowStatements[i]]++;
                _columnParticipants[at] = p;
                _columnVotes[at] = rowVotes[i];
            }
        }
    }

    /// <summary>Participant ids, indexed by participant index.</summary>
    public IReadOnlyList<string> ParticipantIds => _participantIds;

    /// <summary>Statement ids, indexed by statement index.</summary>
    public IReadOnlyList<string> StatementIds => _statementIds;

    /// <summary>The number of participants (rows).</summary>
    public int ParticipantCount => _participantIds.Length;

    /// <summary>The number of statements (columns).</summary>
    public int StatementCount => _statementIds.Length;

    /// <summary>The number of stored votes (passes included).</summary>
    public int VoteCount => _rowStatements.Length;

    /// <summary>The statements a participant voted on, in ascending statement index.</summary>
    /// <param name="participant">Participant index.</param>
    /// <returns>Statement indices, parallel to <see cref="VotesOf"/>.</returns>
    public ReadOnlySpan<int> StatementsOf(int participant) =>
        _rowStatements.AsSpan(_rowStart[participant], _rowStart[participant + 1] - _rowStart[participant]);

    /// <summary>A participant's votes, parallel to <see cref="StatementsOf"/>.</summary>
    /// <param name="participant">Participant index.</param>
    /// <returns>The votes.</returns>
    public ReadOnlySpan<StatementVote> VotesOf(int participant) =>
        _rowVotes.AsSpan(_rowStart[participant], _rowStart[participant + 1] - _rowStart[participant]);

    /// <summary>The participants who voted on a statement, in ascending participant index.</summary>
    /// <param name="statement">Statement index.</param>
    /// <returns>Participant indices, parallel to <see cref="VotesOn"/>.</returns>
    public ReadOnlySpan<int> ParticipantsOf(int statement) =>
        _columnParticipants.AsSpan(_columnStart[statement], _columnStart[statement + 1] - _columnStart[statement]);

    /// <summary>The votes on a statement, parallel to <see cref="ParticipantsOf"/>.</summary>
    /// <param name="statement">Statement index.</param>
    /// <returns>The votes.</returns>
    public ReadOnlySpan<StatementVote> VotesOn(int statement) =>
        _columnVotes.AsSpan(_columnStart[statement], _columnStart[statement + 1] - _columnStart[statement]);

    /// <summary>The number of votes (passes included) a participant cast.</summary>
    /// <param name="participant">Participant index.</param>
    /// <returns>The vote count.</returns>
    public int VoteCountOf(int participant) => _rowStart[participant + 1] - _rowStart[participant];

    /// <summary>A single entry, or <see langword="null"/> when the participant did not see the statement.</summary>
    /// <param name="participant">Participant index.</param>
    /// <param name="statement">Statement index.</param>
    /// <returns>The vote, if any.</returns>
    public StatementVote? Get(int participant, int statement)
    {
        var i = StatementsOf(participant).BinarySearch(statement);
        return i >= 0 ? VotesOf(participant)[i] : null;
    }

    /// <summary>
    /// Builds a matrix from parallel (participant, statement, vote) arrays in time order: when a participant votes on
    /// the same statement twice, the later vote replaces the earlier one (as in Polis's <c>votes.csv</c>).
    /// </summary>
    /// <param name="participantIds">Participant ids; indices refer to this list.</param>
    /// <param name="statementIds">Statement ids; indices refer to this list.</param>
    /// <param name="participants">Participant index of each vote.</param>
    /// <param name="statements">Statement index of each vote.</param>
    /// <param name="votes">The votes.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length, or an index is out of range.</exception>
    public static StatementVoteMatrix FromTriples(
        IReadOnlyList<string> participantIds,
        IReadOnlyList<string> statementIds,
        ReadOnlySpan<int> participants,
        ReadOnlySpan<int> statements,
        ReadOnlySpan<StatementVote> votes)
    {
        ArgumentNullException.ThrowIfNull(participantIds);
        ArgumentNullException.ThrowIfNull(statementIds);
        if (participants.Length != statements.Length || participants.Length != votes.Length)
        {
            throw new ArgumentException("participants, statements and votes must have the same length.", nameof(votes));
        }

        var rowCount = participantIds.Count;
        var columnCount = statementIds.Count;
        var rowStart = new int[rowCount + 1];
        for (var i = 0; i < participants.Length; i++)
        {
            if ((uint)participants[i] >= (uint)rowCount)
            {
                throw new ArgumentException($"Vote {i}: participant index {participants[i]} is out of range.", nameof(participants));
            }

            if ((uint)statements[i] >= (uint)columnCount)
            {
                throw new ArgumentException($"Vote {i}: statement index {statements[i]} is out of range.", nameof(statements));
            }

            if (votes[i] is not (StatementVote.Agree or StatementVote.Disagree or StatementVote.Pass))
            {
                throw new ArgumentException($"Vote {i}: {(int)votes[i]} is not -1, 0 or 1.", nameof(votes));
            }

            rowStart[participants[i] + 1]++;
        }

        for (var p = 0; p < rowCount; p++)
        {
            rowStart[p + 1] += rowStart[p];
        }

        // Stable counting sort by participant keeps time order inside each row.
        var keys = new long[participants.Length];
        var next = (int[])rowStart.Clone();
        for (var i = 0; i < participants.Length; i++)
        {
            var at = next[participants[i]]++;
            // Sort key: statement in the high bits, position in time in the low bits, so that after sorting a row the
            // last entry of each statement run is the latest vote.
            keys[at] = ((long)statements[i] << 32) | (uint)i;
        }

        var outStart = new int[rowCount + 1];
        var outStatements = new List<int>(participants.Length);
        var outVotes = new List<StatementVote>(participants.Length);
        for (var p = 0; p < rowCount; p++)
        {
            var row = keys.AsSpan(rowStart[p], rowStart[p + 1] - rowStart[p]);
            row.Sort();
            for (var j = 0; j < row.Length; j++)
            {
                var statement = (int)(row[j] >> 32);
                if (j + 1 < row.Length && (int)(row[j + 1] >> 32) == statement)
                {
                    continue;
                }

                outStatements.Add(statement);
                outVotes.Add(votes[(int)(row[j] & 0xFFFFFFFFL)]);
            }

            outStart[p + 1] = outStatements.Count;
        }

        return new StatementVoteMatrix(
            [.. participantIds],
            [.. statementIds],
            outStart,
            [.. outStatements],
            [.. outVotes]);
    }
}
