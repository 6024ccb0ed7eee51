using System.Reflection;
using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Aggregation.Files;

/// <summary>Loads the plug-in assemblies of a folder, each into its own load context that shares the SDK with the host.</summary>
public static class PluginFolder
{
    /// <summary>
    /// Loads plug-in assemblies from <paramref name="pluginsFolder"/>: every <c>X.dll</c> that has a sibling <c>X.deps.json</c>
    /// (the main assembly of a built plug-in), in the folder itself or one level of sub-folders. Each is loaded into its own
    /// <see cref="System.Runtime.Loader.AssemblyLoadContext"/>, with the SDK shared from the default context.
    /// </summary>
    /// <exception cref="MethodRegistrationException">A plug-in assembly cannot be loaded.</exception>
    public static IReadOnlyList<Assembly> Load(string pluginsFolder)
    {
        ArgumentNullException.ThrowIfNull(pluginsFolder);
        var result = new List<Assembly>();
        var folders = new[] { pluginsFolder }.Concat(Directory.EnumerateDirectories(pluginsFolder).Order(StringComparer.Ordinal));
        foreach (var folder in folders)
        {
            foreach (var deps in Directory.EnumerateFiles(folder, "*.deps.json").Order(StringComparer.Ordinal))
            {
                var dll = deps[..^".deps.json".Length] + ".dll";
                if (!File.Exists(dll))
                {
                    continue;
                }

                try
                {
                    var context = new PluginLoadContext(Path.GetFullPath(dll));
                    result.Add(context.LoadFromAssemblyPath(Path.GetFullPath(dll)));
                }
                catch (Exception ex) when (ex is IOException or BadImageFormatException or FileLoadException)
                {
                    throw new MethodRegistrationException($"Cannot load plug-in '{dll}': {ex.Message}", ex);
                }
            }
        }

        return result;
    }
}
