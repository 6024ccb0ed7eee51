namespace CollectiveAlignment.Methods.Ranked.Tests.Profiles;

/// <summary>Named profiles from the literature; each cites its source.</summary>
public static class LiteratureProfiles
{
    /// <summary>
    /// The "Tennessee capital" election: Memphis 42%, Nashville 26%, Chattanooga 15%, Knoxville 17%.
    /// Source: the running example of the Wikipedia articles "Condorcet method", "Instant-runoff voting", "Borda count",
    /// "Kemeny–Young method" and "Coombs' method" (retrieved 2024); results there: plurality Memphis, IRV Knoxville,
    /// Condorcet/Borda/Coombs Nashville, Kemeny ranking Nashville &gt; Chattanooga &gt; Knoxville &gt; Memphis.
    /// </summary>
    public static readonly string[] Tennessee =
    [
        "42: Memphis>Nashville>Chattanooga>Knoxville",
        "26: Nashville>Chattanooga>Knoxville>Memphis",
        "15: Chattanooga>Knoxville>Nashville>Memphis",
        "17: Knoxville>Chattanooga>Nashville>Memphis",
    ];

    public const string TennesseeCandidates = "Memphis,Nashville,Chattanooga,Knoxville";

    /// <summary>
    /// Schulze's first example: 45 voters over A–E; the Schulze winner is E and the Schulze ranking E &gt; A &gt; C &gt; B &gt; D.
    /// Source: Schulze, Social Choice and Welfare 36 (2011), §3.1 example 1; also the Wikipedia article "Schulze method".
    /// </summary>
    public static readonly string[] SchulzeExample =
    [
        "5: A>C>B>E>D",
        "5: A>D>E>C>B",
        "8: B>E>D>A>C",
        "3: C>A>B>E>D",
        "7: C>A>E>B>D",
        "2: C>B>A>D>E",
        "7: D>C>E>B>A",
        "8: E>B>A>D>C",
    ];

    /// <summary>
    /// A majority cycle with distinct margins: A beats B by 3, B beats C by 5, C beats A by 1. Every cycle-breaking Condorcet
    /// extension (Schulze, ranked pairs, split cycle, minimax) discards the weakest defeat C→A and elects A.
    /// Source: constructed; the cycle-breaking logic is that of Tideman (1987) and Holliday and Pacuit (2023).
    /// </summary>
    public static readonly string[] WeakestLinkCycle = ["4: A>B>C", "3: B>C>A", "2: C>A>B"];

    /// <summary>
    /// Minimax fails independence of clones: A beats B 5 to 4 and wins. <see cref="MinimaxClonedCycle"/> replaces A by clones
    /// A1, A2, A3 that voters rank in a majority cycle (each rotation 3 times), so every clone has a defeat of margin 3 while
    /// B's worst defeat stays 1: B wins. Source: constructed; the failure is that of Tideman, "Independence of clones as a
    /// criterion for voting rules", Social Choice and Welfare 4 (1987) 185-206. A single clone cannot break minimax: the
    /// better of two clones keeps the original's worst defeat, so the clone set needs three members and a cycle.
    /// </summary>
    public static readonly string[] MinimaxBeforeCloning = ["5: A>B", "4: B>A"];

    /// <summary><see cref="MinimaxBeforeCloning"/> with A replaced by the cyclic clones A1, A2, A3 (candidates "A1,A2,A3,B").</summary>
    public static readonly string[] MinimaxClonedCycle =
    [
        "2: A1>A2>A3>B",
        "2: A2>A3>A1>B",
        "1: A3>A1>A2>B",
        "1: B>A1>A2>A3",
        "1: B>A2>A3>A1",
        "2: B>A3>A1>A2",
    ];

    /// <summary>The Condorcet paradox: one voter each for the three cyclic orders (Condorcet, 1785). Symmetric: every neutral, anonymous method ties all three.</summary>
    public static readonly string[] CondorcetCycle = ["A>B>C", "B>C>A", "C>A>B"];
}
