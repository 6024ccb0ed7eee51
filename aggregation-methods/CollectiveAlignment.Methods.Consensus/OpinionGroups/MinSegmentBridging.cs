namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Remesh-style min-segment bridging over opinion groups: bridge(c) = min over groups of the share of the group's votes on c
/// that agree, and polarisation(c) = max − min of those shares (docs/formulas/consensus.md §4). A statement ranks high only when
/// every group agrees with it. A simpler, unsmoothed companion of the group-informed consensus.
/// </summary>
public static class MinSegmentBridging
{
    /// <summary>Computes the bridge score and polarisation of every statement.</summary>
    /// <param name="result">An opinion-group analysis.</param>
    /// <returns>Per statement index: (Bridge, Polarisation). A group that never voted on the statement counts as agreeing 0 %.</returns>
    public static IReadOnlyList<(double Bridge, double Polarisation)> Compute(OpinionGroupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = result.GroupInformedConsensus.Count;
        var scores = new (double, double)[d];
        for (var j = 0; j < d; j++)
        {
            var min = double.PositiveInfinity;
            var max = double.NegativeInfinity;
            for (var g = 0; g < result.GroupCount; g++)
            {
                var s = result.GroupStatistics[g][j];
                var share = s.Seen == 0 ? 0.0 : (double)s.Agrees / s.Seen;
                min = Math.Min(min, share);
                max = Math.Max(max, share);
            }

            scores[j] = result.GroupCount == 0 ? (0.0, 0.0) : (min, max - min);
        }

        return scores;
    }
}
