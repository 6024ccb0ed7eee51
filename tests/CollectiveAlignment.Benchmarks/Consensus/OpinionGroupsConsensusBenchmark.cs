using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Methods.Consensus.OpinionGroups;
using CollectiveAlignment.Methods.Consensus.StatementVotes;

namespace CollectiveAlignment.Benchmarks.Consensus;

/// <summary>
/// Opinion groups end to end (PCA, base and group k-means with k selection, repness, consensus) on
/// 100,000 participants × 2,000 statements × 5,000,000 votes (issue 4 target: &lt; 10 s, &lt; 4 GB on 2 cores).
/// </summary>
[MemoryDiagnoser]
public class OpinionGroupsConsensusBenchmark
{
    private StatementVoteMatrix _matrix = null!;

    [GlobalSetup]
    public void Setup()
    {
        const int participants = 100_000;
        const int statements = 2_000;
        const int votesPerParticipant = 50;
        var rng = new Random(4);
        // Three latent camps; each statement has a stance per camp; 80% of votes follow the camp's stance.
        var stance = new sbyte[3, statements];
        for (var g = 0; g < 3; g++)
        {
            for (var j = 0; j < statements; j++)
            {
                stance[g, j] = (sbyte)(rng.Next(3) - 1);
            }
        }

        var p = new int[participants * votesPerParticipant];
        var s = new int[p.Length];
        var v = new StatementVote[p.Length];
        var k = 0;
        for (var u = 0; u < participants; u++)
        {
            var camp = rng.Next(3);
            for (var i = 0; i < votesPerParticipant; i++)
            {
                var j = rng.Next(statements);
                p[k] = u;
                s[k] = j;
                v[k] = (StatementVote)(rng.NextDouble() < 0.8 ? stance[camp, j] : (sbyte)(rng.Next(3) - 1));
                k++;
            }
        }

        _matrix = StatementVoteMatrix.FromTriples(
            [.. Enumerable.Range(0, participants).Select(u => u.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. Enumerable.Range(0, statements).Select(j => j.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            p,
            s,
            v);
        Console.WriteLine($"// Opinion groups input: {_matrix.ParticipantCount} participants, {_matrix.StatementCount} statements, {_matrix.VoteCount} distinct votes");
    }

    [Benchmark]
    public OpinionGroupResult OpinionGroups_100kx2k_5MVotes() => OpinionGroupAnalysis.Analyze(_matrix);

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// Peak working set: {Environment.WorkingSet / 1e6:F0} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB peak");
}
