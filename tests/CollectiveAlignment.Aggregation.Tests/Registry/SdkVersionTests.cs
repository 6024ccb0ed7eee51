using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Aggregation.Tests.Registry;

/// <summary>
/// The registry refuses a plug-in built against an incompatible SDK. The incompatible plug-in is the sample plug-in with the
/// SDK version in its assembly reference rewritten: exactly what compiling it against another SDK would record.
/// </summary>
public sealed class SdkVersionTests : IDisposable
{
    private readonly string _plugins = Directory.CreateTempSubdirectory("calign-sdk-version-").FullName;

    public void Dispose() => Directory.Delete(_plugins, recursive: true);

    [Fact]
    public void Current_IsTheAssemblyVersionThePackageCarries()
    {
        SdkVersion.Current.ShouldBe(new Version(0, 10, 0));
        typeof(MethodRegistry).Assembly.GetName().Version.ShouldBe(new Version(0, 10, 0, 0));
    }

    [Theory]
    [InlineData("0.10.0", "0.10.0", true)]
    [InlineData("0.10.0", "0.10.3", true)]
    [InlineData("0.10.3", "0.10.0", false)]
    [InlineData("0.9.0", "0.10.0", false)]
    [InlineData("1.0.0", "0.10.0", false)]
    [InlineData("1.2.0", "1.4.1", true)]
    [InlineData("1.2.0", "2.0.0", false)]
    public void IsCompatible_SameMajorAndNotNewer(string compiledAgainst, string host, bool expected) =>
        SdkVersion.IsCompatible(Version.Parse(compiledAgainst), Version.Parse(host)).ShouldBe(expected);

    [Fact]
    public void Build_PluginOfTheCurrentSdk_IsAccepted()
    {
        var context = new AssemblyLoadContext("current-sdk-plugin", isCollectible: true);
        try
        {
            var plugin = context.LoadFromStream(new MemoryStream(File.ReadAllBytes(ExamplePluginDll())));
            MethodRegistry.Build([plugin]).Get("dowdall").Id.ShouldBe("dowdall");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Build_PluginOfAnotherSdkMajor_IsRefusedNamingBothVersions()
    {
        var context = new AssemblyLoadContext("old-sdk-plugin", isCollectible: true);
        try
        {
            var plugin = context.LoadFromStream(new MemoryStream(WithSdkReferenceVersion(File.ReadAllBytes(ExamplePluginDll()), 1, 2)));
            Should.Throw<MethodRegistrationException>(() => MethodRegistry.Build([plugin])).Message.ShouldBe(
                "Plug-in ExamplePlugin was built against CollectiveAlignment.Aggregation SDK 1.2.0, but this host runs SDK 0.10.0: rebuild the plug-in against SDK 0.10.x.");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void BuildFromFolder_PluginOfAnotherSdkMajor_IsRefusedBeforeItsTypesLoad()
    {
        var target = Directory.CreateDirectory(Path.Combine(_plugins, "OldPlugin")).FullName;
        var source = Path.GetDirectoryName(ExamplePluginDll())!;
        File.Copy(Path.Combine(source, "ExamplePlugin.deps.json"), Path.Combine(target, "ExamplePlugin.deps.json"));
        File.WriteAllBytes(Path.Combine(target, "ExamplePlugin.dll"), WithSdkReferenceVersion(File.ReadAllBytes(ExamplePluginDll()), 3, 0));

        Should.Throw<MethodRegistrationException>(() => MethodCatalog.Build([], _plugins))
            .Message.ShouldContain("built against CollectiveAlignment.Aggregation SDK 3.0.0, but this host runs SDK 0.10.0");
    }

    private static string ExamplePluginDll() => Path.Combine(
        typeof(SdkVersionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ExamplePluginOutput").Value!,
        "ExamplePlugin.dll");

    /// <summary>Rewrites the major and minor version of the assembly's reference to the SDK (the first two fields of its AssemblyRef row).</summary>
    private static byte[] WithSdkReferenceVersion(byte[] image, ushort major, ushort minor)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        var handle = metadata.AssemblyReferences.Single(h => metadata.GetString(metadata.GetAssemblyReference(h).Name) == SdkVersion.AssemblyName);
        var row = pe.PEHeaders.MetadataStartOffset
            + metadata.GetTableMetadataOffset(TableIndex.AssemblyRef)
            + ((MetadataTokens.GetRowNumber(handle) - 1) * metadata.GetTableRowSize(TableIndex.AssemblyRef));
        var patched = (byte[])image.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(patched.AsSpan(row), major);
        BinaryPrimitives.WriteUInt16LittleEndian(patched.AsSpan(row + 2), minor);
        return patched;
    }
}
