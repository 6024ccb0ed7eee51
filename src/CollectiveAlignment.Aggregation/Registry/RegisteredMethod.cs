using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Registry;

/// <summary>A method found by the registry: its id, version, type and a shared (stateless) instance.</summary>
public sealed class RegisteredMethod
{
    internal RegisteredMethod(string id, int version, IAggregationMethod instance)
    {
        Id = id;
        Version = version;
        Instance = instance;
    }

    /// <summary>The permanent kebab-case id.</summary>
    public string Id { get; }

    /// <summary>The behaviour version.</summary>
    public int Version { get; }

    /// <summary>The method instance.</summary>
    public IAggregationMethod Instance { get; }

    /// <summary>The method's metadata.</summary>
    public MethodMetadata Metadata => Instance.Metadata;

    /// <summary><c>id@version</c>, as recorded with results.</summary>
    public string Key => $"{Id}@{Version}";

    /// <summary>Whether this method can read <paramref name="profile"/>.</summary>
    public bool Accepts(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Kind == Metadata.BallotKind;
    }

    /// <summary>
    /// Runs the method on a profile of the matching kind. The guards every method would otherwise repeat happen here, once: null
    /// arguments, parameter validation, the ballot kind, and the profile without candidates (answered with
    /// <see cref="AggregationResult.Empty"/> and <see cref="MethodMetadata.EmptyProfileSummary"/>, without calling the method).
    /// </summary>
    /// <exception cref="ArgumentException">The profile's ballot kind does not match, or a parameter is invalid.</exception>
    public AggregationResult Aggregate(Profile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate(Metadata);
        if (!Accepts(profile))
        {
            throw WrongKind(profile);
        }

        if (profile.Candidates.Count == 0)
        {
            return AggregationResult.Empty(Metadata.EmptyProfileSummary);
        }

        return (Instance, profile) switch
        {
            (IRankedMethod m, RankedProfile p) => m.Aggregate(p, parameters, cancellationToken),
            (IApprovalMethod m, ApprovalProfile p) => m.Aggregate(p, parameters, cancellationToken),
            (IScoreMethod m, ScoreProfile p) => m.Aggregate(p, parameters, cancellationToken),
            (IStatementVoteMethod m, StatementVoteProfile p) => m.Aggregate(p, parameters, cancellationToken),
            (IPairwiseMethod m, PairwiseProfile p) => m.Aggregate(p, parameters, cancellationToken),
            _ => throw WrongKind(profile),
        };
    }

    private ArgumentException WrongKind(Profile profile) =>
        new($"Method '{Id}' reads {Metadata.BallotKind} ballots, not {profile.Kind}.", nameof(profile));

    /// <inheritdoc />
    public override string ToString() => Key;
}
