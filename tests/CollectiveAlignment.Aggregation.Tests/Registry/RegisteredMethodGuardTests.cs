using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Tests.Registry;

/// <summary>The guards every method used to repeat run once, in <see cref="RegisteredMethod.Aggregate"/>.</summary>
public sealed class RegisteredMethodGuardTests
{
    private static readonly RegisteredMethod Method = MethodRegistry.FromTypes([typeof(NonEmptyOnly)]).Get("test-non-empty-only");

    private static readonly RankedProfile EmptyProfile = new(new CandidateSet([]), Array.Empty<RankedBallot>());

    [Fact]
    public void Aggregate_ProfileWithoutCandidates_AnswersWithTheDeclaredSummaryWithoutCallingTheMethod()
    {
        var result = Method.Aggregate(EmptyProfile, MethodParameters.Empty, TestContext.Current.CancellationToken);

        result.Winners.ShouldBeEmpty();
        result.Explanation.Summary.ShouldBe("No options.");
        CanonicalJson.SerializeToString(result, EmptyProfile.Candidates, Method.Id, Method.Version, MethodParameters.Empty)
            .ShouldBe(CanonicalJson.SerializeToString(AggregationResult.Empty("No options."), EmptyProfile.Candidates, Method.Id, Method.Version, MethodParameters.Empty));
    }

    [Fact]
    public void Aggregate_ProfileWithCandidates_CallsTheMethod()
    {
        var profile = new RankedProfile(CandidateSet.Letters(2), [RankedBallot.FromOrder(2, 1, 0)]);
        Method.Aggregate(profile, MethodParameters.Empty, TestContext.Current.CancellationToken).Winners.ShouldBe([1]);
    }

    [Fact]
    public void Aggregate_InvalidParameterOnEmptyProfile_IsStillRefused()
    {
        Should.Throw<ArgumentException>(() => Method.Aggregate(EmptyProfile, MethodParameters.Empty.With("depth", "0"), TestContext.Current.CancellationToken))
            .Message.ShouldBe("Parameter 'depth': 0 is below the minimum 1.");
        Should.Throw<ArgumentException>(() => Method.Aggregate(EmptyProfile, MethodParameters.Empty.With("width", "1"), TestContext.Current.CancellationToken))
            .Message.ShouldStartWith("Unknown parameter 'width' for Non-empty only; known: depth.");
    }

    [Fact]
    public void Aggregate_WrongKindOnEmptyProfile_IsStillRefused()
    {
        var approval = new ApprovalProfile(new CandidateSet([]), Array.Empty<ApprovalBallot>());
        Should.Throw<ArgumentException>(() => Method.Aggregate(approval, MethodParameters.Empty, TestContext.Current.CancellationToken))
            .Message.ShouldStartWith("Method 'test-non-empty-only' reads Ranked ballots, not Approval.");
    }

    [Fact]
    public void Aggregate_NullArguments_Throw()
    {
        Should.Throw<ArgumentNullException>(() => Method.Aggregate(null!, MethodParameters.Empty, TestContext.Current.CancellationToken));
        Should.Throw<ArgumentNullException>(() => Method.Aggregate(EmptyProfile, null!, TestContext.Current.CancellationToken));
    }

    /// <summary>A method that relies on the registry's guards: it fails loudly if they let an empty profile through.</summary>
    [AggregationMethod("test-non-empty-only")]
    public sealed class NonEmptyOnly : IRankedMethod
    {
        private static readonly ParameterDescriptor Depth = ParameterDescriptor.WholeNumber("depth", 1, "How deep.", 1, 5);

        public MethodMetadata Metadata { get; } = new()
        {
            DisplayName = "Non-empty only",
            Family = "test",
            BallotKind = BallotKind.Ranked,
            Summary = "The first choice of the last ballot.",
            TieRule = "None.",
            TruncationRule = "Ignored.",
            Citation = "Test citation.",
            EmptyProfileSummary = "No options.",
            Parameters = [Depth],
        };

        public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
        {
            if (profile.Candidates.Count == 0)
            {
                throw new InvalidOperationException("The registry let an empty profile through.");
            }

            parameters.GetInt32(Depth);
            return new AggregationResult([profile.Ballots[^1].Ballot.Order[0]], new ScoreTallyExplanation("last ballot", "none", true, []));
        }
    }
}
