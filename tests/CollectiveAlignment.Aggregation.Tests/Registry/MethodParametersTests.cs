using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;

namespace CollectiveAlignment.Aggregation.Tests.Registry;

public sealed class MethodParametersTests
{
    private static readonly ParameterDescriptor Budget = ParameterDescriptor.WholeNumber("budget", 100, "credits", minimum: 1);
    private static readonly ParameterDescriptor Mode = ParameterDescriptor.Choice("mode", "a", ["a", "b"], "mode");

    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "T",
        Family = "t",
        BallotKind = BallotKind.Score,
        Summary = "s",
        TieRule = "t",
        TruncationRule = "r",
        Citation = "c",
        Parameters = [Budget, Mode],
    };

    [Fact]
    public void Get_Missing_ReturnsDefault()
    {
        MethodParameters.Empty.GetInt32(Budget).ShouldBe(100);
        MethodParameters.Empty.GetString(Mode).ShouldBe("a");
    }

    [Fact]
    public void Parse_Pairs_ValidatesAgainstMetadata()
    {
        var p = MethodParameters.Parse(["budget=25", "mode = b"]);
        p.Validate(Meta);
        p.GetInt32(Budget).ShouldBe(25);
        p.GetString(Mode).ShouldBe("b");
    }

    [Theory]
    [InlineData("budget=0", "below the minimum")]
    [InlineData("budget=x", "not an integer")]
    [InlineData("mode=c", "not one of a, b")]
    [InlineData("other=1", "Unknown parameter 'other'")]
    public void Validate_BadValue_ThrowsNamingTheProblem(string pair, string problem)
    {
        Should.Throw<ArgumentException>(() => MethodParameters.Parse([pair]).Validate(Meta)).Message.ShouldContain(problem);
    }

    [Fact]
    public void Parse_WithoutEquals_Throws()
    {
        Should.Throw<ArgumentException>(() => MethodParameters.Parse(["budget"]));
    }
}
