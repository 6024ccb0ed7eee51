using System.Reflection;
using System.Runtime.Loader;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Tests.Registry;

/// <summary>The sample plug-in (aggregation-methods/samples/ExamplePlugin) loads from a plug-ins folder, so its README cannot rot.</summary>
public sealed class PluginLoadingTests : IDisposable
{
    private readonly string _plugins = Directory.CreateTempSubdirectory("calign-plugins-").FullName;

    public void Dispose() => Directory.Delete(_plugins, recursive: true);

    /// <summary>Copies the sample plug-in's build output into its own sub-folder of the plug-ins folder, as a user would.</summary>
    private string InstallExamplePlugin()
    {
        var target = Directory.CreateDirectory(Path.Combine(_plugins, "ExamplePlugin")).FullName;
        foreach (var file in Directory.EnumerateFiles(ExampleOutput()))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        // The SDK must not travel with the plug-in (Private=false / ExcludeAssets=runtime).
        File.Exists(Path.Combine(target, "CollectiveAlignment.Aggregation.dll")).ShouldBeFalse();
        return _plugins;
    }

    private static string ExampleOutput() =>
        typeof(PluginLoadingTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ExamplePluginOutput").Value!;

    [Fact]
    public void Build_PluginsFolder_LoadsExamplePluginInItsOwnContextSharingTheSdk()
    {
        var registry = MethodCatalog.Build([], InstallExamplePlugin());
        var dowdall = registry.Get("dowdall");
        dowdall.Metadata.Family.ShouldBe("example-plugin");
        AssemblyLoadContext.GetLoadContext(dowdall.Instance.GetType().Assembly).ShouldNotBe(AssemblyLoadContext.Default);
        dowdall.Instance.ShouldBeAssignableTo<IRankedMethod>();

        // A: 1 + 1/2 = 1.5 for two voters A>B>C and B>A>C gives A 1.5, B 1.5, C 2/3: A and B tie.
        var profile = new RankedProfile(CandidateSet.Letters(3), [RankedBallot.FromOrder(3, 0, 1, 2), RankedBallot.FromOrder(3, 1, 0, 2)]);
        dowdall.Aggregate(profile, MethodParameters.Empty, TestContext.Current.CancellationToken).Winners.ShouldBe([0, 1]);
    }

    [Fact]
    public void Serialize_PluginExplanationKind_IsWrittenByThePluginsOwnWriter()
    {
        var eurovision = MethodCatalog.Build([], InstallExamplePlugin()).Get("eurovision");
        var profile = new RankedProfile(CandidateSet.Letters(3), [RankedBallot.FromOrder(3, 1, 0), RankedBallot.FromTiers(3, [[0, 2]])]);
        var result = eurovision.Aggregate(profile, MethodParameters.Empty, TestContext.Current.CancellationToken);

        // B: 12; A: 10 + 11 (sharing 12 and 10 with C); C: 11.
        CanonicalJson.SerializeToString(result, profile.Candidates, eurovision.Id, eurovision.Version, MethodParameters.Empty).ShouldBe("""
            {"candidates":["A","B","C"],"explanation":{"points":[12,10,8,7,6,5,4,3,2,1],"scores":{"A":21,"B":12,"C":11},"summary":"Candidates ranked by Eurovision points.","type":"example-plugin-position-points"},"method":"eurovision","methodVersion":1,"parameters":{},"ranking":[["A"],["B"],["C"]],"scores":{"A":21,"B":12,"C":11},"winners":["A"]}
            """);
    }

    [Fact]
    public void LoadPlugins_FolderWithoutDepsJson_LoadsNothing()
    {
        File.WriteAllText(Path.Combine(_plugins, "readme.txt"), "not a plug-in");
        PluginFolder.Load(_plugins).ShouldBeEmpty();
    }
}
