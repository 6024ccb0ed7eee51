using CollectiveAlignment.Methods.Consensus.StatementVotes;

namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Polis-style opinion groups: PCA of the agree/disagree/pass matrix, two-level k-means with k chosen by silhouette,
/// per-group representative statements, whole-room consensus and group-informed consensus.
/// </summary>
/// <remarks>
/// <para>Pipeline (docs/formulas/consensus.md §1, from Polis's <c>math/src/polismath/math/*.clj</c>; our own code):</para>
/// <list type="number">
/// <item>In-conversation set: participants with ≥ min(<see cref="OpinionGroupOptions.MinVotes"/>, statements) votes,
/// topped up with the most active voters to <see cref="OpinionGroupOptions.MinInConversation"/>.</item>
/// <item>PCA over all participants, 2 components, by sparse power iteration on the column-mean-imputed, centred matrix.</item>
/// <item>Projection p_k(u) = √(n_statements / max(n_votes_u, 1)) · Σ_{voted j} (x_uj − μ_j)·pc_k[j].</item>
/// <item>Base k-means (k = 100) on in-conversation projections, then weighted k-means (weights = member counts) on the base
/// centres for k ∈ 2..min(5, 2 + ⌊n_base/12⌋); the k with the largest mean silhouette on base centres wins.</item>
/// <item>Repness per group against the other groups, whole-room consensus lists, group-informed consensus.</item>
/// </list>
/// <para>Deliberate differences from Polis, because this is a one-shot batch run rather than an update loop: no 4-update
/// k-smoothing (<c>group-k-buffer</c>), no warm start from the previous run, exact rather than mini-batch PCA above 10,000
/// participants, no subgroups. Moderated-out statements should be removed from the matrix by the caller (the Polis
/// importer does) instead of being zeroed. Whole-room consensus counts every participant's votes; group statistics count
/// in-conversation group members only. PCA uses orthogonal iteration on both components at once plus a Rayleigh–Ritz step
/// (same fixed point as Polis's one-at-a-time power iteration; see <c>SparsePca</c>).</para>
/// <para>Determinism: participants are processed in id order (numeric ids numerically), so shuffling rows gives the same
/// result; the only randomness is the PCA start vector, drawn from <see cref="OpinionGroupOptions.Seed"/>.</para>
/// </remarks>
public static class OpinionGroupAnalysis
{
    /// <summary>Runs the whole analysis.</summary>
    /// <param name="matrix">The votes.</param>
    /// <param name="options">Parameters; <see langword="null"/> for Polis's defaults.</param>
    /// <returns>Groups, map, statistics and consensus.</returns>
    public static OpinionGroupResult Analyze(StatementVoteMatrix matrix, OpinionGroupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= new OpinionGroupOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PcaIterations, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BaseClusterCount, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.KMeansIterations, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxGroups, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinVotes, nameof(options));
        if (options.FixedGroupCount is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "FixedGroupCount must be at least 1.");
        }

        var n = matrix.ParticipantCount;
        var d = matrix.StatementCount;
        var order = ParticipantOrder.Of(matrix.ParticipantIds);

        var pca = SparsePca.Compute(matrix, order, 2, options.PcaIterations, options.Seed);
        var positions = new Point2[n];
        for (var u = 0; u < n; u++)
        {
            var scale = options.ProjectionScaling == ProjectionScaling.SparsityAware ? Math.Sqrt((double)d / Math.Max(matrix.VoteCountOf(u), 1)) : 1.0;
            positions[u] = new Point2(
                scale * SparsePca.CentredDot(matrix, pca.Center, u, pca.Components[0]),
                scale * SparsePca.CentredDot(matrix, pca.Center, u, pca.Components[1]));
        }

        var statementPositions = new Point2[d];
        for (var j = 0; j < d; j++)
        {
            var scale = (options.ProjectionScaling == ProjectionScaling.SparsityAware ? Math.Sqrt(d) : 1.0) * (1.0 - pca.Center[j]);
            statementPositions[j] = new Point2(scale * pca.Components[0][j], scale * pca.Components[1][j]);
        }

        var inConv = InConversation(matrix, order, options);

        // Base clusters, on in-conversation participants in canonical order.
        var xs = inConv.Select(u => positions[u].X).ToArray();
        var ys = inConv.Select(u => positions[u].Y).ToArray();
        var baseK = WeightedKMeans.Run(xs, ys, null, options.BaseClusterCount, options.KMeansIterations, options.KMeansTolerance);
        var nBase = baseK.X.Length;

        var silhouettes = new SortedDictionary<int, double>();
        int[] groupOfBase = new int[nBase];
        var groupCount = nBase == 0 ? 0 : 1;
        var maxK = Math.Min(Math.Min(options.MaxGroups, 2 + (nBase / 12)), nBase);
        var minK = 2;
        if (options.FixedGroupCount is { } fixedK)
        {
            minK = maxK = Math.Min(fixedK, nBase);
        }

        var bestSilhouette = double.NegativeInfinity;
        for (var k = minK; k <= maxK; k++)
        {
            var g = WeightedKMeans.Run(baseK.X, baseK.Y, baseK.Weight, k, options.KMeansIterations, options.KMeansTolerance);
            var s = WeightedKMeans.Silhouette(baseK.X, baseK.Y, g.Assignment, g.X.Length);
            silhouettes[k] = s;
            if (s > bestSilhouette)
            {
                bestSilhouette = s;
                groupOfBase = g.Assignment;
                groupCount = g.X.Length;
            }
        }

        // Relabel groups canonically: by decreasing size, ties to the group holding the earliest participant.
        var rawGroup = new int[inConv.Length];
        for (var i = 0; i < inConv.Length; i++)
        {
            rawGroup[i] = groupOfBase[baseK.Assignment[i]];
        }

        var rawSize = new int[groupCount];
        var firstSeen = Enumerable.Repeat(int.MaxValue, groupCount).ToArray();
        for (var i = 0; i < inConv.Length; i++)
        {
            rawSize[rawGroup[i]]++;
            firstSeen[rawGroup[i]] = Math.Min(firstSeen[rawGroup[i]], i);
        }

        var relabel = Enumerable.Range(0, groupCount)
            .OrderByDescending(g => rawSize[g])
            .ThenBy(g => firstSeen[g])
            .Select((g, index) => (g, index))
            .ToDictionary(t => t.g, t => t.index);
        var groupOf = Enumerable.Repeat(-1, n).ToArray();
        var sizes = new int[groupCount];
        for (var i = 0; i < inConv.Length; i++)
        {
            var g = relabel[rawGroup[i]];
            groupOf[inConv[i]] = g;
            sizes[g]++;
        }

        // Per-group counts.
        var na = new int[groupCount][];
        var nd = new int[groupCount][];
        var ns = new int[groupCount][];
        for (var g = 0; g < groupCount; g++)
        {
            na[g] = new int[d];
            nd[g] = new int[d];
            ns[g] = new int[d];
        }

        foreach (var u in inConv)
        {
            var g = groupOf[u];
            var cols = matrix.StatementsOf(u);
            var vals = matrix.VotesOf(u);
            for (var i = 0; i < cols.Length; i++)
            {
                ns[g][cols[i]]++;
                if (vals[i] == StatementVote.Agree)
                {
                    na[g][cols[i]]++;
                }
                else if (vals[i] == StatementVote.Disagree)
                {
                    nd[g][cols[i]]++;
                }
            }
        }

        var totalA = new int[d];
        var totalD = new int[d];
        var totalS = new int[d];
        for (var g = 0; g < groupCount; g++)
        {
            for (var j = 0; j < d; j++)
            {
                totalA[j] += na[g][j];
                totalD[j] += nd[g][j];
                totalS[j] += ns[g][j];
            }
        }

        var groupStats = new IReadOnlyList<GroupStatementStats>[groupCount];
        var reps = new IReadOnlyList<RepresentativeStatement>[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            var stats = new GroupStatementStats[d];
            for (var j = 0; j < d; j++)
            {
                stats[j] = Repness.Stats(j, na[g][j], nd[g][j], ns[g][j], totalA[j] - na[g][j], totalD[j] - nd[g][j], totalS[j] - ns[g][j]);
            }

            groupStats[g] = stats;
            reps[g] = Repness.Select(stats, matrix.StatementIds, options.SignificanceZ, options.MaxRepresentative);
        }

        // Group-informed consensus over the groups; whole-room consensus over every vote.
        var gic = new double[d];
        var agreeList = new List<ConsensusStatement>();
        var disagreeList = new List<ConsensusStatement>();
        for (var j = 0; j < d; j++)
        {
            var product = 1.0;
            for (var g = 0; g < groupCount; g++)
            {
                product *= Repness.Prob(na[g][j], ns[g][j]);
            }

            gic[j] = groupCount == 0 ? 0.0 : product;

            int a = 0, dis = 0;
            var votes = matrix.VotesOn(j);
            foreach (var v in votes)
            {
                if (v == StatementVote.Agree)
                {
                    a++;
                }
                else if (v == StatementVote.Disagree)
                {
                    dis++;
                }
            }

            var pa = Repness.Prob(a, votes.Length);
            var pat = Repness.PropTest(a, votes.Length);
            var pd = Repness.Prob(dis, votes.Length);
            var pdt = Repness.PropTest(dis, votes.Length);
            if (pa > 0.5 && pat > options.SignificanceZ)
            {
                agreeList.Add(new ConsensusStatement(j, matrix.StatementIds[j], pa, pat));
            }

            if (pd > 0.5 && pdt > options.SignificanceZ)
            {
                disagreeList.Add(new ConsensusStatement(j, matrix.StatementIds[j], pd, pdt));
            }
        }

        return new OpinionGroupResult
        {
            GroupOf = groupOf,
            GroupCount = groupCount,
            GroupSizes = sizes,
            BaseClusterCount = nBase,
            SilhouetteByK = silhouettes,
            Center = pca.Center,
            Components = pca.Components,
            Eigenvalues = pca.Eigenvalues,
            ParticipantPositions = positions,
            StatementPositions = statementPositions,
            GroupStatistics = groupStats,
            RepresentativeStatements = reps,
            ConsensusAgree = [.. agreeList.OrderByDescending(c => c.Probability * c.ProbabilityTest).ThenBy(c => c.Statement).Take(options.MaxConsensus)],
            ConsensusDisagree = [.. disagreeList.OrderByDescending(c => c.Probability * c.ProbabilityTest).ThenBy(c => c.Statement).Take(options.MaxConsensus)],
            GroupInformedConsensus = gic,
            ConsensusRanking = [.. Enumerable.Range(0, d).OrderByDescending(j => gic[j]).ThenBy(j => j)],
        };
    }

    /// <summary>In-conversation participants, in canonical order.</summary>
    private static int[] InConversation(StatementVoteMatrix matrix, int[] order, OpinionGroupOptions options)
    {
        var threshold = Math.Min(options.MinVotes, matrix.StatementCount);
        var chosen = order.Where(u => matrix.VoteCountOf(u) >= threshold && matrix.VoteCountOf(u) > 0).ToList();
        if (chosen.Count < options.MinInConversation)
        {
            var rank = new int[matrix.ParticipantCount];
            for (var i = 0; i < order.Length; i++)
            {
                rank[order[i]] = i;
            }

            var extra = order
                .Where(u => matrix.VoteCountOf(u) < threshold && matrix.VoteCountOf(u) > 0)
                .OrderByDescending(matrix.VoteCountOf)
                .ThenBy(u => rank[u])
                .Take(options.MinInConversation - chosen.Count);
            var set = new HashSet<int>(chosen.Concat(extra));
            chosen = [.. order.Where(set.Contains)];
        }

        return [.. chosen];
    }
}
