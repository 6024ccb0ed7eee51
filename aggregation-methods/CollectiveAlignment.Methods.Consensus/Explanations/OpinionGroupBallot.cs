namespace CollectiveAlignment.Methods.Consensus.Explanations;

/// <summary>
/// Where one distinct statement-vote ballot of the profile landed in an opinion-group analysis. Identical ballots share a
/// position, so the map is kept per distinct ballot (in the profile's canonical order), not per participant.
/// </summary>
/// <param name="Count">How many participants cast this ballot.</param>
/// <param name="Group">The opinion group (0-based), or −1 when the ballot had too few votes to be placed in a group.</param>
/// <param name="X">First principal-component coordinate on the opinion map.</param>
/// <param name="Y">Second principal-component coordinate on the opinion map.</param>
public sealed record OpinionGroupBallot(long Count, int Group, double X, double Y);
