using CollectiveAlignment.Methods.Consensus.StatementVotes;

namespace CollectiveAlignment.Methods.Consensus.Polis;

/// <summary>An imported Polis conversation export.</summary>
public sealed record PolisExport
{
    /// <summary>The votes on the comments that were not moderated out; statement ids are Polis comment ids.</summary>
    public required StatementVoteMatrix Votes { get; init; }

    /// <summary>Every comment of <c>comments.csv</c>, moderated-out ones included, in comment-id order.</summary>
    public required IReadOnlyList<PolisComment> Comments { get; init; }

    /// <summary>Ids of the comments dropped because they were moderated out (<c>moderated = −1</c>).</summary>
    public required IReadOnlyList<string> ModeratedOutIds { get; init; }

    /// <summary>The <c>group-id</c> Polis assigned, by participant id (only participants with a group); empty without <c>participants-votes.csv</c>.</summary>
    public required IReadOnlyDictionary<string, int> PolisGroups { get; init; }
}
