namespace CollectiveAlignment.Methods.Ranked.Shared;

/// <summary>Wording shared by several methods' metadata, so the same rule is described the same way everywhere.</summary>
internal static class Conventions
{
    public const string Family = "ranked";

    public const string PairwiseTruncation =
        "Reads ballots through the profile's pairwise matrix: by default an unranked candidate is below every ranked one and tied with "
        + "the other unranked ones; with TruncationMode.Incomparable, pairs involving an unranked candidate count for neither side.";

    public const string FirstPreferenceTruncation =
        "A ballot counts for its highest-ranked tier that still holds a continuing candidate, its weight split equally within the tier; "
        + "a ballot whose ranked candidates are all eliminated is exhausted (unranked candidates receive nothing).";

    public const string FullTieSet = "Every candidate tied for the best value is a winner; no tie is broken (use the separate tie-breaker step).";

    public const string SimultaneousElimination =
        "All candidates tied for elimination are eliminated together; when that would eliminate every continuing candidate, they are all winners.";
}
