namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>Whether a statement represents a group because the group agrees or because it disagrees with it.</summary>
public enum RepnessDirection
{
    /// <summary>The group agrees more than the rest.</summary>
    Agree,

    /// <summary>The group disagrees more than the rest.</summary>
    Disagree,
}
