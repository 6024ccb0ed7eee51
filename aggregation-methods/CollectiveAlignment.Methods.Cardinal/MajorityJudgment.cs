using CollectiveAlignment.Methods.Cardinal.Explanations;

namespace CollectiveAlignment.Methods.Cardinal;

/// <summary>
/// Majority judgment: voters grade every candidate on the scale; candidates are ranked by their majority grade (the lower median)
/// and, between equal medians, by the majority gauge.
/// </summary>
/// <remarks>
/// Majority gauge (Balinski and Laraki): with α the lower median, p the share of grades above α and q the share below, a candidate
/// is α⁺p when p &gt; q and α⁻q otherwise; α⁺ beats α⁻, a larger p is better and a larger q is worse. Tie rule: candidates with the
/// same median and gauge all win. Truncation: a blank grade counts as the lowest grade of the scale ("reject"), as Balinski and
/// Laraki recommend.
/// Citation: Balinski and Laraki, Majority Judgment: Measuring, Ranking, and Electing, MIT Press (2011); "Judge: don't vote!",
/// Operations Research 62 (2014) 483-511. <see href="https://doi.org/10.1287/opre.2014.1269"/>
/// </remarks>
[AggregationMethod("majority-judgment", Version = 1)]
public sealed class MajorityJudgment : IScoreMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Majority judgment",
        Family = CardinalClaims.Family,
        BallotKind = BallotKind.Score,
        Summary = "Highest median grade wins; equal medians are separated by the majority gauge.",
        TieRule = "Candidates with the same median grade and gauge all win.",
        TruncationRule = "A blank grade counts as the lowest grade of the scale.",
        Citation = "Balinski and Laraki, Majority Judgment, MIT Press (2011); Operations Research 62 (2014) 483-511.",
        Claims = CardinalClaims.Make(Axiom.Monotonicity),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(ScoreProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var levels = profile.Maximum - profile.Minimum + 1;
        var grades = new MajorityGrade[n];
        for (var c = 0; c < n; c++)
        {
            var dist = new double[levels];
            foreach (var b in profile.Ballots)
            {
                dist[(b.Ballot.ScoreOf(c) ?? profile.Minimum) - profile.Minimum] += b.Weight;
            }

            var total = dist.Sum();
            if (total <= 0)
            {
                grades[c] = new MajorityGrade(profile.Minimum, 0, 0);
                continue;
            }

            // Lower median: the highest grade g with weight(grades ≥ g) > total / 2.
            var median = 0;
            var atOrAbove = 0.0;
            for (var g = levels - 1; g >= 0; g--)
            {
                atOrAbove += dist[g];
                if (atOrAbove > total / 2 && !CardinalClaims.Near(atOrAbove, total / 2))
                {
                    median = g;
                    break;
                }
            }

            var p = dist.Skip(median + 1).Sum() / total;
            var q = dist.Take(median).Sum() / total;
            grades[c] = p > q && !CardinalClaims.Near(p, q) ? new MajorityGrade(median + profile.Minimum, 1, p) : new MajorityGrade(median + profile.Minimum, q > 0 ? -1 : 0, q);
        }

        // The gauge as one sortable number per candidate: median first, then +p or −q (p, q ≤ 1, so a gap of 4 separates medians).
        var keys = grades.Select(g => (4.0 * g.Median) + (g.Sign >= 0 ? g.Share : -g.Share)).ToArray();
        var ranking = AggregationResult.TiersByScore(keys, true);
        return new AggregationResult(ranking[0], new MajorityGradesExplanation(
            $"Ranked by majority grade, then gauge; {CardinalClaims.Names(profile.Candidates, ranking[0])} first.", grades), ranking);
    }
}
