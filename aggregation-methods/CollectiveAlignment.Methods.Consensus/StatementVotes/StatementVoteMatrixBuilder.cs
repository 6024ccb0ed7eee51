namespace CollectiveAlignment.Methods.Consensus.StatementVotes;

/// <summary>
/// Collects votes keyed by participant and statement id, in time order, and builds a <see cref="StatementVoteMatrix"/>.
/// A later vote by the same participant on the same statement replaces the earlier one.
/// </summary>
public sealed class StatementVoteMatrixBuilder
{
    private readonly Dictionary<string, int> _participantIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _statementIndex = new(StringComparer.Ordinal);
    private readonly List<string> _participantIds = [];
    private readonly List<string> _statementIds = [];
    private readonly List<int> _participants = [];
    private readonly List<int> _statements = [];
    private readonly List<StatementVote> _votes = [];

    /// <summary>Registers a statement (so that it gets a column even with no votes). Idempotent.</summary>
    /// <param name="statementId">The statement id.</param>
    /// <returns>The statement index.</returns>
    public int AddStatement(string statementId)
    {
        ArgumentNullException.ThrowIfNull(statementId);
        if (!_statementIndex.TryGetValue(statementId, out var index))
        {
            index = _statementIds.Count;
            _statementIndex.Add(statementId, index);
            _statementIds.Add(statementId);
        }

        return index;
    }

    /// <summary>Registers a participant (so that it gets a row even with no votes). Idempotent.</summary>
    /// <param name="participantId">The participant id.</param>
    /// <returns>The participant index.</returns>
    public int AddParticipant(string participantId)
    {
        ArgumentNullException.ThrowIfNull(participantId);
        if (!_participantIndex.TryGetValue(participantId, out var index))
        {
            index = _participantIds.Count;
            _participantIndex.Add(participantId, index);
            _participantIds.Add(participantId);
        }

        return index;
    }

    /// <summary>Adds a vote; call in time order.</summary>
    /// <param name="participantId">The participant id.</param>
    /// <param name="statementId">The statement id.</param>
    /// <param name="vote">The vote.</param>
    public void Add(string participantId, string statementId, StatementVote vote)
    {
        _participants.Add(AddParticipant(participantId));
        _statements.Add(AddStatement(statementId));
        _votes.Add(vote);
    }

    /// <summary>Builds the immutable matrix (later votes replace earlier ones).</summary>
    /// <returns>The matrix.</returns>
    public StatementVoteMatrix Build() =>
        StatementVoteMatrix.FromTriples(
            _participantIds,
            _statementIds,
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_participants),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_statements),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_votes));
}
