using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Tests.Registry;

public sealed class MethodRegistryTests
{
    [Fact]
    public void FromTypes_ValidMethod_IsRegisteredWithIdAndVersion()
    {
        var registry = MethodRegistry.FromTypes([typeof(TestMethods.Valid), typeof(string)]);
        var m = registry.Get("test-valid");
        m.Version.ShouldBe(2);
        m.Key.ShouldBe("test-valid@2");
        registry.Satisfying(Axiom.Pareto).ShouldContain(m);
        registry.For(BallotKind.Ranked).ShouldHaveSingleItem();
        registry.For(BallotKind.Approval).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(typeof(TestMethods.BadId), "is not kebab-case")]
    [InlineData(typeof(TestMethods.NotSealed), "must be a sealed, non-abstract class")]
    [InlineData(typeof(TestMethods.WrongKind), "declares ballot kind Approval but implements IRankedMethod")]
    [InlineData(typeof(TestMethods.Incomplete), "incomplete metadata: Citation is empty")]
    [InlineData(typeof(TestMethods.NoDefaultConstructor), "public parameterless constructor")]
    [InlineData(typeof(TestMethods.ZeroVersion), "must be at least 1")]
    public void FromTypes_InvalidMethod_FailsNamingTheType(Type type, string problem)
    {
        var ex = Should.Throw<MethodRegistrationException>(() => MethodRegistry.FromTypes([type]));
        ex.Message.ShouldContain(type.FullName!);
        ex.Message.ShouldContain(problem);
    }

    [Fact]
    public void FromTypes_DuplicateId_Fails()
    {
        Should.Throw<MethodRegistrationException>(() => MethodRegistry.FromTypes([typeof(TestMethods.Valid), typeof(TestMethods.DuplicateOfValid)]))
            .Message.ShouldContain("'test-valid' is declared by both");
    }

    [Fact]
    public void Aggregate_WrongProfileKind_Throws()
    {
        var m = MethodRegistry.FromTypes([typeof(TestMethods.Valid)]).Get("test-valid");
        var approval = new ApprovalProfile(CandidateSet.Letters(2), [new ApprovalBallot(2, [0])]);
        m.Accepts(approval).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => m.Aggregate(approval, MethodParameters.Empty));
    }

    [Fact]
    public void Get_UnknownId_ListsKnownIds()
    {
        Should.Throw<KeyNotFoundException>(() => MethodRegistry.FromTypes([typeof(TestMethods.Valid)]).Get("nope")).Message.ShouldContain("test-valid");
    }

    [Fact]
    public void Build_MissingPluginsFolder_UsesBuiltInsOnly()
    {
        MethodCatalog.Build([typeof(Should).Assembly], Path.Combine(Path.GetTempPath(), "no-such-plugins-" + Environment.ProcessId)).Methods.ShouldBeEmpty();
    }

    /// <summary>Method types for registry validation; only <see cref="MethodRegistry.FromTypes"/> sees them.</summary>
    public static class TestMethods
    {
        private static MethodMetadata Meta(BallotKind kind = BallotKind.Ranked, string citation = "Test citation.") => new()
        {
            DisplayName = "Test",
            Family = "test",
            BallotKind = kind,
            Summary = "A test method.",
            TieRule = "All tied.",
            TruncationRule = "Ignored.",
            Citation = citation,
            Claims = new Dictionary<Axiom, Claim> { [Axiom.Pareto] = Claim.Satisfies },
        };

        [AggregationMethod("test-valid", Version = 2)]
        public sealed class Valid : IRankedMethod
        {
            public MethodMetadata Metadata => Meta();

            public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) =>
                new(Enumerable.Range(0, profile.Candidates.Count), new ScoreTallyExplanation("all", "none", true, []));
        }

        [AggregationMethod("test-valid")]
        public sealed class DuplicateOfValid : IRankedMethod
        {
            public MethodMetadata Metadata => Meta();

            public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }

        [AggregationMethod("Bad_Id")]
        public sealed class BadId : IRankedMethod
        {
            public MethodMetadata Metadata => Meta();

            public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }

        [AggregationMethod("not-sealed")]
#pragma warning disable CA1852 // Deliberately unsealed: the registry must reject it.
        public class NotSealed : IRankedMethod
#pragma warning restore CA1852
        {
            public MethodMetadata Metadata => Meta();

            public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }

        [AggregationMethod("wrong-kind")]
        public sealed class WrongKind : IRankedMethod
        {
            public MethodMetadata Metadata => Meta(BallotKind.Approval);

            public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }

        [AggregationMethod("incomplete")]
        public sealed class Incomplete : IRankedMethod
        {
            public MethodMetadata Metadata => Meta(citation: "");

            public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }

        [AggregationMethod("no-default-constructor")]
        public sealed class NoDefaultConstructor(int unused) : IRankedMethod
        {
            public MethodMetadata Metadata => Meta(citation: unused.ToString(System.Globalization.CultureInfo.InvariantCulture));

            public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }

        [AggregationMethod("zero-version", Version = 0)]
        public sealed class ZeroVersion : IRankedMethod
        {
            public MethodMetadata Metadata => Meta();

            public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }
    }
}
