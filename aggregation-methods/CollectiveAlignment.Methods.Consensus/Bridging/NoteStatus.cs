namespace CollectiveAlignment.Methods.Consensus.Bridging;

/// <summary>Community Notes' status of a note (statement) after scoring.</summary>
public enum NoteStatus
{
    /// <summary>Not enough evidence either way (NMR), or the note was filtered out for too few ratings.</summary>
    NeedsMoreRatings,

    /// <summary>Currently rated helpful (CRH): high intercept and a small factor, i.e. support across viewpoints.</summary>
    CurrentlyRatedHelpful,

    /// <summary>Currently rated not helpful (CRNH): low intercept relative to its factor.</summary>
    CurrentlyRatedNotHelpful,
}
