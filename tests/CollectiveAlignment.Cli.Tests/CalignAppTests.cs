namespace CollectiveAlignment.Cli.Tests;

public sealed class CalignAppTests
{
    [Fact]
    public async Task Help_Always_ExitsZero()
    {
        var exit = await CalignApp.Build().Parse(["--help"]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
        exit.ShouldBe(0);
    }
}
