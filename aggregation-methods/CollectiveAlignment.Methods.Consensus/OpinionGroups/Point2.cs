namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>A point of the 2-D opinion map (first and second principal component).</summary>
/// <param name="X">Coordinate on the first component.</param>
/// <param name="Y">Coordinate on the second component.</param>
public readonly record struct Point2(double X, double Y);
