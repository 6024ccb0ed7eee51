namespace CollectiveAlignment.Methods.Consensus.Polis;

/// <summary>A row of Polis's <c>comments.csv</c>.</summary>
/// <param name="Id">The comment id (Polis <c>tid</c>).</param>
/// <param name="AuthorId">The author's participant id.</param>
/// <param name="Moderated">1 accepted, 0 unmoderated, −1 rejected.</param>
/// <param name="Body">The statement text.</param>
public sealed record PolisComment(string Id, string AuthorId, int Moderated, string Body);
