using System.Reflection;
using System.Runtime.Loader;
using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Aggregation.Files;

/// <summary>
/// One load context per plug-in, resolving its private dependencies from its own folder. The SDK always comes from the
/// default context: otherwise the plug-in's <c>IAggregationMethod</c> would be a different type from ours.
/// </summary>
internal sealed class PluginLoadContext(string mainAssemblyPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private static readonly string SdkName = typeof(MethodRegistry).Assembly.GetName().Name!;
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == SdkName)
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
