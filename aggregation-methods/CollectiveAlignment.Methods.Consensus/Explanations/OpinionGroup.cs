namespace CollectiveAlignment.Methods.Consensus.Explanations;

/// <summary>One opinion group: its size and the statements that represent it, best first.</summary>
/// <param name="Size">Number of participants in the group.</param>
/// <param name="Representatives">The representative statements in display order.</param>
public sealed record OpinionGroup(int Size, IReadOnlyList<GroupRepresentative> Representatives);
