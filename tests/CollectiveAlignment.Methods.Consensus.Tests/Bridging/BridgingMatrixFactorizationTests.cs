using CollectiveAlignment.Methods.Consensus.Bridging;

namespace CollectiveAlignment.Methods.Consensus.Tests.Bridging;

public sealed class BridgingMatrixFactorizationTests(ITestOutputHelper output)
{
    private const int BridgeNote = 0;
    private const int OneCampNote = 1;

    /// <summary>
    /// Two camps, A (150 raters) and B (50). 40 partisan notes (20 per camp), each rated by about half the raters, are helpful
    /// to 90% of their own camp and 10% of the other, which fixes the viewpoint axis. Note 0 (bridging) is helpful to 70% of
    /// each camp; note 1 (one-camp) to all of A and none of B. The raw mean favours note 1 (0.75 vs 0.70); the bridged
    /// intercept must not.
    /// </summary>
    private static (int Raters, int Notes, int[] U, int[] N, double[] R) TwoCamps(ulong seed, int bridgeUnhelpfulPerTen = 3)
    {
        var u = new List<int>();
        var n = new List<int>();
        var r = new List<double>();
        var state = seed;
        double Next()
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            return (state >> 11) * (1.0 / (1UL << 53));
        }

        const int raters = 200;
        const int notes = 42;
        for (var rater = 0; rater < raters; rater++)
        {
            var campA = rater < 150;
            // Bridging note: helpful to 70% of each camp (raters with rater % 10 >= 3), below the one-camp note's raw 75%.
            u.Add(rater); n.Add(BridgeNote); r.Add(rater % 10 < bridgeUnhelpfulPerTen ? 0.0 : 1.0);
            u.Add(rater); n.Add(OneCampNote); r.Add(campA ? 1.0 : 0.0);
            for (var note = 2; note < notes; note++)
            {
                if (Next() < 0.5)
                {
                    continue;
                }

                var noteForA = note < 22;
                var helpful = noteForA == campA ? Next() < 0.9 : Next() < 0.1;
                u.Add(rater); n.Add(note); r.Add(helpful ? 1.0 : 0.0);
            }
        }

        return (raters, notes, [.. u], [.. n], [.. r]);
    }

    [Fact]
    public void Fit_TwoCamps_BridgingNoteBeatsOneCampNote()
    {
        var (raters, notes, u, n, r) = TwoCamps(7);
        var rawBridge = Enumerable.Range(0, r.Length).Where(i => n[i] == BridgeNote).Average(i => r[i]);
        var rawOneCamp = Enumerable.Range(0, r.Length).Where(i => n[i] == OneCampNote).Average(i => r[i]);

        var result = BridgingMatrixFactorization.Fit(raters, notes, u, n, r);

        output.WriteLine($"epochs {result.Epochs} loss {result.FinalLoss:F5} mu {result.GlobalIntercept:F3}");
        output.WriteLine($"bridge: raw {rawBridge:F2} i {result.NoteIntercepts[BridgeNote]:F3} f {result.NoteFactors[BridgeNote]:F3} {result.Statuses[BridgeNote]}");
        output.WriteLine($"one-camp: raw {rawOneCamp:F2} i {result.NoteIntercepts[OneCampNote]:F3} f {result.NoteFactors[OneCampNote]:F3} {result.Statuses[OneCampNote]}");
        result.NoteIntercepts[BridgeNote].ShouldBeGreaterThan(result.NoteIntercepts[OneCampNote]);
        Math.Abs(result.NoteFactors[OneCampNote]).ShouldBeGreaterThan(Math.Abs(result.NoteFactors[BridgeNote]));
        result.Ranking[0].ShouldBe(BridgeNote);
        rawOneCamp.ShouldBeGreaterThan(rawBridge);
        result.Statuses[OneCampNote].ShouldNotBe(NoteStatus.CurrentlyRatedHelpful);
    }

    [Fact]
    public void Fit_TwoCampsWithBroadSupport_BridgingNoteIsHelpfulAndOneCampNoteIsNot()
    {
        // As above, but the bridging note is helpful to 90% of each camp: i_n clears 0.40 with |f_n| < 0.5 (CRH), while the
        // one-camp note's large factor keeps it out of CRH whatever its intercept.
        var (raters, notes, u, n, r) = TwoCamps(7, bridgeUnhelpfulPerTen: 1);
        var result = BridgingMatrixFactorization.Fit(raters, notes, u, n, r);
        output.WriteLine($"bridge i {result.NoteIntercepts[BridgeNote]:F3} f {result.NoteFactors[BridgeNote]:F3}; one-camp i {result.NoteIntercepts[OneCampNote]:F3} f {result.NoteFactors[OneCampNote]:F3}");
        result.Statuses[BridgeNote].ShouldBe(NoteStatus.CurrentlyRatedHelpful);
        result.Statuses[OneCampNote].ShouldNotBe(NoteStatus.CurrentlyRatedHelpful);
    }

    [Fact]
    public void Fit_SameInputTwice_IsBitIdentical()
    {
        var (raters, notes, u, n, r) = TwoCamps(11);
        var a = BridgingMatrixFactorization.Fit(raters, notes, u, n, r);
        var b = BridgingMatrixFactorization.Fit(raters, notes, u, n, r);
        b.NoteIntercepts.ShouldBe(a.NoteIntercepts);
        b.NoteFactors.ShouldBe(a.NoteFactors);
        b.Epochs.ShouldBe(a.Epochs);
    }

    [Fact]
    public void Fit_RaterBelowMinimum_IsFilteredOut()
    {
        // Rater 2 rates only 3 notes (< 10), so gets NaN parameters; note 5 has 1 rating (< 5), so NMR and NaN.
        var u = new List<int>();
        var n = new List<int>();
        var r = new List<double>();
        for (var rater = 0; rater < 2; rater++)
        {
            for (var note = 0; note < 12; note++)
            {
                if (note != 5)
                {
                    u.Add(rater); n.Add(note); r.Add(1.0);
                }
            }
        }

        for (var note = 0; note < 3; note++)
        {
            u.Add(2); n.Add(note); r.Add(0.0);
        }

        u.Add(0); n.Add(5); r.Add(1.0);
        var result = BridgingMatrixFactorization.Fit(3, 12, [.. u], [.. n], [.. r], new BridgingOptions { MinRatingsPerNote = 2 });
        double.IsNaN(result.RaterIntercepts[2]).ShouldBeTrue();
        double.IsNaN(result.NoteIntercepts[5]).ShouldBeTrue();
        result.Statuses[5].ShouldBe(NoteStatus.NeedsMoreRatings);
        result.Ranking.ShouldNotContain(5);
    }

    [Fact]
    public void Fit_ValueOutsideUnitInterval_Throws()
    {
        Should.Throw<ArgumentException>(() => BridgingMatrixFactorization.Fit(1, 1, [0], [0], [1.5]));
    }
}
