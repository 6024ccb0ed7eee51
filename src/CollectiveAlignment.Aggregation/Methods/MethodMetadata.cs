using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>What a method declares about itself, in code (not a side file), so renaming cannot detach it.</summary>
public sealed record MethodMetadata
{
    /// <summary>Human-readable name, e.g. "Schulze (beat-path)".</summary>
    public required string DisplayName { get; init; }

    /// <summary>The family, e.g. "ranked", "cardinal", or a plug-in's own.</summary>
    public required string Family { get; init; }

    /// <summary>The ballot kind the method reads.</summary>
    public required BallotKind BallotKind { get; init; }

    /// <summary>One sentence defining the method.</summary>
    public required string Summary { get; init; }

    /// <summary>How ties are handled (they are reported in the winner set, never broken silently).</summary>
    public required string TieRule { get; init; }

    /// <summary>How truncated or blank ballots are read.</summary>
    public required string TruncationRule { get; init; }

    /// <summary>A bibliographic citation.</summary>
    public required string Citation { get; init; }

    /// <summary>The parameters with defaults and validation.</summary>
    public IReadOnlyList<ParameterDescriptor> Parameters { get; init; } = [];

    /// <summary>
    /// The summary of the result on a profile without candidates, e.g. "No statements.". The registry returns that empty result
    /// itself, so a method's <c>Aggregate</c> never sees such a profile.
    /// </summary>
    public string EmptyProfileSummary { get; init; } = "No candidates.";

    /// <summary>Claimed properties; an axiom missing here is <see cref="Claim.Unknown"/>.</summary>
    public IReadOnlyDictionary<Axiom, Claim> Claims { get; init; } = new Dictionary<Axiom, Claim>();

    /// <summary>The claim for <paramref name="axiom"/>.</summary>
    public Claim ClaimFor(Axiom axiom) => Claims.TryGetValue(axiom, out var c) ? c : Claim.Unknown;

    /// <summary>Returns the problems that make this metadata incomplete (empty when valid).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Require(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is empty");
            }
        }

        Require(DisplayName, nameof(DisplayName));
        Require(Family, nameof(Family));
        Require(Summary, nameof(Summary));
        Require(TieRule, nameof(TieRule));
        Require(TruncationRule, nameof(TruncationRule));
        Require(Citation, nameof(Citation));
        Require(EmptyProfileSummary, nameof(EmptyProfileSummary));
        foreach (var p in Parameters)
        {
            if (p.Validate(p.Default) is { } problem)
            {
                problems.Add($"parameter '{p.Name}' default: {problem}");
            }
        }

        foreach (var dup in Parameters.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"parameter '{dup.Key}' is declared twice");
        }

        return problems;
    }
}
